import { readFile } from "node:fs/promises";
import { z } from "zod";
import { pointer as toPointer } from "../shared/json-pointer.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import { isKnownRule } from "./rules.js";
import type { Acceptance, Change, ReportedChange } from "./types.js";

/*
 * drift-allow.json: changes a team has looked at and accepted.
 *
 *   {
 *     "accepted": [
 *       { "model": "openai/gpt-5.2", "rule": "request-property-max-decreased",
 *         "pointer": "/properties/temperature/maximum",
 *         "reason": "APIFree capped temperature; our callers never send more than 1",
 *         "expires": "2026-03-31" }
 *     ]
 *   }
 *
 * An entry names a change by rule, model and pointer, never by message text,
 * so rewording a message cannot silently revive or hide a change. `rule` is
 * exact (and must be a known rule id). In `model`, `*` matches any run of
 * characters (`openai/*`, `*`). In `pointer`, `*` matches any run of
 * characters within one segment, and a final `/**` matches the pointer and
 * everything below it. `expires` (UTC date, inclusive) is optional: after
 * that day the entry no longer accepts the change, and the report says so.
 */

export interface AllowEntry {
  model: string;
  rule: string;
  pointer: string;
  reason: string;
  expires?: string;
}

export interface AllowList {
  file: string;
  entries: AllowEntry[];
}

function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const nonEmpty = z.string({ error: "must be a string" }).min(1, "must not be empty");

const ENTRY = z.strictObject({
  model: nonEmpty,
  rule: nonEmpty.refine(isKnownRule, { message: "is not a drift rule id (see the rule table in src/drift/rules.ts)" }),
  pointer: z.string({ error: "must be a string" }).refine((value) => value === "" || value.startsWith("/"), {
    message: 'must be a JSON pointer ("" or starting with "/")',
  }),
  reason: nonEmpty,
  expires: z
    .string({ error: "must be a string" })
    .refine(isCalendarDate, { message: "must be a date written YYYY-MM-DD" })
    .optional(),
});

const FILE = z.strictObject({
  $comment: z.string().optional(),
  accepted: z.array(ENTRY, { error: "must be an array of entries {model, rule, pointer, reason, expires?}" }),
});

/** Validate an allow-list's text; a malformed file is a ToolError listing every problem with its pointer. */
export function parseAllowList(text: string, file: string): AllowList {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ToolError(`drift: the allow-list ${file} is not valid JSON: ${(error as Error).message}`);
  }
  const parsed = FILE.safeParse(value);
  if (!parsed.success) {
    const problems: Problem[] = parsed.error.issues.map((issue) => ({
      pointer: toPointer(...issue.path.map((segment) => (typeof segment === "symbol" ? String(segment) : segment))),
      message: issue.message,
    }));
    throw new ToolError(
      `drift: the allow-list ${file} is malformed; expected {"accepted": [{"model", "rule", "pointer", "reason", "expires"?: "YYYY-MM-DD"}]}`,
      { problems },
    );
  }
  return {
    file,
    entries: parsed.data.accepted.map(({ expires, ...entry }) =>
      expires === undefined ? entry : { ...entry, expires },
    ),
  };
}

export async function readAllowList(file: string): Promise<AllowList> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ToolError(
      `drift: cannot read the allow-list ${file}: ${code === "ENOENT" ? "it does not exist" : (error as Error).message}`,
    );
  }
  return parseAllowList(text, file);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function modelMatcher(pattern: string): (model: string) => boolean {
  if (!pattern.includes("*")) return (model) => model === pattern;
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "s");
  return (model) => regex.test(model);
}

function pointerMatcher(pattern: string): (pointer: string) => boolean {
  if (!pattern.includes("*")) return (pointer) => pointer === pattern;
  const subtree = pattern.endsWith("/**");
  const head = subtree ? pattern.slice(0, -3) : pattern;
  const body = head.split("*").map(escapeRegExp).join("[^/]*");
  const regex = new RegExp(`^${body}${subtree ? "(?:/.*)?" : ""}$`, "s");
  return (pointer) => regex.test(pointer);
}

export interface AllowOutcome {
  changes: ReportedChange[];
  /** Entries that matched no change: the change went away, or the entry has a typo. */
  unused: AllowEntry[];
  /** Entries past their date (whether or not they matched). */
  expired: AllowEntry[];
}

/** `today` is a UTC date, YYYY-MM-DD; an entry expiring today still applies. */
export function applyAllowList(changes: readonly Change[], list: AllowList | undefined, today: string): AllowOutcome {
  if (list === undefined || list.entries.length === 0) return { changes: [...changes], unused: [], expired: [] };
  const compiled = list.entries.map((entry) => ({
    entry,
    model: modelMatcher(entry.model),
    pointer: pointerMatcher(entry.pointer),
    active: entry.expires === undefined || entry.expires >= today,
  }));
  const used = new Set<AllowEntry>();
  const reported = changes.map((change): ReportedChange => {
    const matching = compiled.filter(
      (item) => item.entry.rule === change.rule && item.model(change.model) && item.pointer(change.pointer),
    );
    for (const item of matching) used.add(item.entry);
    const active = matching.find((item) => item.active);
    if (active !== undefined) return { ...change, accepted: acceptance(active.entry) };
    const lapsed = matching
      .map((item) => item.entry)
      .sort((a, b) => ((a.expires ?? "") < (b.expires ?? "") ? 1 : -1))[0];
    return lapsed === undefined ? { ...change } : { ...change, acceptanceExpired: acceptance(lapsed) };
  });
  return {
    changes: reported,
    unused: list.entries.filter((entry) => !used.has(entry)),
    expired: list.entries.filter((entry) => entry.expires !== undefined && entry.expires < today),
  };
}

function acceptance(entry: AllowEntry): Acceptance {
  return entry.expires === undefined ? { reason: entry.reason } : { reason: entry.reason, expires: entry.expires };
}

/** Today's date in UTC, YYYY-MM-DD. */
export function utcDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}
