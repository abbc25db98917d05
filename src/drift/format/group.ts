import { severityRank } from "../order.js";
import type { DriftReport, ReportedChange, Severity } from "../types.js";

export interface ModelGroup {
  model: string;
  counts: Record<Severity, number>;
  /** Breaking first, then non-breaking, then info; report order within a severity. */
  changes: ReportedChange[];
}

/** Changes per model, models in report order (which is sorted by id). */
export function groupByModel(report: DriftReport): ModelGroup[] {
  const groups = new Map<string, ModelGroup>();
  for (const change of report.changes) {
    let group = groups.get(change.model);
    if (group === undefined) {
      group = { model: change.model, counts: { breaking: 0, "non-breaking": 0, info: 0 }, changes: [] };
      groups.set(change.model, group);
    }
    group.counts[change.severity] += 1;
    group.changes.push(change);
  }
  for (const group of groups.values()) {
    // Stable sort: within a severity, the report's order (location, pointer, rule) stays.
    group.changes.sort((a, b) => severityRank(a) - severityRank(b));
  }
  return [...groups.values()];
}

/**
 * Where a change sits, as the text and markdown reports print it: the
 * operation and its root (`chat.completions request`, `messages event`,
 * `POST /v1/images/generations response`), the operation alone for an
 * operation added or removed, and `catalog` or `generated` outside any.
 */
export function describeWhere(change: Pick<ReportedChange, "operation" | "location">): string {
  if (change.operation === undefined) return change.location;
  return change.location === "operation" ? change.operation : `${change.operation} ${change.location}`;
}

export function describeCounts(counts: Record<Severity, number>): string {
  return `${counts.breaking} breaking, ${counts["non-breaking"]} non-breaking, ${counts.info} info`;
}

export interface FormatContext {
  /** Models compared (present on both sides). */
  modelsCompared: number;
  /** The changes that make the run fail, per --fail-on. */
  failing: number;
  failOn: string;
  /** What the snapshot was compared with, for the no-change line (default: "the live API"). */
  comparedWith?: string | undefined;
}
