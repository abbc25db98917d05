import type { ErrorObject } from "ajv/dist/2020.js";
import { escapeSegment } from "../shared/json-pointer.js";

export interface OracleError {
  /** JSON pointer into the validated value, at the offending member ("" for the value itself). */
  path: string;
  /** What is wrong, e.g. `must be <= 2`, `is required`, `is not allowed`. */
  message: string;
  /** The JSON Schema keyword that failed (`maximum`, `required`, `additionalProperties`, `anyOf`...). */
  keyword: string;
  /** Where the failing keyword sits, as Ajv reports it (relative to the compiled entry point). */
  schemaPath: string;
}

function text(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value));
}

/** Ajv's error as an OracleError whose path points at the member concerned. */
export function fromAjvError(error: ErrorObject): OracleError {
  const params = error.params as Record<string, unknown>;
  const base = { keyword: error.keyword, schemaPath: error.schemaPath };
  switch (error.keyword) {
    case "required":
      return {
        ...base,
        path: `${error.instancePath}/${escapeSegment(String(params.missingProperty))}`,
        message: "is required",
      };
    case "additionalProperties":
    case "unevaluatedProperties": {
      const name = String(params.additionalProperty ?? params.unevaluatedProperty);
      return {
        ...base,
        path: `${error.instancePath}/${escapeSegment(name)}`,
        message: "is not allowed (no such field in the schema)",
      };
    }
    case "enum":
      return {
        ...base,
        path: error.instancePath,
        message: `must be one of ${(params.allowedValues as unknown[]).map(text).join(", ")}`,
      };
    case "const":
      return { ...base, path: error.instancePath, message: `must be ${text(params.allowedValue)}` };
    case "type":
      return {
        ...base,
        path: error.instancePath,
        message: `must be of type ${Array.isArray(params.type) ? params.type.join(" or ") : String(params.type)}`,
      };
    default:
      return { ...base, path: error.instancePath, message: error.message ?? `fails ${error.keyword}` };
  }
}

function depth(path: string): number {
  return path === "" ? 0 : path.split("/").length - 1;
}

const COMBINATOR_KEYWORDS = new Set(["anyOf", "oneOf", "allOf", "not", "if", "then", "else", "$ref"]);
/** In a failed oneOf/anyOf these usually only say "this was the wrong branch" (a role or type tag). */
const TAG_KEYWORDS = new Set(["enum", "const"]);

/**
 * The one error worth showing a person: the deepest one, preferring a concrete
 * constraint over "must match a schema in anyOf" and over the `null` branch a
 * nullable wrapper adds, and among those a failure other than a tag mismatch
 * (so a user message with a bad `content` is not reported as "role must be
 * system"). Errors keep Ajv's order, so ties go to the first.
 */
export function primaryError(errors: readonly OracleError[]): OracleError | undefined {
  let best: OracleError | undefined;
  let bestScore = -Infinity;
  for (const error of errors) {
    const concrete = !COMBINATOR_KEYWORDS.has(error.keyword) && error.message !== "must be of type null";
    const score = depth(error.path) * 4 + (concrete ? 2 : 0) + (TAG_KEYWORDS.has(error.keyword) ? 0 : 1);
    if (score > bestScore) {
      best = error;
      bestScore = score;
    }
  }
  return best;
}

/** `/messages/0/role: must be one of "user", "system"` */
export function describeError(error: OracleError): string {
  return `${error.path === "" ? "the value" : error.path}: ${error.message}`;
}
