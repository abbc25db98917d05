/*
 * Zod issues -> one readable line per bad field. Unknown keys are split into
 * one entry per key; a union that matched no branch reports the branch that
 * got furthest, since "Invalid input" alone does not tell the user what to fix.
 */
import { pointer } from "../../shared/json-pointer.js";
import type { FieldIssue } from "./errors.js";

type PathKey = PropertyKey;

/** The subset of a Zod issue this module reads (zod 4, classic or mini). */
export interface ZodLikeIssue {
  readonly code?: string | undefined;
  readonly path: readonly PathKey[];
  readonly message: string;
  readonly keys?: readonly string[] | undefined;
  readonly errors?: ReadonlyArray<readonly ZodLikeIssue[]> | undefined;
}

function normalisePath(path: readonly PathKey[]): Array<string | number> {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

export function fieldName(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "(body)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

function issue(path: Array<string | number>, message: string): FieldIssue {
  return { path, pointer: pointer(...path), field: fieldName(path), message };
}

function depth(issues: readonly ZodLikeIssue[]): number {
  let max = 0;
  for (const i of issues) max = Math.max(max, i.path.length);
  return max;
}

function flatten(issues: readonly ZodLikeIssue[], prefix: Array<string | number>, out: FieldIssue[]): void {
  for (const raw of issues) {
    const path = [...prefix, ...normalisePath(raw.path)];
    if (raw.code === "unrecognized_keys" && raw.keys && raw.keys.length > 0) {
      for (const key of raw.keys)
        out.push(issue([...path, key], "unknown field: the model's schema does not accept it"));
      continue;
    }
    if (raw.code === "invalid_union" && raw.errors && raw.errors.length > 0) {
      const branches = raw.errors;
      // Zod reports branch issues relative to the union's own position.
      let best = branches[0] ?? [];
      for (const branch of branches) {
        if (depth(branch) > depth(best) || (depth(branch) === depth(best) && branch.length < best.length))
          best = branch;
      }
      if (depth(best) > 0) {
        flatten(best, path, out);
      } else {
        const expected = [...new Set(branches.flatMap((b) => b.map((i) => i.message)))];
        out.push(issue(path, `matches none of the ${branches.length} allowed forms (${expected.join("; ")})`));
      }
      continue;
    }
    out.push(issue(path, raw.message));
  }
}

export function fieldIssues(issues: readonly ZodLikeIssue[]): FieldIssue[] {
  const out: FieldIssue[] = [];
  flatten(issues, [], out);
  return out;
}

const MAX_LISTED = 20;

/** "  - temperature: Too big: expected number to be <=2" lines, capped. */
export function listIssues(issues: readonly FieldIssue[]): string {
  const lines = issues.slice(0, MAX_LISTED).map((i) => `  - ${i.field}: ${i.message}`);
  if (issues.length > MAX_LISTED) lines.push(`  - ... and ${issues.length - MAX_LISTED} more`);
  return lines.join("\n");
}
