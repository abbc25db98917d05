import { describe, expect, it } from "vitest";
import { decidePullRequest, pullTitle } from "../../src/ci/decide.js";
import { buildReport } from "../../src/drift/report.js";
import type { ReportedChange } from "../../src/drift/types.js";

const removedEnum: ReportedChange = {
  model: "gpt-5-mini",
  operation: "chat.completions",
  location: "request",
  pointer: "/properties/reasoning_effort/enum",
  rule: "request-property-enum-value-removed",
  severity: "breaking",
  message: 'enum value "minimal" removed',
};
const addedField: ReportedChange = {
  model: "claude-sonnet-4.5",
  operation: "messages",
  location: "response",
  pointer: "/properties/probe",
  rule: "response-property-added",
  severity: "non-breaking",
  message: "property added",
};
const report = (...changes: ReportedChange[]) => buildReport(changes, [], []);
const BODY = "## APIFree drift report\n";

describe("decidePullRequest", () => {
  it("nothing moved: closes every open pull request of the branch, and opens none", () => {
    expect(decidePullRequest({ report: report(), body: BODY, openPulls: [] })).toEqual({ kind: "close", close: [] });
    expect(
      decidePullRequest({
        report: report(),
        body: BODY,
        openPulls: [
          { number: 9, labels: [] },
          { number: 4, labels: ["breaking"] },
        ],
      }),
    ).toEqual({ kind: "close", close: [4, 9] });
  });

  it("a breaking change with no open pull request: opens one, labelled breaking, body the report", () => {
    expect(decidePullRequest({ report: report(removedEnum, addedField), body: BODY, openPulls: [] })).toEqual({
      kind: "publish",
      close: [],
      title: "APIFree contracts: 2 models changed (breaking)",
      body: BODY,
      addLabels: ["breaking"],
      removeLabels: [],
    });
  });

  it("updates the oldest open pull request and closes the others: exactly one stays", () => {
    const plan = decidePullRequest({
      report: report(removedEnum),
      body: BODY,
      openPulls: [
        { number: 7, labels: [] },
        { number: 3, labels: ["breaking"] },
      ],
    });
    expect(plan).toMatchObject({ kind: "publish", update: 3, close: [7], addLabels: [], removeLabels: [] });
  });

  it("removes the breaking label once only non-breaking changes are left", () => {
    const plan = decidePullRequest({
      report: report(addedField),
      body: BODY,
      openPulls: [{ number: 3, labels: ["breaking", "deps"] }],
    });
    expect(plan).toMatchObject({ kind: "publish", update: 3, addLabels: [], removeLabels: ["breaking"] });
    expect(plan.kind === "publish" && plan.title).toBe("APIFree contracts: 1 model changed");
  });

  it("a breaking change accepted by the allow-list does not label the pull request, but still opens it", () => {
    const accepted = { ...removedEnum, accepted: { reason: "we never send minimal" } };
    const plan = decidePullRequest({ report: report(accepted), body: BODY, openPulls: [] });
    expect(plan).toMatchObject({ kind: "publish", addLabels: [], removeLabels: [] });
  });

  it("counts models, not changes, in the title (added and removed models included)", () => {
    const second = { ...removedEnum, pointer: "/properties/verbosity/enum" };
    const removedModel: ReportedChange = {
      model: "x-ai/grok-3-mini",
      location: "catalog",
      pointer: "",
      rule: "model-removed",
      severity: "breaking",
      message: "model removed",
    };
    expect(pullTitle(report(removedEnum, second))).toBe("APIFree contracts: 1 model changed (breaking)");
    expect(pullTitle(report(removedEnum, second, removedModel, addedField))).toBe(
      "APIFree contracts: 3 models changed (breaking)",
    );
  });
});
