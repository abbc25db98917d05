import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import type { RegExpEngine } from "ajv/dist/types/index.js";
import { convertDocument, refForPointer } from "./convert-document.js";
import { fromAjvError, type OracleError } from "./errors.js";

/*
 * The independent validator: an OpenAPI document's schemas read as JSON
 * Schema 2020-12 and checked by Ajv. It shares no code with the Zod emitter on
 * purpose, so that tests can hold one against the other.
 */

export interface OracleResult {
  valid: boolean;
  /** Empty when valid. Every failure Ajv found when `allErrors` is on (the default), else the first. */
  errors: OracleError[];
}

export interface OracleOptions {
  /** Report every failure (default true). The emulator turns it off: it names one field and stops early. */
  allErrors?: boolean;
  /**
   * How `pattern` and `patternProperties` are matched (Ajv's `code.regExp`);
   * default RegExp, the reference semantics. The emulator passes a
   * linear-time engine so that no document pattern can freeze it.
   */
  regExp?: RegExpEngine;
}

export interface Oracle {
  /** Validate `value` against the schema at `schemaPointer` (a JSON pointer into the document). */
  validate(schemaPointer: string, value: unknown): OracleResult;
  /**
   * The compiled check for one schema, for hot paths that validate many values.
   * Throws (Ajv's message, naming the pointer) when the schema cannot be compiled.
   */
  validator(schemaPointer: string): (value: unknown) => OracleResult;
}

// Any absolute URI works: it only names the document inside this Ajv instance.
const DOCUMENT_ID = "https://oracle.apifree.invalid/openapi.json";

const VALID: OracleResult = Object.freeze({ valid: true, errors: [] }) as OracleResult;

export function createOracle(document: unknown, options: OracleOptions = {}): Oracle {
  const converted = convertDocument(document);
  const ajv = new Ajv2020({
    strict: false,
    validateFormats: false,
    validateSchema: false,
    allErrors: options.allErrors ?? true,
    // JSON Schema patterns are ECMA-262 regular expressions with the `u` flag.
    unicodeRegExp: true,
    // A property named like an Object.prototype member (`toString`,
    // `constructor`) must be absent unless the value has it as its own.
    ownProperties: true,
    // JSON numbers are decimals: 0.3 is a multiple of 0.1, which plain
    // floating-point division denies; 1e-9 is far below any bound in use.
    multipleOfPrecision: 9,
    // Validators never transform values.
    useDefaults: false,
    coerceTypes: false,
    removeAdditional: false,
    logger: false,
    // Without this Ajv would load the 2020-12 meta-schemas into every instance; nothing here needs them.
    meta: false,
    // Inlining a `$ref` target first asks whether it holds references, and
    // Ajv 8's check walks every array twice (once as an array, once as an
    // object): exponential in the nesting of allOf/anyOf/oneOf, 5 s at 22
    // levels. Compiled targets are called instead, in linear time.
    inlineRefs: false,
    ...(options.regExp === undefined ? {} : { code: { regExp: options.regExp } }),
  });
  ajv.addSchema(converted.root as object, DOCUMENT_ID);
  const validators = new Map<string, (value: unknown) => OracleResult>();

  const validator = (schemaPointer: string): ((value: unknown) => OracleResult) => {
    const cached = validators.get(schemaPointer);
    if (cached !== undefined) return cached;
    const located = converted.prepare(schemaPointer);
    let compiled: ValidateFunction;
    try {
      compiled = ajv.compile({ $ref: `${DOCUMENT_ID}${refForPointer(located)}` });
    } catch (error) {
      throw new Error(
        `cannot compile the schema at ${schemaPointer === "" ? "/" : schemaPointer}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    const check = (value: unknown): OracleResult => {
      if (compiled(value)) return VALID;
      return { valid: false, errors: (compiled.errors ?? []).map(fromAjvError) };
    };
    validators.set(schemaPointer, check);
    return check;
  };

  return {
    validate: (schemaPointer, value) => validator(schemaPointer)(value),
    validator,
  };
}
