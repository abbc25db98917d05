import ts from "typescript";
import { describe, expect, it } from "vitest";
import { compactDeclarations } from "../../../src/codegen/types/compact-declarations.js";

const PRINTED = `/** @description Body of the request. */
export type Body = {
    /**
     * @description Sampling temperature.
     *     An indented line of the description stays as it is.
     * @default 1
     */
    temperature?: number;
    nested: {
        /** @description Deeper. See \`@description \` in prose. */
        value: "  two spaces  " | "@description ";
    };
};`;

/** The declarations without comments, as TypeScript prints them: what the file declares. */
function declared(source: string): string {
  const file = ts.createSourceFile("t.d.ts", source, ts.ScriptTarget.ES2022, true);
  return ts.createPrinter({ removeComments: true }).printFile(file);
}

describe("compactDeclarations", () => {
  it("halves the indentation and writes descriptions as plain JSDoc text", () => {
    expect(compactDeclarations(PRINTED)).toBe(`/** Body of the request. */
export type Body = {
  /**
   * Sampling temperature.
   *     An indented line of the description stays as it is.
   * @default 1
   */
  temperature?: number;
  nested: {
    /** Deeper. See \`@description \` in prose. */
    value: "  two spaces  " | "@description ";
  };
};`);
  });

  it("declares exactly what the printer's text declares", () => {
    expect(declared(compactDeclarations(PRINTED))).toBe(declared(PRINTED));
  });
});
