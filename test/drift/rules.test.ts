import { describe, expect, it } from "vitest";
import {
  isKnownRule,
  MODEL_RULES,
  PRESENCE_RULES,
  ROOTS,
  rootLocation,
  ruleTable,
  SCHEMA_RULES,
  schemaRuleSeverity,
} from "../../src/drift/rules.js";
import { FAMILIES } from "../../src/openapi/families.js";

describe("the rule table", () => {
  const rows = ruleTable();

  it("lists every rule once, for every location", () => {
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    const roots = Object.values(ROOTS);
    expect(ids.length).toBe(
      Object.keys(SCHEMA_RULES).length * roots.length +
        Object.keys(PRESENCE_RULES).length * roots.filter((root) => !root.standIn).length +
        Object.keys(MODEL_RULES).length,
    );
    for (const id of ids) expect(isKnownRule(id), id).toBe(true);
    expect(isKnownRule("request-property-nonsense")).toBe(false);
    expect(isKnownRule("catalog-property-removed")).toBe(false);
  });

  it("reads severities from a client's side: what narrows breaks requests, what widens breaks responses", () => {
    expect(schemaRuleSeverity("request", "property-max-decreased")).toBe("breaking");
    expect(schemaRuleSeverity("response", "property-max-decreased")).toBe("non-breaking");
    expect(schemaRuleSeverity("request", "property-enum-value-added")).toBe("non-breaking");
    expect(schemaRuleSeverity("response", "property-enum-value-added")).toBe("breaking");
    expect(schemaRuleSeverity("chunk", "property-became-nullable")).toBe("breaking");
    expect(schemaRuleSeverity("request", "property-removed")).toBe("breaking");
    expect(schemaRuleSeverity("response", "property-removed")).toBe("breaking");
    expect(schemaRuleSeverity("response", "optional-property-added")).toBe("non-breaking");
    expect(schemaRuleSeverity("request", "property-description-changed")).toBe("info");
  });

  it("every narrowing rule has a widening counterpart with the opposite severities", () => {
    const pairs: Array<[keyof typeof SCHEMA_RULES, keyof typeof SCHEMA_RULES]> = [
      ["property-min-increased", "property-min-decreased"],
      ["property-max-decreased", "property-max-increased"],
      ["property-enum-value-removed", "property-enum-value-added"],
      ["property-became-not-nullable", "property-became-nullable"],
      ["property-became-required", "property-became-optional"],
      ["property-one-of-removed", "property-one-of-added"],
      ["property-additional-properties-closed", "property-additional-properties-opened"],
      ["property-pattern-added", "property-pattern-removed"],
    ];
    for (const [narrow, wide] of pairs) {
      expect([SCHEMA_RULES[narrow].sent, SCHEMA_RULES[narrow].read], narrow).toEqual(["breaking", "non-breaking"]);
      expect([SCHEMA_RULES[wide].sent, SCHEMA_RULES[wide].read], wide).toEqual(["non-breaking", "breaking"]);
    }
  });

  it("every root the operation table names has a row, facing the way the brief says", () => {
    for (const family of FAMILIES)
      for (const route of family.routes)
        for (const root of route.roots)
          expect(rootLocation(family.key, root.name), `${family.key} ${root.name}`).toBeDefined();
    // Operations outside the table: the roots locateOperations gives them.
    for (const root of ["request", "multipart", "response", "event"])
      expect(rootLocation("POST /v1/images/generations", root)).toBe(root);
    expect(rootLocation("chat.completions", "event")).toBe("chunk");
    expect(rootLocation("messages", "event")).toBe("event");
    const sides = Object.fromEntries(Object.entries(ROOTS).map(([name, root]) => [name, root.side]));
    expect(sides).toEqual({
      request: "sent",
      multipart: "sent",
      remix: "sent",
      response: "read",
      task: "read",
      remixResponse: "read",
      chunk: "read",
      event: "read",
    });
  });

  it("severities follow the root: narrowing what is sent breaks, widening what is read breaks", () => {
    for (const sent of ["request", "multipart", "remix"] as const) {
      expect(schemaRuleSeverity(sent, "property-enum-value-removed"), sent).toBe("breaking");
      expect(schemaRuleSeverity(sent, "property-enum-value-added"), sent).toBe("non-breaking");
    }
    for (const read of ["response", "task", "remixResponse", "chunk", "event"] as const) {
      expect(schemaRuleSeverity(read, "property-enum-value-added"), read).toBe("breaking");
      expect(schemaRuleSeverity(read, "property-enum-value-removed"), read).toBe("non-breaking");
    }
    const byId = new Map(rows.map((row) => [row.id, row]));
    expect(byId.get("remix-response-property-enum-value-added")).toMatchObject({
      location: "remixResponse",
      severity: "breaking",
    });
    expect(byId.get("operation-removed")).toMatchObject({ location: "operation", severity: "breaking" });
    expect(byId.get("operation-added")).toMatchObject({ location: "operation", severity: "non-breaking" });
    expect(byId.get("event-schema-added")).toMatchObject({ location: "event", severity: "non-breaking" });
    expect(byId.get("multipart-schema-removed")).toMatchObject({ location: "multipart", severity: "breaking" });
    // Chat's chunk is never absent (the standard chunk stands in): its presence rules are the stream-schema ones.
    expect(byId.has("chunk-schema-added")).toBe(false);
    expect(byId.get("chunk-stream-schema-added")).toMatchObject({ location: "chunk", severity: "info" });
  });
});
