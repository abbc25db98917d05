import fc from "fast-check";
import { RE2JS } from "re2js";
import { describe, expect, it } from "vitest";
import { translatePattern } from "../../src/shared/linear-pattern/translate.js";

/*
 * The RE2 program must mean what the ECMA-262 pattern (with the u flag)
 * means: for each pattern, re2js on the program and RegExp on the source
 * must agree on every string, chosen where the two syntaxes differ (line
 * terminators, Unicode white space, astral characters, lone surrogates).
 */

const PATTERNS = [
  "^abc$",
  "abc",
  "^a.c$",
  "^.+$",
  "^\\s+$",
  "^\\S+$",
  "^\\d{2,4}$",
  "^\\D$",
  "^\\w+$",
  "^\\W$",
  "\\bword\\b",
  "\\Bx",
  "^[a-z0-9_-]{1,8}$",
  "^[^a-z]$",
  "^[\\s\\d]+$",
  "^[^\\s\\d]+$",
  "^[\\S]$",
  "^[\\w.-]+@[\\w-]+\\.[a-z]{2,}$",
  "^(a|b|)$",
  "^(?:ab)*?c$",
  "^a{3}$",
  "^a{2,}$",
  "^(a+)+$",
  "^[]$",
  "^[^]$",
  "[]",
  "^\\p{L}+$",
  "^\\p{Letter}+$",
  "^\\P{Lu}$",
  "^[\\p{Nd}\\p{Zs}]+$",
  "^\\p{Script=Greek}+$",
  "^\\p{ASCII}+$",
  "^\\P{ASCII}$",
  "^\\p{Any}$",
  "^\\u{1F600}$",
  "^[\\u{1F600}-\\u{1F64F}]+$",
  "^\\uD83D$",
  "^[\\uD800-\\uDBFF]$",
  "^.$",
  "^[\\-\\]\\\\^]+$",
  "\\/\\.\\*\\+\\?\\(\\)\\[\\]\\{\\}\\|\\^\\$",
  "^[ !\"#%&',/:;<=>@`~_]+$",
  "\\t\\n\\v\\f\\r\\0",
  "\\cJ",
  "^\\x41\\u0042$",
  "$^",
  "^$",
  "a$|^b",
];

const STRINGS = [
  "",
  "abc",
  "abc\n",
  "\nabc",
  "a\nc",
  "a\rc",
  "a\u2028c",
  "a\u2029c",
  "a\u0085c",
  "axc",
  " \t\u000b\u000c\u00a0\ufeff\u1680\u2000\u200a\u202f\u205f\u3000",
  "\u180e",
  "\u200b",
  "12",
  "1234",
  "12345",
  "١٢",
  "word",
  "a word here",
  "swordfish",
  "éa",
  "xé",
  "ab-c_9",
  "ABC",
  "a",
  "b",
  "aaaa",
  "aab",
  "ababc",
  "c",
  "αβγ",
  "Ωmega",
  "😀",
  "😀😃",
  "\ud83d",
  "\ude00",
  "\ud83d\ud83d",
  "x\ud800y",
  "-]\\^",
  "/.*+?()[]{}|^$",
  " !\"#%&',/:;<=>@`~_",
  "\t\n\u000b\f\r\0",
  "\n",
  "AB",
  "e.mail@example.com",
  "\u0000",
];

function agree(source: string, program: string, value: string): void {
  expect(RE2JS.compile(program).test(value), `${JSON.stringify(source)} on ${JSON.stringify(value)}`).toBe(
    new RegExp(source, "u").test(value),
  );
}

describe("ECMA-262 (u) to RE2", () => {
  it.each(PATTERNS)("%s means the same on every probe string", (source) => {
    const translation = translatePattern(source);
    expect(translation.linear, translation.linear === undefined ? translation.reason : "").toBeDefined();
    for (const value of STRINGS) agree(source, translation.linear!, value);
  });

  it("agrees on random strings over the characters where the syntaxes differ", () => {
    const alphabet = ["a", "b", "A", "_", "-", "1", " ", "\n", "\r", "\u2028", "\u00a0", "\ufeff", "é", "😀", "\ud83d"];
    const programs = PATTERNS.map((source) => [source, translatePattern(source).linear!] as const);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }), (chars) => {
        const value = chars.join("");
        for (const [source, program] of programs) agree(source, program, value);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("every Unicode general category, by every alias, agrees on a sample of all code points", () => {
    const categories = ["L", "Letter", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "N", "Nd", "P", "S", "Z", "Zs", "C"];
    const extra = ["Cc", "Cf", "Cn", "Co", "Cs", "LC", "Cased_Letter", "punct", "digit", "Combining_Mark"];
    for (const name of [...categories, ...extra]) {
      const source = `^\\p{${name}}$`;
      const program = RE2JS.compile(translatePattern(source).linear!);
      const native = new RegExp(source, "u");
      for (let cp = 0; cp <= 0x10ffff; cp += cp < 0x3000 ? 1 : 97) {
        const value = String.fromCodePoint(cp);
        if (program.test(value) !== native.test(value)) throw new Error(`${name} differs at U+${cp.toString(16)}`);
      }
    }
  });

  it.each([
    ["(?=a)a", /lookahead/],
    ["(?!a)b", /lookahead/],
    ["(?<=a)b", /lookbehind/],
    ["(?<!a)b", /lookbehind/],
    ["(a)\\1", /backreference/],
    ["(?<x>a)\\k<x>", /backreference/],
    ["a{1001}", /above the 1000 RE2 allows/],
    ["\\p{Script=Grek}", /Unicode property .* which RE2 does not know/],
    ["\\p{Script_Extensions=Latin}", /Unicode property/],
    ["\\p{Emoji}", /Unicode property/],
    ["(a{100}){100}", /RE2 refuses/],
  ])("%s has no linear program: %s", (source, reason) => {
    const translation = translatePattern(source);
    expect(translation.linear).toBeUndefined();
    expect("reason" in translation && translation.reason).toMatch(reason);
  });
});
