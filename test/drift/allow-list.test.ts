import { describe, expect, it } from "vitest";
import { applyAllowList, parseAllowList, utcDate } from "../../src/drift/allow-list.js";
import type { Change } from "../../src/drift/types.js";
import { ToolError } from "../../src/shared/tool-error.js";

const change = (model: string, rule: string, pointer: string): Change => ({
  model,
  location: "request",
  rule,
  pointer,
  severity: "breaking",
  message: "m",
});

const CHANGES = [
  change("openai/gpt-5.2", "request-property-max-decreased", "/properties/temperature/maximum"),
  change("openai/gpt-4.1", "request-property-max-decreased", "/properties/top_p/maximum"),
  change("qwen/qwen3-max", "request-property-removed", "/properties/messages/items/properties/name"),
];

function list(entries: unknown[]) {
  return parseAllowList(JSON.stringify({ accepted: entries }), "drift-allow.json");
}

function problemsOf(text: string): string[] {
  try {
    parseAllowList(text, "drift-allow.json");
  } catch (error) {
    expect(error).toBeInstanceOf(ToolError);
    return (error as ToolError).problems.map((problem) => `${problem.pointer} ${problem.message}`);
  }
  throw new Error("expected a ToolError");
}

describe("parseAllowList", () => {
  it("accepts the documented shape, with or without expiry", () => {
    const parsed = list([
      { model: "a", rule: "model-removed", pointer: "", reason: "r" },
      { model: "b", rule: "chunk-property-enum-value-added", pointer: "/enum", reason: "r", expires: "2028-02-29" },
    ]);
    expect(parsed.entries).toEqual([
      { model: "a", rule: "model-removed", pointer: "", reason: "r" },
      { model: "b", rule: "chunk-property-enum-value-added", pointer: "/enum", reason: "r", expires: "2028-02-29" },
    ]);
  });

  it("names every problem with its pointer", () => {
    expect(problemsOf("[]")).toEqual([" Invalid input: expected object, received array"]);
    expect(
      problemsOf(
        JSON.stringify({
          accepted: [
            {
              model: "",
              rule: "request-property-max-decreased",
              pointer: "/x",
              reason: "r",
              expires: "2026-02-29",
              extra: 1,
            },
          ],
        }),
      ),
    ).toEqual([
      "/accepted/0/model must not be empty",
      "/accepted/0/expires must be a date written YYYY-MM-DD",
      '/accepted/0 Unrecognized key: "extra"',
    ]);
    expect(
      problemsOf(JSON.stringify({ accepted: [{ model: "m", rule: "made-up-rule", pointer: "/x", reason: "r" }] })),
    ).toEqual(["/accepted/0/rule is not a drift rule id (see the rule table in src/drift/rules.ts)"]);
    expect(problemsOf(JSON.stringify({ accepted: [{ model: "m", rule: "model-added", reason: "r" }] }))).toEqual([
      "/accepted/0/pointer must be a string",
    ]);
  });
});

