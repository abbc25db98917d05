import type { DriftReport, ReportedChange, Severity } from "../types.js";
import { describeCounts, describeWhere, type FormatContext, groupByModel } from "./group.js";

const COLOURS: Record<Severity | "accepted" | "dim", [string, string]> = {
  breaking: ["\u001b[1;31m", "\u001b[0m"],
  "non-breaking": ["\u001b[33m", "\u001b[0m"],
  info: ["\u001b[36m", "\u001b[0m"],
  accepted: ["\u001b[32m", "\u001b[0m"],
  dim: ["\u001b[2m", "\u001b[0m"],
};

function painter(colour: boolean) {
  return (style: keyof typeof COLOURS, text: string) =>
    colour ? `${COLOURS[style][0]}${text}${COLOURS[style][1]}` : text;
}

function acceptanceNote(change: ReportedChange): string | undefined {
  if (change.accepted !== undefined) {
    return `accepted${change.accepted.expires === undefined ? "" : ` until ${change.accepted.expires}`}: ${change.accepted.reason}`;
  }
  if (change.acceptanceExpired !== undefined)
    return `acceptance expired on ${change.acceptanceExpired.expires ?? "?"}: ${change.acceptanceExpired.reason}`;
  return undefined;
}

/**
 * For a terminal or a CI log: a summary line, then each model's changes,
 * breaking first, one line each with the rule and pointer to allow-list it.
 * Colour only when `colour` is set (the CLI passes stdout.isTTY).
 */
export function formatText(report: DriftReport, context: FormatContext, colour: boolean): string {
  const paint = painter(colour);
  const lines: string[] = [];
  const { added, removed } = report.models;
  if (report.changes.length === 0) {
    lines.push(
      `drift: no changes; ${context.comparedWith ?? "the live API"} matches the snapshot (${context.modelsCompared} model${context.modelsCompared === 1 ? "" : "s"} compared)`,
    );
    return `${lines.join("\n")}\n`;
  }
  const groups = groupByModel(report);
  lines.push(
    `drift: ${describeCounts(report.summary)} in ${groups.length} model${groups.length === 1 ? "" : "s"} (${context.modelsCompared} compared, ${added.length} added, ${removed.length} removed)`,
  );
  if (added.length > 0) lines.push(`models added: ${added.join(", ")}`);
  if (removed.length > 0) lines.push(`models removed: ${removed.join(", ")}`);
  for (const group of groups) {
    lines.push("", `${group.model}  (${describeCounts(group.counts)})`);
    const width = Math.max(...group.changes.map((change) => describeWhere(change).length));
    for (const change of group.changes) {
      const note = acceptanceNote(change);
      const label = paint(change.accepted === undefined ? change.severity : "accepted", change.severity.padEnd(12));
      const where = `[${change.rule}${change.pointer === "" ? "" : ` ${change.pointer}`}]`;
      lines.push(
        `  ${label} ${describeWhere(change).padEnd(width)}  ${change.message}  ${paint("dim", where)}${note === undefined ? "" : `  ${paint(change.accepted === undefined ? "breaking" : "accepted", `(${note})`)}`}`,
      );
    }
  }
  lines.push(
    "",
    context.failing === 0
      ? `result: ok (nothing at or above --fail-on ${context.failOn} that is not accepted)`
      : paint(
          "breaking",
          `result: FAIL: ${context.failing} change${context.failing === 1 ? "" : "s"} at or above --fail-on ${context.failOn}`,
        ),
  );
  return `${lines.join("\n")}\n`;
}
