/*
 * Compile-time cases over a generated tree: each case's code becomes one
 * function of a file (after a header of imports), the file is type-checked
 * once, and each case must compile clean or fail with the message it names
 * (so an error for some other reason does not count).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type ts from "typescript";
import { expect } from "vitest";
import { type Diagnostic, typecheck } from "./typecheck.js";

export interface CompileCase {
  name: string;
  code: string;
  /** Undefined: must compile. Otherwise a diagnostic on the case must match. */
  error?: RegExp;
}

function render(header: string, cases: readonly CompileCase[]): { text: string; lines: Array<[number, number]> } {
  let text = header;
  const lines: Array<[number, number]> = [];
  for (const testCase of cases) {
    const start = text.split("\n").length;
    text += `export async function case${lines.length}() {\n${testCase.code}\n}\n`;
    lines.push([start, text.split("\n").length - 1]);
  }
  return { text, lines };
}

/** Writes `file`, type-checks it with `options`, and asserts each case (DEBUG_TYPE_TESTS=1 prints what each got). */
export function checkCases(
  file: string,
  header: string,
  cases: readonly CompileCase[],
  options: ts.CompilerOptions,
): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const { text, lines } = render(header, cases);
  writeFileSync(file, text);
  const diagnostics = typecheck([file], options);
  const inCase = (index: number): Diagnostic[] => {
    const [from, to] = lines[index]!;
    return diagnostics.filter((d) => d.file === file && d.line !== undefined && d.line >= from && d.line <= to);
  };
  expect(diagnostics.filter((d) => d.file !== file)).toEqual([]);
  if (process.env.DEBUG_TYPE_TESTS)
    cases.forEach((testCase, index) =>
      console.log(
        testCase.name,
        inCase(index).map((d) => d.message),
      ),
    );
  cases.forEach((testCase, index) => {
    const found = inCase(index).map((d) => d.message);
    if (testCase.error === undefined) expect(found, testCase.name).toEqual([]);
    else expect(found.join("\n"), testCase.name).toMatch(testCase.error);
  });
}
