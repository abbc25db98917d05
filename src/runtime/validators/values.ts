import type { z } from "zod";
import { jsonEqual } from "./json.js";
import { validator } from "./validator.js";

/** enum / const with objects or arrays among the values: JSON deep equality (key order irrelevant). */
export function oneOfValues(values: readonly unknown[]): z.ZodType {
  return validator((value, issues) => {
    for (const candidate of values) if (jsonEqual(candidate, value)) return;
    issues.push({ code: "invalid_value", values: values as never, input: value });
  });
}
