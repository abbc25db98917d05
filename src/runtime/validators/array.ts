import type { z } from "zod";
import { runInto, validator } from "./validator.js";

/*
 * `prefixItems` with `items` for the rest. (An array with only `items` is
 * plain z.array.) A prefix does not demand a length: [] passes prefixItems.
 */
export function tuple(prefixItems: readonly z.ZodType[], items?: z.ZodType | false): z.ZodType<unknown[]> {
  // Typed as an array so array checks (uniqueItems, contains) chain on it like on z.array.
  return validator((value, issues, ctx) => {
    if (!Array.isArray(value)) {
      issues.push({ code: "invalid_type", expected: "array", input: value });
      return;
    }
    const fixed = Math.min(prefixItems.length, value.length);
    for (let i = 0; i < fixed; i++) runInto(prefixItems[i]!, value[i], issues, ctx, i);
    if (value.length <= prefixItems.length || items === undefined) return;
    if (items === false) {
      issues.push({
        code: "too_big",
        origin: "array",
        maximum: prefixItems.length,
        inclusive: true,
        input: value,
      } as never);
      return;
    }
    for (let i = prefixItems.length; i < value.length; i++) runInto(items, value[i], issues, ctx, i);
  }) as z.ZodType<unknown[]>;
}
