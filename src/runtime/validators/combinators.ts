import type { z } from "zod";
import { hasProperty, isJsonObject } from "./json.js";
import { accepts, customIssue, runInto, validator } from "./validator.js";

/** allOf: every schema accepts the value (unlike z.intersection, nothing is merged). */
export function allOf(schemas: readonly z.ZodType[]): z.ZodType {
  return validator((value, issues, ctx) => {
    for (const schema of schemas) runInto(schema, value, issues, ctx);
  });
}

export function not(schema: z.ZodType): z.ZodType {
  return validator((value, issues, ctx) => {
    if (accepts(schema, value, ctx)) customIssue(issues, value, "Value must not match the schema in `not`");
  });
}

/** if / then / else: `then` applies when `if` accepts the value, `else` when it does not. */
export function conditional(
  condition: z.ZodType,
  then: z.ZodType | undefined,
  otherwise: z.ZodType | undefined,
): z.ZodType {
  return validator((value, issues, ctx) => {
    const branch = accepts(condition, value, ctx) ? then : otherwise;
    if (branch !== undefined) runInto(branch, value, issues, ctx);
  });
}

export type Discriminant = string | number | boolean | null;

/**
 * oneOf whose branches were proven disjoint by the generator: each accepts
 * only objects that have `property` with a value from its own list, and the
 * lists do not overlap. At most one branch can match, so the value's
 * discriminant picks the only candidate and "exactly one" holds by construction.
 */
export function discriminated(
  property: string,
  options: ReadonlyArray<readonly [readonly Discriminant[], z.ZodType]>,
): z.ZodType {
  const byValue = new Map<Discriminant, z.ZodType>();
  for (const [values, schema] of options) for (const value of values) byValue.set(value, schema);
  const allowed = [...byValue.keys()];
  return validator((value, issues, ctx) => {
    if (!isJsonObject(value)) {
      issues.push({ code: "invalid_type", expected: "object", input: value });
      return;
    }
    const tag = hasProperty(value, property) ? value[property] : undefined;
    const schema = byValue.get(tag as Discriminant);
    if (schema === undefined || tag === undefined) {
      issues.push({
        code: "invalid_union",
        errors: [],
        note: "No matching discriminator",
        discriminator: property,
        input: tag,
        path: [property],
        inclusive: false,
        options: allowed,
      } as never);
      return;
    }
    runInto(schema, value, issues, ctx);
  });
}
