/*
 * Zod issues -> one readable line per bad field. Unknown keys are split into
 * one entry per key; a union that matched no branch reports the branch that
 * got furthest, since "Invalid input" alone does not tell the user what to fix.
 *
 * What a message quotes is capped (a schema may hold a 5 MB enum value, a body
 * a 5 MB key): each quoted value, each name in a field path, the number of
 * enum values and union forms listed, and the message itself, each with a
 * count of what was left out. `path` and `pointer` stay exact.
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
  /** `invalid_value`: the values the schema allows (enum, const). */
  readonly values?: readonly unknown[] | undefined;
  readonly errors?: ReadonlyArray<readonly ZodLikeIssue[]> | undefined;
}

function normalisePath(path: readonly PathKey[]): Array<string | number> {
  return path.map((key) => (typeof key === "number" ? key : String(key)));
}

/** Longest quoted value, path name or enum value kept in a message, in characters. */
const MAX_QUOTE = 80;
/** Most enum values, and union forms, listed in one message. */
const MAX_LISTED_VALUES = 10;
/** Longest message kept for one issue. */
const MAX_MESSAGE = 500;

function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}… (${text.length - max} more characters)`;
}

function quote(value: unknown): string {
  if (typeof value === "string" && value.length > MAX_QUOTE)
    return `${JSON.stringify(value.slice(0, MAX_QUOTE))}… (${value.length - MAX_QUOTE} more characters)`;
  let text: string | undefined;
  try {
    text = JSON.stringify(value);
  } catch {
    // bigint and the like: shown as text below.
  }
  return cut(text ?? String(value), MAX_QUOTE);
}

export function fieldName(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return "(body)";
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else if (key.length <= MAX_QUOTE && /^[A-Za-z_$][\w$]*$/.test(key)) out += out === "" ? key : `.${key}`;
    else out += `[${quote(key)}]`;
  }
  return out;
}

/** "Invalid option: expected one of ..." rebuilt when Zod's own would quote too much. */
function valuesMessage(raw: ZodLikeIssue): string {
  const values = raw.values;
  if (raw.code !== "invalid_value" || !values) return cut(raw.message, MAX_MESSAGE);
  const long = values.length > MAX_LISTED_VALUES || values.some((v) => typeof v === "string" && v.length > MAX_QUOTE);
  if (!long) return cut(raw.message, MAX_MESSAGE);
  const shown = values.slice(0, MAX_LISTED_VALUES).map(quote).join("|");
  const more = values.length > MAX_LISTED_VALUES ? ` (and ${values.length - MAX_LISTED_VALUES} more values)` : "";
  return values.length === 1 ? `Invalid input: expected ${shown}` : `Invalid option: expected one of ${shown}${more}`;
}

function listForms(messages: readonly string[]): string {
  const shown = messages.slice(0, MAX_LISTED_VALUES).map((m) => cut(m, MAX_QUOTE * 2));
  if (messages.length > MAX_LISTED_VALUES) shown.push(`and ${messages.length - MAX_LISTED_VALUES} more`);
  return shown.join("; ");
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
        out.push(issue(path, `matches none of the ${branches.length} allowed forms (${listForms(expected)})`));
      }
      continue;
    }
    out.push(issue(path, valuesMessage(raw)));
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
