import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compileSchemas } from "../../../src/codegen/zod/index.js";
import { block, type Doc, flat, layoutDoc, MAX_WIDTH } from "../../../src/codegen/zod/print/doc.js";
import { printExpr } from "../../../src/codegen/zod/print/expr.js";
import { bundledDocuments } from "./support.js";

/*
 * The validators' layout: a formatter's group-fits-or-breaks at the current
 * column, so a reviewer reads lines of at most 100 columns, and a layout
 * that changes nothing but whitespace and trailing commas.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
const GENERATED = path.join(ROOT, "generated");

function validatorFiles(): string[] {
  const pool = readdirSync(path.join(GENERATED, "validators")).map((name) => path.join(GENERATED, "validators", name));
  const models = readdirSync(path.join(GENERATED, "models")).map((stem) =>
    path.join(GENERATED, "models", stem, "schemas.ts"),
  );
  return [...pool, ...models];
}

/** The tokens of some code, trailing commas (before a closing bracket) left out. */
function tokens(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.ES2022, true, ts.LanguageVariant.Standard, code);
  const found: string[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const text = scanner.getTokenText();
    if (/^[)\]}]$/.test(text) && found[found.length - 1] === ",") found.pop();
    found.push(text);
  }
  return found;
}

describe("layout of the validators", () => {
  it("keeps every line of the committed validator modules within 100 columns", () => {
    const files = validatorFiles();
    expect(files.length).toBeGreaterThan(43);
    const long: string[] = [];
    for (const file of files) {
      readFileSync(file, "utf8")
        .split("\n")
        .forEach((line, index) => {
          // A single token longer than the line (a long literal) is the one allowed exception.
          if (line.length > MAX_WIDTH && !/^\s*\S+,?$/.test(line))
            long.push(`${path.relative(GENERATED, file)}:${index + 1}: ${line}`);
        });
    }
    expect(long).toEqual([]);
  });

  it("breaks a list that fits on its own but not after the code before it on the line", () => {
    const items: Doc[] = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"];
    const list = block("f(", items, ")");
    expect(list.width).toBeLessThan(MAX_WIDTH - 20);
    expect(layoutDoc(list, { column: 0, rest: 1 })).toBe(flat(list));
    const after = layoutDoc(list, { column: MAX_WIDTH - list.width, rest: 1 });
    expect(after.split("\n")).toHaveLength(items.length + 2);
    // The text that follows counts too: `;` after a list that would end exactly at the limit.
    expect(layoutDoc(list, { column: MAX_WIDTH - list.width, rest: 0 })).toBe(flat(list));
  });

  it("changes nothing but whitespace and trailing commas, on every schema of the bundled catalog", async () => {
    let checked = 0;
    for (const entry of await bundledDocuments()) {
      const compiled = compileSchemas({ model: entry.name, document: entry.document, roots: entry.roots });
      const names = new Map(compiled.consts.map((entry) => [entry.pointer, entry.name]));
      for (const { expr } of compiled.consts) {
        const doc = printExpr(expr, {
          usesHelpers: false,
          reference: (pointer) => ({ name: names.get(pointer)!, lazy: false }),
        });
        for (const column of [0, 37]) {
          const text = layoutDoc(doc, { column, rest: 1 });
          expect(tokens(text)).toEqual(tokens(flat(doc)));
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });
});
