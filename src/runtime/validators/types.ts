import type { z } from "zod";
import { type JsonType, jsonTypeOf } from "./json.js";
import { runInto, validator } from "./validator.js";

/** Per JSON type: the schema a value of that type must also pass, or `true` for any value of it. */
export type TypeBranches = Partial<Record<JsonType, z.ZodType | true>>;

function dispatch(branches: TypeBranches, othersPass: boolean): z.ZodType {
  const table = new Map<JsonType, z.ZodType | true>(Object.entries(branches) as Array<[JsonType, z.ZodType | true]>);
  const expected = [...table.keys()].join(" | ");
  return validator((value, issues, ctx) => {
    const type = jsonTypeOf(value);
    const branch = type === undefined ? undefined : table.get(type);
    if (branch === undefined) {
      if (!othersPass || type === undefined)
        issues.push({ code: "invalid_type", expected: expected as "string", input: value });
      return;
    }
    if (branch !== true) runInto(branch, value, issues, ctx);
  });
}

/** A value of one of the listed JSON types (JSON Schema `type` with several entries), checked by that type's schema. */
export function types(branches: TypeBranches): z.ZodType {
  return dispatch(branches, false);
}

/** Keywords without `type`: a value of a listed type must pass that type's schema; values of other JSON types pass. */
export function whenType(branches: TypeBranches): z.ZodType {
  return dispatch(branches, true);
}
