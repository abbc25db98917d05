// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const GeminiToolCallDelta: z.ZodType = v.object({
  properties: [
    ["function", v.object({ properties: [["arguments", z.string()], ["name", z.string()]] })],
    ["id", z.string()],
    ["index", v.int().check(z.gte(0))],
    ["type", z.literal("function")],
  ],
  required: ["index"],
});
