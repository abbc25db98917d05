import { type AST, RegExpParser } from "@eslint-community/regexpp";
import { RE2JS } from "re2js";
import { CodePointSet } from "./code-points.js";
import { propertyInRe2 } from "./properties.js";

/*
 * A JSON Schema pattern (ECMA-262 with the `u` flag) rewritten in RE2 syntax
 * with the same meaning, so that re2js matches it in time linear in the
 * input whatever the pattern (a backtracking RegExp takes seconds on
 * `^(a+)+$` and 28 characters). The rewrite goes through the pattern's syntax
 * tree (regexpp, the parser ESLint uses), never through text substitution,
 * and spells out where the two syntaxes mean different things:
 *   `.`      ECMA excludes \n \r U+2028 U+2029; RE2 only \n
 *   `\s`     ECMA's WhiteSpace and LineTerminator; RE2's is ASCII only
 *   `\p{..}` ECMA accepts long names (`Letter`); RE2 only short ones
 *   `[]`     ECMA: the empty class; RE2 has no spelling for it
 * `\d`, `\w`, `\b`, `^` and `$` (without the `m` flag `$` is the end of the
 * input in both) mean the same and are written as RE2 spells them. Both
 * engines read the input by code point, lone surrogates included.
 *
 * What RE2 cannot express (lookahead, lookbehind, backreferences, a property
 * it does not know, a count above 1000) has no linear program: the pattern is
 * then matched with RegExp as before, and the caller warns.
 */

export type Translation = { linear: string } | { linear?: undefined; reason: string };

class Untranslatable extends Error {}

const parser = new RegExpParser({ ecmaVersion: 2024 });

