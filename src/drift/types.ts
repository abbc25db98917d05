/*
 * The shape of a drift report. One `Change` is one rule firing at one place;
 * (model, operation, rule, pointer) never repeats within a report, which is
 * what lets an allow-list entry name exactly one change.
 */

export type Severity = "breaking" | "non-breaking" | "info";

/**
 * A root schema of an operation, named as the operation table names it
 * (src/openapi/families.ts: `request`, `multipart`, `remix`, `response`,
 * `task`, `remixResponse`, `event`), except that the chat operation's stream
 * event keeps the name the chat surface gives it: `chunk`.
 */
export type RootLocation =
  | "request"
  | "multipart"
  | "remix"
  | "response"
  | "task"
  | "remixResponse"
  | "chunk"
  | "event";

/**
 * Where a change sits: the catalog, an operation as a whole (added or
 * removed), one root schema of an operation, or (`--check-generated`) the
 * committed bindings.
 */
export type Location = "catalog" | "operation" | RootLocation | "generated";

export interface Change {
  model: string;
  /**
   * The operation the change is in: a family key of the operation table
   * (`chat.completions`, `messages`, `responses`, `gemini`, `videos`) or
   * `METHOD /path` for another operation the document declares. Absent for
   * catalog and generated findings, which belong to no operation.
   */
  operation?: string;
  location: Location;
  /**
   * JSON pointer into the operation's root schema named by `location`, after `$ref`s are
   * resolved and wrappers normalised away (see schema/normalize.ts), naming the
   * property and, for keyword rules, the keyword: `/properties/temperature/maximum`.
   * `""` for catalog and operation changes and for a root that appeared or
   * disappeared; the file path for `generated` findings.
   */
  pointer: string;
  rule: string;
  severity: Severity;
  /** One line, old -> new. */
  message: string;
}

/** An allow-list entry that matched a change. */
export interface Acceptance {
  reason: string;
  expires?: string;
}

/** A change as reported: accepted (does not fail) or matched by an expired entry (fails, and says so). */
export interface ReportedChange extends Change {
  accepted?: Acceptance;
  acceptanceExpired?: Acceptance;
}

interface DriftSummary {
  breaking: number;
  "non-breaking": number;
  info: number;
}

export interface DriftReport {
  summary: DriftSummary;
  models: { added: string[]; removed: string[] };
  changes: ReportedChange[];
}

export const SEVERITIES: readonly Severity[] = ["breaking", "non-breaking", "info"];
/** Report order within a model and operation: what a client sends, then what it reads. */
export const LOCATIONS: readonly Location[] = [
  "catalog",
  "operation",
  "request",
  "multipart",
  "remix",
  "response",
  "task",
  "remixResponse",
  "chunk",
  "event",
  "generated",
];
