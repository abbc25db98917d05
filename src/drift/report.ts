import type { DriftReport, ReportedChange, Severity } from "./types.js";

export type FailOn = "breaking" | "any" | "none";

export function buildReport(
  changes: readonly ReportedChange[],
  added: readonly string[],
  removed: readonly string[],
): DriftReport {
  const summary = { breaking: 0, "non-breaking": 0, info: 0 };
  for (const change of changes) summary[change.severity] += 1;
  return {
    summary,
    models: { added: [...added], removed: [...removed] },
    // Key order fixed here, so the JSON output is the same bytes for the same input.
    changes: changes.map((change) => ({
      model: change.model,
      ...(change.operation === undefined ? {} : { operation: change.operation }),
      location: change.location,
      pointer: change.pointer,
      rule: change.rule,
      severity: change.severity,
      message: change.message,
      ...(change.accepted === undefined ? {} : { accepted: change.accepted }),
      ...(change.acceptanceExpired === undefined ? {} : { acceptanceExpired: change.acceptanceExpired }),
    })),
  };
}

function counts(change: ReportedChange, failOn: FailOn): boolean {
  if (change.accepted !== undefined) return false;
  if (failOn === "none") return false;
  return failOn === "any" || change.severity === ("breaking" satisfies Severity);
}

/** The changes that make drift exit 1: at or above `failOn`, and not accepted by the allow-list. */
export function failingChanges(report: DriftReport, failOn: FailOn): ReportedChange[] {
  return report.changes.filter((change) => counts(change, failOn));
}
