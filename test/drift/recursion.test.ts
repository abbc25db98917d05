import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareModel } from "../../src/drift/compare-model.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { inlineRefs, moveToComponents } from "./support/rewrite.js";
import type { Json, JsonObject } from "./support/schema-walk.js";

/*
 * Recursive and cyclic $refs: a tree that contains itself, two schemas that
 * contain each other, and degenerate self-references. Comparison must
 * terminate, report nothing for an unchanged or inlined document, and report
 * a change inside the recursion once, at the first place it is reached.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const committed = await readSnapshot(path.join(ROOT, "snapshot"));
const base = committed.models.find((model) => model.id === "openai/gpt-5.2")!.document as JsonObject;

/** gpt-5.2's document with recursive components reachable from the request. */
function withRecursion(edit: (schemas: JsonObject) => void = () => undefined): JsonObject {
  const doc = structuredClone(base);
  const schemas = (doc.components as JsonObject).schemas as JsonObject;
  schemas.TreeNode = {
    type: "object",
    required: ["label"],
    properties: {
      label: { type: "string", maxLength: 64 },
      children: { type: "array", items: { $ref: "#/components/schemas/TreeNode" } },
    },
  };
  schemas.Ping = {
    type: "object",
    properties: { pong: { $ref: "#/components/schemas/Pong" }, depth: { type: "integer" } },
  };
  schemas.Pong = {
    type: "object",
    properties: { ping: { anyOf: [{ $ref: "#/components/schemas/Ping" }, { type: "null" }] } },
  };
  schemas.Loop = { allOf: [{ $ref: "#/components/schemas/Loop" }] };
  schemas.NullLoop = { anyOf: [{ $ref: "#/components/schemas/NullLoop" }, { type: "null" }] };
  const request = schemas.CreateChatCompletionRequest as JsonObject;
  request.properties = {
    ...(request.properties as JsonObject),
    tree: { $ref: "#/components/schemas/TreeNode" },
    ping: { $ref: "#/components/schemas/Ping" },
    loop: { $ref: "#/components/schemas/Loop" },
    null_loop: { $ref: "#/components/schemas/NullLoop" },
  };
  edit(schemas);
  return doc;
}

function changes(before: Json, after: Json): string[] {
  return compareModel("m", before, after).map(
    (change) => `${change.location} ${change.rule} ${change.severity} ${change.pointer}`,
  );
}

describe("recursive schemas", () => {
  it("an unchanged, inlined or reshuffled recursive document reports nothing", () => {
    const doc = withRecursion();
    expect(changes(doc, structuredClone(doc))).toEqual([]);
    expect(changes(doc, inlineRefs(doc))).toEqual([]);
    expect(changes(doc, moveToComponents(doc))).toEqual([]);
  });

  it("a change inside a self-recursive schema is reported where the recursion is first entered", () => {
    const after = withRecursion((schemas) => {
      (((schemas.TreeNode as JsonObject).properties as JsonObject).label as JsonObject).maxLength = 32;
    });
    expect(changes(withRecursion(), after)).toEqual([
      "request request-property-max-length-decreased breaking /properties/tree/properties/label/maxLength",
    ]);
  });

  it("mutual recursion through a nullable union terminates and locates the change", () => {
    const after = withRecursion((schemas) => {
      (((schemas.Ping as JsonObject).properties as JsonObject).depth as JsonObject).type = "number";
    });
    expect(changes(withRecursion(), after)).toEqual([
      "request request-property-type-generalized non-breaking /properties/ping/properties/depth/type",
    ]);
  });

  it("degenerate self-references (allOf [self], anyOf [self, null]) do not hang", () => {
    const after = withRecursion((schemas) => {
      schemas.Loop = { allOf: [{ $ref: "#/components/schemas/Loop" }], description: "still a loop" };
    });
    expect(changes(withRecursion(), after)).toEqual([
      "request request-property-description-changed info /properties/loop/description",
    ]);
  });
});
