import { RE2JS } from "re2js";
import { translatePattern } from "./translate.js";

/*
 * A regular-expression engine in the shape Ajv's `code.regExp` option takes:
 * every JSON Schema pattern that RE2 can express is matched by re2js in
 * linear time, so a document's pattern cannot freeze the emulator on one
 * request. Patterns RE2 cannot express (lookaround, backreferences) fall back
 * to RegExp, as generate does (and warns about) for the validators.
 */

interface PatternMatcher {
  test(input: string): boolean;
  toString(): string;
}

function linearMatcher(source: string, flags: string): PatternMatcher {
  const translation = flags === "u" ? translatePattern(source) : undefined;
  if (translation?.linear === undefined) return new RegExp(source, flags);
  const compiled = RE2JS.compile(translation.linear);
  return { test: (input) => compiled.test(input), toString: () => `/${source}/${flags}` };
}

/** Ajv's RegExpEngine: called with the pattern and "u". */
export const linearRegExp = Object.assign(linearMatcher, { code: "linearRegExp" });
