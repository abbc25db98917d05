/*
 * The shape of a drift report. One `Change` is one rule firing at one place;
 * (model, rule, pointer) never repeats within a report, which is what lets an
 * allow-list entry name exactly one change.
 */

export type Severity = "breaking" | "non-breaking" | "info";

/** Where a change sits. `generated` is for `--check-generated` findings about the committed bindings. */
export type Location = "catalog" | "request" | "response" | "chunk" | "generated";

/** The three schema locations of a model's chat contract. */
export type SchemaLocation = "request" | "response" | "chunk";

export interface Change {
  model: string;
  location: Location;
  /**
   * JSON pointer into the model's schema for that location, after `$ref`s are
   * resolved and wrappers normalised away (see schema/normalize.ts), naming the
   * property and, for keyword rules, the keyword: `/properties/temperature/maximum`.
   * `""` for catalog changes; the file path for `generated` findings.
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
export const LOCATIONS: readonly Location[] = ["catalog", "request", "response", "chunk", "generated"];
