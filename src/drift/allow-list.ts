import { readFile } from "node:fs/promises";
import { z } from "zod";
import { pointer as toPointer } from "../shared/json-pointer.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import { isKnownRule, ruleLocation } from "./rules.js";
import type { Acceptance, Change, ReportedChange } from "./types.js";

/*
 * drift-allow.json: changes a team has looked at and accepted.
 *
 *   {
 *     "accepted": [
 *       { "model": "openai/gpt-5.2", "rule": "request-property-max-decreased",
 *         "pointer": "/properties/temperature/maximum",
 *         "reason": "APIFree capped temperature; our callers never send more than 1",
 *         "expires": "2026-03-31" },
 *       { "model": "claude-*", "operation": "messages", "rule": "request-property-max-decreased",
 *         "pointer": "/properties/temperature/maximum", "reason": "..." }
 *     ]
 *   }
 *
 * An entry names a change by rule, model, operation and pointer, never by
 * message text, so rewording a message cannot silently revive or hide a
 * change. `rule` is exact (and must be a known rule id). In `model`, `*`
 * matches any run of characters (`openai/*`, `*`). `operation` names the
 * operation the change is in, with the same `*` (`messages`, `videos`,
 * `POST /v1/images/*`, `*`); left out, it means `chat.completions`, the only
 * operation drift compared before it knew the others, so an entry written
 * then keeps meaning exactly what it meant and never accepts the same rule
 * at the same pointer in another operation. Catalog rules (`model-*`) belong
 * to no operation and take none. In `pointer`, `*` matches any run of
 * characters within one segment, and a final `/**` matches the pointer and
 * everything below it. `expires` (UTC date, inclusive) is optional: after
 * that day the entry no longer accepts the change, and the report says so.
 */

/** The operation an entry without `operation` names. */
const DEFAULT_ALLOW_OPERATION = "chat.completions";

export interface AllowEntry {
  model: string;
  operation?: string;
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

/** Whether changes of this rule belong to an operation (all but the catalog's and the generated tree's). */
function isOperationRule(rule: string): boolean {
  const location = ruleLocation(rule);
  return location !== undefined && location !== "catalog" && location !== "generated";
}

const ENTRY = z
  .strictObject({
    model: nonEmpty,
    operation: nonEmpty.optional(),
    rule: nonEmpty.refine(isKnownRule, {
      message: "is not a drift rule id (see the rule table in src/drift/rules.ts)",
    }),
    pointer: z.string({ error: "must be a string" }).refine((value) => value === "" || value.startsWith("/"), {
      message: 'must be a JSON pointer ("" or starting with "/")',
    }),
    reason: nonEmpty,
    expires: z
      .string({ error: "must be a string" })
      .refine(isCalendarDate, { message: "must be a date written YYYY-MM-DD" })
      .optional(),
  })
  .refine((entry) => entry.operation === undefined || !isKnownRule(entry.rule) || isOperationRule(entry.rule), {
    message: "a catalog or generated-tree rule belongs to no operation: leave operation out",
    path: ["operation"],
  });

const FILE = z.strictObject({
  $comment: z.string().optional(),
  accepted: z.array(ENTRY, {
    error: "must be an array of entries {model, operation?, rule, pointer, reason, expires?}",
  }),
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
      `drift: the allow-list ${file} is malformed; expected {"accepted": [{"model", "operation"?, "rule", "pointer", "reason", "expires"?: "YYYY-MM-DD"}]}`,
      { problems },
    );
  }
  return {
    file,
    entries: parsed.data.accepted.map(({ operation, expires, ...entry }) => ({
      ...entry,
      ...(operation === undefined ? {} : { operation }),
      ...(expires === undefined ? {} : { expires }),
    })),
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

/** `*` matches any run of characters: model ids and operation keys. */
function globMatcher(pattern: string): (text: string) => boolean {
  if (!pattern.includes("*")) return (text) => text === pattern;
  const regex = new RegExp(`^${pattern.split("*").map(escapeRegExp).join(".*")}$`, "s");
  return (text) => regex.test(text);
}

/**
 * A change outside any operation (catalog, generated) is matched by an entry
 * without `operation`; a change in an operation by the entry's pattern, or
 * `chat.completions` when it has none.
 */
function operationMatcher(pattern: string | undefined): (operation: string | undefined) => boolean {
  const matches = globMatcher(pattern ?? DEFAULT_ALLOW_OPERATION);
  return (operation) => (operation === undefined ? pattern === undefined : matches(operation));
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
    model: globMatcher(entry.model),
    operation: operationMatcher(entry.operation),
    pointer: pointerMatcher(entry.pointer),
    active: entry.expires === undefined || entry.expires >= today,
  }));
  const used = new Set<AllowEntry>();
  const reported = changes.map((change): ReportedChange => {
    const matching = compiled.filter(
      (item) =>
        item.entry.rule === change.rule &&
        item.model(change.model) &&
        item.operation(change.operation) &&
        item.pointer(change.pointer),
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