/** ECMA `\s`: WhiteSpace (TAB, VT, FF, SP, NBSP, ZWNBSP, Zs) and LineTerminator (LF, CR, LS, PS). */
const SPACE = CodePointSet.of(
  [0x09, 0x0d],
  [0x20, 0x20],
  [0xa0, 0xa0],
  [0x1680, 0x1680],
  [0x2000, 0x200a],
  [0x2028, 0x2029],
  [0x202f, 0x202f],
  [0x205f, 0x205f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
);
const DIGIT = CodePointSet.of([0x30, 0x39]);
const WORD = CodePointSet.of([0x30, 0x39], [0x41, 0x5a], [0x5f, 0x5f], [0x61, 0x7a]);
/** What `.` matches without the `s` flag: anything but a line terminator. */
const DOT = CodePointSet.of([0x0a, 0x0a], [0x0d, 0x0d], [0x2028, 0x2029]).complement();

/** Printable ASCII that means itself in RE2, in a class or outside one. */
const PLAIN = /^[A-Za-z0-9 _!"#%&',/:;<=>@`~]$/;

/** ASCII punctuation that RE2 reads as itself once escaped with a backslash. */
const PUNCTUATION = /^[$()*+\-.?[\\\]^{|}]$/;

/** One code point in RE2 syntax: plain ASCII as itself, punctuation escaped, everything else by number. */
function codePoint(value: number): string {
  const text = String.fromCodePoint(value);
  if (PLAIN.test(text)) return text;
  return PUNCTUATION.test(text) ? `\\${text}` : `\\x{${value.toString(16).toUpperCase()}}`;
}

function rangesOf(set: CodePointSet): string {
  return set.ranges
    .map(([low, high]) => (low === high ? codePoint(low) : `${codePoint(low)}-${codePoint(high)}`))
    .join("");
}

/** A bracket class for `set` (plus property escapes), written from whichever side is shorter. */
function classOf(set: CodePointSet, properties: readonly string[] = [], negate = false): string {
  if (properties.length === 0) {
    const complement = set.complement();
    if (complement.ranges.length < set.ranges.length) return classOf(complement, [], !negate);
  }
  const body = rangesOf(set) + properties.join("");
  // RE2 has no empty class: "nothing" is the complement of everything.
  if (body === "") return negate ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]";
  return `[${negate ? "^" : ""}${body}]`;
}

function escapeSet(node: AST.EscapeCharacterSet): CodePointSet {
  const set = node.kind === "digit" ? DIGIT : node.kind === "space" ? SPACE : WORD;
  return node.negate ? set.complement() : set;
}

const ASCII = CodePointSet.of([0, 0x7f]);

/** A property escape in RE2 syntax (`\p{Greek}`), or its set when RE2 has no name for it. */
function property(
  node: AST.CharacterUnicodePropertyCharacterSet | AST.StringsUnicodePropertyCharacterSet,
): string | CodePointSet {
  if (node.strings) throw new Untranslatable(`the property of strings \\p{${node.key}}`);
  if (node.key === "ASCII" && node.value === null) return node.negate ? ASCII.complement() : ASCII;
  const name = propertyInRe2(node.key, node.value);
  const written = `\\${node.negate ? "P" : "p"}{${node.value === null ? node.key : `${node.key}=${node.value}`}}`;
  if (name === undefined) throw new Untranslatable(`the Unicode property ${written}, which RE2 does not know`);
  return `\\${node.negate ? "P" : "p"}{${name}}`;
}

function characterClass(node: AST.CharacterClass): string {
  if (node.unicodeSets) throw new Untranslatable("a class with set operations (the v flag)");
  let set = CodePointSet.of();
  const properties: string[] = [];
  for (const element of node.elements) {
    switch (element.type) {
      case "Character":
        set = set.union(CodePointSet.of([element.value, element.value]));
        break;
      case "CharacterClassRange":
        set = set.union(CodePointSet.of([element.min.value, element.max.value]));
        break;
      case "CharacterSet":
        if (element.kind === "property") {
          const named = property(element);
          if (typeof named === "string") properties.push(named);
          else set = set.union(named);
        } else {
          set = set.union(escapeSet(element));
        }
        break;
      default:
        throw new Untranslatable(`the class element ${(element as AST.Node).raw}`);
    }
  }
  return classOf(set, properties, node.negate);
}

function quantifier(node: AST.Quantifier): string {
  const { min, max } = node;
  // RE2 refuses counts above 1000 (and programs that large): no linear program for them.
  if (min > 1000 || (max !== Infinity && max > 1000))
    throw new Untranslatable(`the repetition count in ${node.raw}, above the 1000 RE2 allows`);
  let operator: string;
  if (min === 0 && max === Infinity) operator = "*";
  else if (min === 1 && max === Infinity) operator = "+";
  else if (min === 0 && max === 1) operator = "?";
  else if (max === Infinity) operator = `{${min},}`;
  else if (min === max) operator = `{${min}}`;
  else operator = `{${min},${max}}`;
  // The element is a character, a class or a group (the u flag allows no other): no group needed around it.
  return `${element(node.element)}${operator}${node.greedy ? "" : "?"}`;
}

function alternatives(list: readonly AST.Alternative[]): string {
  return list.map((alternative) => alternative.elements.map(element).join("")).join("|");
}

function element(node: AST.Element): string {
  switch (node.type) {
    case "Character":
      return codePoint(node.value);
    case "CharacterSet":
      if (node.kind === "any") return classOf(DOT);
      if (node.kind === "property") {
        const named = property(node);
        return typeof named === "string" ? named : classOf(named);
      }
      return classOf(escapeSet(node));
    case "CharacterClass":
      return characterClass(node);
    case "Group":
      return `(?:${alternatives(node.alternatives)})`;
    case "CapturingGroup":
      // Nothing reads captures (re2js's test() asks for none); unnamed, it reads as the document wrote it.
      return `(${alternatives(node.alternatives)})`;
    case "Quantifier":
      return quantifier(node);
    case "Assertion":
      switch (node.kind) {
        case "start":
          return "^";
        case "end":
          return "$";
        case "word":
          return node.negate ? "\\B" : "\\b";
        default:
          throw new Untranslatable(`the ${node.kind} ${node.raw}`);
      }
    case "Backreference":
      throw new Untranslatable(`the backreference ${node.raw}`);
    default:
      throw new Untranslatable(`the construct ${node.raw}`);
  }
}

/**
 * The RE2 program with the meaning of `source` (an ECMA-262 pattern already
 * known to compile with the `u` flag), or why there is none.
 */
export function translatePattern(source: string): Translation {
  let program: string;
  try {
    program = alternatives(parser.parsePattern(source, 0, source.length, { unicode: true }).alternatives);
  } catch (error) {
    if (error instanceof Untranslatable) return { reason: `it uses ${error.message}` };
    return { reason: `it could not be parsed for translation (${(error as Error).message})` };
  }
  try {
    RE2JS.compile(program);
  } catch (error) {
    return { reason: `RE2 refuses its translation (${(error as Error).message})` };
  }
  return { linear: program };
}
