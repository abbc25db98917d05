import type { DriftReport } from "../drift/types.js";

/*
 * What the codegen workflow does with a pull request, decided from the
 * drift report alone: a pure function, so every rule is a unit test.
 *
 * - Nothing moved (the report has no change): close every open pull
 *   request of the branch; the regenerated tree would equal the committed one.
 * - Something moved: exactly one pull request on the branch, opened or
 *   updated (any other open one on the branch is closed), titled with how many
 *   models changed, its body the markdown report, labelled `breaking` while
 *   the report holds a breaking change that the allow-list did not accept
 *   (the same changes that make `drift` fail), unlabelled otherwise.
 */

const BREAKING_LABEL = "breaking";

/** An open pull request whose head is the codegen branch, as the API lists it. */
export interface OpenPull {
  number: number;
  labels: readonly string[];
}

export type Plan =
  | { kind: "close"; close: number[] }
  | {
      kind: "publish";
      /** The pull request to update; a new one is opened when absent. */
      update?: number;
      /** Other open pull requests of the branch: only one may stay. */
      close: number[];
      title: string;
      body: string;
      addLabels: string[];
      removeLabels: string[];
    };

/** Models with at least one change (added and removed models included). */
export function changedModels(report: DriftReport): string[] {
  return [...new Set(report.changes.map((change) => change.model))].sort();
}

function hasUnacceptedBreaking(report: DriftReport): boolean {
  return report.changes.some((change) => change.severity === "breaking" && change.accepted === undefined);
}

export function pullTitle(report: DriftReport): string {
  const count = changedModels(report).length;
  const breaking = hasUnacceptedBreaking(report) ? " (breaking)" : "";
  return `APIFree contracts: ${count} model${count === 1 ? "" : "s"} changed${breaking}`;
}

export function decidePullRequest(input: {
  report: DriftReport;
  /** The markdown drift report: the pull request's body. */
  body: string;
  openPulls: readonly OpenPull[];
}): Plan {
  // Oldest first: an update keeps the conversation reviewers already have.
  const pulls = [...input.openPulls].sort((a, b) => a.number - b.number);
  if (input.report.changes.length === 0) return { kind: "close", close: pulls.map((pull) => pull.number) };
  const [kept, ...extra] = pulls;
  const breaking = hasUnacceptedBreaking(input.report);
  const labelled = kept?.labels.includes(BREAKING_LABEL) ?? false;
  return {
    kind: "publish",
    ...(kept === undefined ? {} : { update: kept.number }),
    close: extra.map((pull) => pull.number),
    title: pullTitle(input.report),
    body: input.body,
    addLabels: breaking && !labelled ? [BREAKING_LABEL] : [],
    removeLabels: !breaking && labelled ? [BREAKING_LABEL] : [],
  };
}
