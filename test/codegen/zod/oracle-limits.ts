import type { OracleResult } from "../../../src/oracle/index.js";
import { forEachApplication } from "../../support/schema-values/applicable.js";
import { isRecord } from "../../support/schema-values/view.js";

/*
 * The oracle's verdict, or why it cannot give one. Ajv has limitations that
 * are named here rather than hidden, each judged at the schema object where
 * it bites (so only values that meet one are left out, never a whole
 * document):
 * - its multipleOf divides in floating point, so every quotient beyond 2^53
 *   looks integral (and parseInt(4e21) is 4): a number of 2^50 or more under
 *   a multipleOf (with divisors down to 1/8 the quotient passes 2^53 there);
 * - its unevaluatedProperties bookkeeping is a plain object, so a property
 *   named like an Object.prototype member ("constructor") counts as
 *   evaluated: such a property under an unevaluatedProperties;
 * - without allErrors (which Ajv drops inside not/oneOf/anyOf/if) its
 *   required check never reports a missing "" property
 *   (`(data[""] === undefined) && (missing = "")` is falsy): an object
 *   without "" under a `required` that lists it;
 * - its deep equality (fast-deep-equal, used for enum, const and
 *   uniqueItems) throws on objects with an own "toString" or "valueOf" that
 *   is not a function: known by the throw itself.
 */

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

/** Why the oracle cannot judge a value, and the schema object where that is (when one is to blame). */
export interface Skipped {
  skipped: string;
  pointer?: string;
}

/** The first limitation the value meets under the schema at `pointer`, with the schema object. */
function limitationMet(document: unknown, pointer: string, value: unknown): Skipped | undefined {
  let found: Skipped | undefined;
  forEachApplication(document, pointer, value, (application) => {
    if (found !== undefined) return;
    const { schema, value: here, name } = application;
    let reason: string | undefined;
    if (typeof here === "number" && Math.abs(here) >= 2 ** 50 && typeof schema.multipleOf === "number")
      reason = "Ajv multipleOf on a number beyond 2^50";
    else if (name || !isRecord(here)) return;
    else if ("unevaluatedProperties" in schema && Object.keys(here).some((key) => PROTOTYPE_NAMES.has(key)))
      reason = "Ajv unevaluatedProperties on a key named like an Object.prototype member";
    else if (Array.isArray(schema.required) && schema.required.includes("") && !Object.hasOwn(here, ""))
      reason = 'Ajv required [""] outside allErrors mode';
    if (reason !== undefined) found = { skipped: reason, pointer: application.pointer };
  });
  return found;
}

/** Whether some object inside `value` has an own member named like one fast-deep-equal calls. */
function hasOwnMethodName(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasOwnMethodName);
  if (value === null || typeof value !== "object") return false;
  return (
    ["toString", "valueOf"].some((key) => Object.hasOwn(value, key)) || Object.values(value).some(hasOwnMethodName)
  );
}

function hasHugeNumber(value: unknown): boolean {
  if (typeof value === "number") return Math.abs(value) >= 2 ** 50;
  if (Array.isArray(value)) return value.some(hasHugeNumber);
  return isRecord(value) && Object.values(value).some(hasHugeNumber);
}

function hasPrototypeNamedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPrototypeNamedKey);
  if (!isRecord(value)) return false;
  return Object.keys(value).some((key) => PROTOTYPE_NAMES.has(key)) || Object.values(value).some(hasPrototypeNamedKey);
}

export type OracleVerdict = { result: OracleResult } | Skipped;

/**
 * The oracle's result for a value against the schema at a pointer of
 * `document`, or the limitation that keeps it from judging. The walk that
 * finds the schema object runs only for values that could meet one.
 */
export function oracleJudge(
  document: unknown,
): (pointer: string, check: (value: unknown) => OracleResult, value: unknown) => OracleVerdict {
  const text = JSON.stringify(document);
  const multipleOf = text.includes('"multipleOf"');
  const unevaluated = text.includes('"unevaluatedProperties"');
  const emptyRequired = /"required":\[[^\]]*""/.test(text);
  return (pointer, check, value) => {
    const suspect =
      emptyRequired || (multipleOf && hasHugeNumber(value)) || (unevaluated && hasPrototypeNamedKey(value));
    const limitation = suspect ? limitationMet(document, pointer, value) : undefined;
    if (limitation !== undefined) return limitation;
    try {
      return { result: check(value) };
    } catch (error) {
      if (hasOwnMethodName(value)) return { skipped: "Ajv deep equality on an own toString/valueOf" };
      throw error;
    }
  };
}

/** The values left out of a test, by reason and schema object: what a report says about them. */
export class SkippedValues {
  private readonly byReason = new Map<string, { count: number; pointers: Set<string> }>();
  count = 0;

  add(skipped: Skipped): void {
    const entry = this.byReason.get(skipped.skipped) ?? { count: 0, pointers: new Set<string>() };
    entry.count++;
    if (skipped.pointer !== undefined) entry.pointers.add(skipped.pointer);
    this.byReason.set(skipped.skipped, entry);
    this.count++;
  }

  /** "3 Ajv multipleOf on a number beyond 2^50 (under /a, /b)", one per reason, or "" when none. */
  describe(): string {
    return [...this.byReason]
      .map(([reason, { count, pointers }]) => {
        const list = [...pointers].sort();
        const shown = list.slice(0, 3).join(", ") + (list.length > 3 ? ` and ${list.length - 3} more` : "");
        return `${count} ${reason}${shown === "" ? "" : ` (under ${shown})`}`;
      })
      .join("; ");
  }
}
