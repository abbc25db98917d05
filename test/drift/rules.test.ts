import { describe, expect, it } from "vitest";
import { isKnownRule, MODEL_RULES, ruleTable, SCHEMA_RULES, schemaRuleSeverity } from "../../src/drift/rules.js";

describe("the rule table", () => {
  const rows = ruleTable();

  it("lists every rule once, for every location", () => {
    const ids = rows.map((row) => row.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(Object.keys(SCHEMA_RULES).length * 3 + Object.keys(MODEL_RULES).length);
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
      expect([SCHEMA_RULES[narrow].request, SCHEMA_RULES[narrow].response], narrow).toEqual([
        "breaking",
        "non-breaking",
      ]);
      expect([SCHEMA_RULES[wide].request, SCHEMA_RULES[wide].response], wide).toEqual(["non-breaking", "breaking"]);
    }
  });
});
