import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldIssues, fieldName, listIssues } from "../../src/runtime/core/issues.js";

function issuesOf(schema: z.ZodType, value: unknown) {
  const result = schema.safeParse(value);
  if (result.success) throw new Error("expected a failure");
  return fieldIssues(result.error.issues);
}

describe("field issues", () => {
  it("names fields readably and as JSON pointers", () => {
    expect(fieldName([])).toBe("(body)");
    expect(fieldName(["messages", 0, "content"])).toBe("messages[0].content");
    expect(fieldName(["metadata", "a b", "x/y"])).toBe('metadata["a b"]["x/y"]');
    const [issue] = issuesOf(z.object({ "a/b": z.object({ "c~d": z.string() }) }), { "a/b": { "c~d": 1 } });
    expect(issue!.pointer).toBe("/a~1b/c~0d");
  });

  it("splits unknown keys into one issue per key", () => {
    const issues = issuesOf(z.strictObject({ a: z.string(), nested: z.strictObject({ b: z.number() }) }), {
      a: "x",
      y: 1,
      z: 2,
      nested: { b: 1, c: 3 },
    });
    expect(issues.map((i) => i.field).sort()).toEqual(["nested.c", "y", "z"]);
  });

  it("reports the union branch that got furthest", () => {
    const part = z.union([z.string(), z.array(z.strictObject({ type: z.literal("text"), text: z.string() }))]);
    const issues = issuesOf(z.object({ content: part }), { content: [{ type: "text", text: 5 }] });
    expect(issues.map((i) => i.field)).toEqual(["content[0].text"]);
    const flat = issuesOf(z.object({ content: part }), { content: 5 });
    expect(flat[0]!.field).toBe("content");
    expect(flat[0]!.message).toMatch(/none of the 2 allowed forms/);
  });

  it("caps the listing", () => {
    const issues = issuesOf(
      z.array(z.string()),
      Array.from({ length: 30 }, (_, i) => i),
    );
    const text = listIssues(issues);
    expect(text.split("\n")).toHaveLength(21);
    expect(text).toContain("and 10 more");
  });
});
