import { describe, expect, it } from "vitest";
import { formatJson } from "../../src/drift/format/json.js";
import { formatMarkdown } from "../../src/drift/format/markdown.js";
import { formatText } from "../../src/drift/format/text.js";
import { buildReport } from "../../src/drift/report.js";
import type { ReportedChange } from "../../src/drift/types.js";

const CHANGES: ReportedChange[] = [
  {
    model: "m/one",
    location: "request",
    pointer: "/properties/a",
    rule: "request-property-description-changed",
    severity: "info",
    message: "a: description changed",
  },
  {
    model: "m/one",
    location: "request",
    pointer: "/properties/a|b/maximum",
    rule: "request-property-max-decreased",
    severity: "breaking",
    message: "a|b: maximum 2 → 1",
  },
  {
    model: "m/one",
    location: "response",
    pointer: "/properties/`tick`",
    rule: "response-optional-property-added",
    severity: "non-breaking",
    message: "`tick`: new optional property (string)",
    accepted: { reason: "fine <really>" },
  },
];
const report = buildReport(CHANGES, ["m/new"], []);
const context = { modelsCompared: 3, failing: 1, failOn: "breaking" };

describe("formats", () => {
  it("json keeps the documented key order and only adds acceptance fields when present", () => {
    const text = formatJson(report);
    expect(Object.keys(JSON.parse(text))).toEqual(["summary", "models", "changes"]);
    expect(Object.keys(JSON.parse(text).changes[0])).toEqual([
      "model",
      "location",
      "pointer",
      "rule",
      "severity",
      "message",
    ]);
    expect(Object.keys(JSON.parse(text).changes[2])).toEqual([
      "model",
      "location",
      "pointer",
      "rule",
      "severity",
      "message",
      "accepted",
    ]);
    expect(text).toMatch(/}\n$/);
  });

  it("text lists breaking first within a model, and colours only when asked", () => {
    const plain = formatText(report, context, false);
    const lines = plain.split("\n");
    expect(lines[0]).toBe("drift: 1 breaking, 1 non-breaking, 1 info in 1 model (3 compared, 1 added, 0 removed)");
    const first = lines.indexOf("m/one  (1 breaking, 1 non-breaking, 1 info)");
    expect(lines[first + 1]).toMatch(/^ {2}breaking +request +a\|b: maximum 2 → 1/);
    expect(lines[first + 2]).toContain("(accepted: fine <really>)");
    expect(lines[first + 3]).toMatch(/^ {2}info/);
    expect(plain).not.toContain("\u001b[");
    const coloured = formatText(report, context, true);
    expect(coloured).toContain("\u001b[1;31mbreaking");
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, "")).toBe(plain);
  });

  it("markdown escapes table cells and code spans", () => {
    const markdown = formatMarkdown(report, context);
    expect(markdown).toContain(
      "| 🔴 breaking | request | a\\|b: maximum 2 → 1 | `request-property-max-decreased` | `/properties/a\\|b/maximum` |  |",
    );
    expect(markdown).toContain(
      "| 🟡 non-breaking | response | `tick`: new optional property (string) | `response-optional-property-added` | `` /properties/`tick` `` | accepted: fine &lt;really&gt; |",
    );
    expect(markdown).toContain("**Models added:** `m/new`");
  });

  it("changes in operations name the operation: a field in json, beside the root in text and markdown", () => {
    const inOperations = buildReport(
      [
        {
          model: "claude-x",
          operation: "messages",
          location: "operation",
          pointer: "",
          rule: "operation-removed",
          severity: "breaking",
          message: "the document no longer declares messages (POST /v1/messages): calls to it will fail",
        },
        {
          model: "claude-x",
          operation: "POST /v1/images/generations",
          location: "request",
          pointer: "/properties/n/maximum",
          rule: "request-property-max-decreased",
          severity: "breaking",
          message: "n: maximum 4 → 2",
        },
      ],
      [],
      [],
    );
    expect(Object.keys(JSON.parse(formatJson(inOperations)).changes[0])).toEqual([
      "model",
      "operation",
      "location",
      "pointer",
      "rule",
      "severity",
      "message",
    ]);
    const lines = formatText(inOperations, context, false).split("\n");
    expect(lines).toContain(
      "  breaking     messages                             the document no longer declares messages (POST /v1/messages): calls to it will fail  [operation-removed]",
    );
    expect(lines).toContain(
      "  breaking     POST /v1/images/generations request  n: maximum 4 → 2  [request-property-max-decreased /properties/n/maximum]",
    );
    expect(formatMarkdown(inOperations, context)).toContain(
      "| 🔴 breaking | POST /v1/images/generations request | n: maximum 4 → 2 | `request-property-max-decreased` | `/properties/n/maximum` |  |",
    );
  });

  it("markdown stays under the size limit and says what it left out", () => {
    const many: ReportedChange[] = Array.from({ length: 400 }, (_, index) => ({
      model: `model-${String(index).padStart(3, "0")}`,
      location: "request",
      pointer: "/properties/x/maximum",
      rule: "request-property-max-decreased",
      severity: "breaking",
      message: `x: maximum ${index} → 1`,
    }));
    const big = formatMarkdown(
      buildReport(many, [], []),
      { modelsCompared: 400, failing: 400, failOn: "breaking" },
      20_000,
    );
    expect(big.length).toBeLessThanOrEqual(20_000);
    expect(big).toMatch(/_\d+ more changes left out to fit a comment/);
  });
});
