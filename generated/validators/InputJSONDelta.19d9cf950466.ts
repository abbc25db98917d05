// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const InputJSONDeltaSchema: z.ZodType = v.object({
  properties: [["partial_json", z.string()], ["type", z.literal("input_json_delta")]],
  required: ["type", "partial_json"],
});
