import { readFile } from "node:fs/promises";
import type { DriftReport } from "../drift/types.js";
import { isRecord } from "../shared/is-record.js";
import { ToolError } from "../shared/tool-error.js";

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    throw new ToolError(`pr: cannot read ${what} ${file}: ${(error as Error).message}`);
  }
}

/** `drift --format json` output, checked as far as the decision reads it. */
export async function readDriftReport(file: string): Promise<DriftReport> {
  const text = await readText(file, "the drift report");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ToolError(
      `pr: the drift report ${file} is not JSON (${(error as Error).message}); write it with \`apifree-codegen drift --format json\``,
    );
  }
  const changes = isRecord(value) ? value.changes : undefined;
  const wellFormed =
    Array.isArray(changes) &&
    changes.every(
      (change) =>
        isRecord(change) &&
        typeof change.model === "string" &&
        typeof change.rule === "string" &&
        ["breaking", "non-breaking", "info"].includes(change.severity as string),
    );
  if (!wellFormed)
    throw new ToolError(
      `pr: the drift report ${file} has no "changes" list of {model, rule, severity}; write it with \`apifree-codegen drift --format json\``,
    );
  return value as DriftReport;
}

export function readMarkdown(file: string): Promise<string> {
  return readText(file, "the markdown report");
}
