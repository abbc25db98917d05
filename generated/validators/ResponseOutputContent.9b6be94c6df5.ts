// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputTextSchema } from "./ResponseOutputText.dcc9b2c3ca73.js";

export const ResponseOutputContentSchema: z.ZodType = v.discriminated("type", [
  [["output_text"], ResponseOutputTextSchema],
  [
    ["refusal"],
    v.object({
      properties: [["refusal", z.string()], ["type", z.literal("refusal")]],
      required: ["type", "refusal"],
    }),
  ],
]);
