import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { docComment, stringLiteral } from "../../../src/codegen/render/literals.js";

describe("printers of document text", () => {
  it("a doc comment closes only at its end, whatever the text", () => {
    expect(docComment("a *\u0001/ b")).not.toMatch(/\*\/[\s\S]*\*\//);
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const comment = docComment(text);
        if (comment === "") return;
        expect(comment.indexOf("*/")).toBe(comment.length - 3);
        expect(comment.slice(0, 4)).toBe("/**\n");
      }),
    );
  });

  it("a string literal evaluates back to the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        expect(new Function(`return ${stringLiteral(text)};`)()).toBe(text);
      }),
    );
  });
});
