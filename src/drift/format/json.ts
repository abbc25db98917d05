import type { DriftReport } from "../types.js";

/** `{"summary":…,"models":…,"changes":[…]}`, two-space indented, final newline. */
export function formatJson(report: DriftReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