describe("applyAllowList", () => {
  it("matches on rule, model and pointer exactly, never on the message", () => {
    const outcome = applyAllowList(
      CHANGES,
      list([
        {
          model: "openai/gpt-5.2",
          rule: "request-property-max-decreased",
          pointer: "/properties/temperature/maximum",
          reason: "ok",
        },
      ]),
      "2026-01-01",
    );
    expect(outcome.changes.map((item) => item.accepted?.reason)).toEqual(["ok", undefined, undefined]);
    expect(outcome.unused).toEqual([]);
    const wrongRule = applyAllowList(
      CHANGES,
      list([
        {
          model: "openai/gpt-5.2",
          rule: "request-property-max-increased",
          pointer: "/properties/temperature/maximum",
          reason: "ok",
        },
      ]),
      "2026-01-01",
    );
    expect(wrongRule.changes.filter((item) => item.accepted !== undefined)).toEqual([]);
    expect(wrongRule.unused).toHaveLength(1);
  });

  it("supports * in models, * within a pointer segment and a trailing /**", () => {
    const outcome = applyAllowList(
      CHANGES,
      list([
        {
          model: "openai/*",
          rule: "request-property-max-decreased",
          pointer: "/properties/*/maximum",
          reason: "bounds",
        },
        { model: "*", rule: "request-property-removed", pointer: "/properties/messages/**", reason: "messages" },
      ]),
      "2026-01-01",
    );
    expect(outcome.changes.map((item) => item.accepted?.reason)).toEqual(["bounds", "bounds", "messages"]);
    const segment = applyAllowList(
      CHANGES,
      list([{ model: "*", rule: "request-property-removed", pointer: "/properties/*/name", reason: "x" }]),
      "2026-01-01",
    );
    expect(segment.changes[2]!.accepted).toBeUndefined();
  });

  it("an entry applies through its expiry day and not after; expired entries are listed", () => {
    const entries = [
      {
        model: "openai/gpt-5.2",
        rule: "request-property-max-decreased",
        pointer: "/properties/temperature/maximum",
        reason: "until June",
        expires: "2026-06-30",
      },
    ];
    expect(applyAllowList(CHANGES, list(entries), "2026-06-30").changes[0]).toMatchObject({
      accepted: { reason: "until June", expires: "2026-06-30" },
    });
    const after = applyAllowList(CHANGES, list(entries), "2026-07-01");
    expect(after.changes[0]).toMatchObject({ acceptanceExpired: { reason: "until June", expires: "2026-06-30" } });
    expect(after.changes[0]).not.toHaveProperty("accepted");
    expect(after.expired).toEqual(entries);
  });

  it("an active entry wins over an expired one for the same change", () => {
    const outcome = applyAllowList(
      CHANGES,
      list([
        {
          model: "openai/gpt-5.2",
          rule: "request-property-max-decreased",
          pointer: "/properties/temperature/maximum",
          reason: "old",
          expires: "2020-01-01",
        },
        {
          model: "openai/*",
          rule: "request-property-max-decreased",
          pointer: "/properties/temperature/maximum",
          reason: "new",
        },
      ]),
      "2026-01-01",
    );
    expect(outcome.changes[0]).toEqual({ ...CHANGES[0], accepted: { reason: "new" } });
  });

  it("today is a UTC date", () => {
    expect(utcDate(new Date("2026-03-01T23:30:00-05:00"))).toBe("2026-03-02");
  });
});

describe("entries name the operation", () => {
  const inOperation = (operation: string, rule: string, pointer: string): Change => ({
    ...change("claude-x", rule, pointer),
    operation,
  });
  const OPERATION_CHANGES = [
    inOperation("chat.completions", "request-property-max-decreased", "/properties/temperature/maximum"),
    inOperation("messages", "request-property-max-decreased", "/properties/temperature/maximum"),
    inOperation("POST /v1/images/generations", "operation-removed", ""),
    { ...change("claude-x", "model-api-md-changed", ""), location: "catalog" } satisfies Change,
  ];
  const accepted = (entries: unknown[]) =>
    applyAllowList(OPERATION_CHANGES, list(entries), "2026-01-01").changes.map((item) => item.accepted !== undefined);

  it("parses and keeps operation; refuses it on a rule that belongs to no operation", () => {
    expect(
      list([{ model: "m", operation: "messages", rule: "event-schema-added", pointer: "", reason: "r" }]).entries,
    ).toEqual([{ model: "m", operation: "messages", rule: "event-schema-added", pointer: "", reason: "r" }]);
    expect(
      problemsOf(
        JSON.stringify({
          accepted: [{ model: "m", operation: "messages", rule: "model-removed", pointer: "", reason: "r" }],
        }),
      ),
    ).toEqual(["/accepted/0/operation a catalog or generated-tree rule belongs to no operation: leave operation out"]);
    expect(
      problemsOf(
        JSON.stringify({
          accepted: [{ model: "m", operation: "", rule: "event-schema-added", pointer: "", reason: "r" }],
        }),
      ),
    ).toEqual(["/accepted/0/operation must not be empty"]);
  });

  it("an entry matches only its operation; without one, chat.completions and changes outside operations", () => {
    const temperature = {
      model: "claude-*",
      rule: "request-property-max-decreased",
      pointer: "/properties/temperature/maximum",
      reason: "r",
    };
    expect(accepted([temperature])).toEqual([true, false, false, false]);
    expect(accepted([{ ...temperature, operation: "messages" }])).toEqual([false, true, false, false]);
    expect(accepted([{ ...temperature, operation: "*" }])).toEqual([true, true, false, false]);
    expect(
      accepted([
        { model: "claude-x", operation: "POST /v1/images/*", rule: "operation-removed", pointer: "", reason: "r" },
      ]),
    ).toEqual([false, false, true, false]);
    expect(accepted([{ model: "claude-x", rule: "model-api-md-changed", pointer: "", reason: "r" }])).toEqual([
      false,
      false,
      false,
      true,
    ]);
  });
});

describe("drift-allow.example.json", () => {
  it("is a valid allow-list", async () => {
    const { readAllowList } = await import("../../src/drift/allow-list.js");
    const path = await import("node:path");
    const example = await readAllowList(path.resolve(import.meta.dirname, "../../drift-allow.example.json"));
    expect(example.entries.length).toBeGreaterThan(0);
  });
});
