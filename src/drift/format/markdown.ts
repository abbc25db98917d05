import type { DriftReport, ReportedChange, Severity } from "../types.js";
import { describeCounts, describeWhere, type FormatContext, groupByModel } from "./group.js";

const ICONS: Record<Severity, string> = { breaking: "🔴", "non-breaking": "🟡", info: "⚪" };

/** Models listed in the summary table; the sections below still cover every model that fits. */
const SUMMARY_ROWS = 100;

/** GitHub rejects comments over 65,536 characters; stay well under. */
const DEFAULT_MARKDOWN_LIMIT = 60_000;

function cell(text: string): string {
  return text
    .replace(/\\/g, "\\\\")
    .replace(/\|/g, "\\|")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\r?\n/g, " ");
}

/** A code span that survives any backticks inside it. */
function code(text: string): string {
  if (text === "") return '`""`';
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = "`".repeat(longest + 1);
  const padded = text.startsWith("`") || text.endsWith("`") ? ` ${text} ` : text;
  return `${fence}${cell(padded)}${fence}`;
}

function status(change: ReportedChange): string {
  if (change.accepted !== undefined) {
    return `accepted${change.accepted.expires === undefined ? "" : ` until ${change.accepted.expires}`}: ${cell(change.accepted.reason)}`;
  }
  if (change.acceptanceExpired !== undefined)
    return `**acceptance expired ${change.acceptanceExpired.expires ?? ""}**: ${cell(change.acceptanceExpired.reason)}`;
  return "";
}

function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, SUMMARY_ROWS).map(code).join(", ");
  return ids.length > SUMMARY_ROWS ? `${shown} and ${ids.length - SUMMARY_ROWS} more` : shown;
}

function changeTable(changes: readonly ReportedChange[]): string[] {
  return [
    "| severity | where | change | rule | pointer | status |",
    "|---|---|---|---|---|---|",
    ...changes.map(
      (change) =>
        `| ${ICONS[change.severity]} ${change.severity} | ${cell(describeWhere(change))} | ${cell(change.message)} | ${code(change.rule)} | ${code(change.pointer)} | ${status(change)} |`,
    ),
  ];
}

/**
 * For a pull-request or issue comment: a summary table (totals, then one row
 * per model), then a section per model with its changes, breaking first and
 * info folded into a <details> block.
 * Sections that would take the comment past `limit` characters are cut, and
 * the comment says how many changes were left out.
 */
export function formatMarkdown(report: DriftReport, context: FormatContext, limit = DEFAULT_MARKDOWN_LIMIT): string {
  const head: string[] = ["## APIFree drift report", ""];
  if (report.changes.length === 0) {
    head.push(
      `No changes: ${context.comparedWith ?? "the live API"} matches the committed snapshot (${context.modelsCompared} models compared).`,
    );
    return `${head.join("\n")}\n`;
  }
  const groups = groupByModel(report);
  const verdict =
    context.failing === 0
      ? `✅ Nothing at or above \`--fail-on ${context.failOn}\` that is not accepted.`
      : `❌ **${context.failing} change${context.failing === 1 ? "" : "s"} at or above \`--fail-on ${context.failOn}\`.**`;
  head.push(verdict, "");
  head.push("| | 🔴 breaking | 🟡 non-breaking | ⚪ info |", "|---|---:|---:|---:|");
  head.push(
    `| **all models** | ${report.summary.breaking} | ${report.summary["non-breaking"]} | ${report.summary.info} |`,
  );
  for (const group of groups.slice(0, SUMMARY_ROWS))
    head.push(
      `| ${code(group.model)} | ${group.counts.breaking} | ${group.counts["non-breaking"]} | ${group.counts.info} |`,
    );
  if (groups.length > SUMMARY_ROWS) head.push(`| …and ${groups.length - SUMMARY_ROWS} more models | | | |`);
  head.push("");
  const { added, removed } = report.models;
  if (added.length > 0) head.push(`**Models added:** ${listIds(added)}`, "");
  if (removed.length > 0) head.push(`**Models removed:** ${listIds(removed)}`, "");
  head.push(`${context.modelsCompared} model${context.modelsCompared === 1 ? "" : "s"} compared.`, "");

  let text = head.join("\n");
  let omitted = 0;
  for (const group of groups) {
    const section = [`### ${code(group.model)}: ${describeCounts(group.counts)}`];
    const main = group.changes.filter((change) => change.severity !== "info");
    const info = group.changes.filter((change) => change.severity === "info");
    if (main.length > 0) section.push("", ...changeTable(main));
    if (info.length > 0) {
      // Annotations rarely need a reviewer: folded away, one click to open.
      section.push(
        "",
        `<details><summary>${info.length} info change${info.length === 1 ? "" : "s"}</summary>`,
        "",
        ...changeTable(info),
        "",
        "</details>",
      );
    }
    const block = `\n${section.join("\n")}\n`;
    if (omitted > 0 || text.length + block.length > limit - 400) omitted += group.changes.length;
    else text += block;
  }
  if (omitted > 0) {
    text += `\n_${omitted} more change${omitted === 1 ? "" : "s"} left out to fit a comment; run \`npm run drift\` or see the job log for the full report._\n`;
  }
  return text.endsWith("\n") ? text : `${text}\n`;
}
