// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputText } from "./ResponseOutputText.40449eff9d3e.js";

export const ResponseOutputContent: z.ZodType = v.discriminated("type", [
  [["output_text"], ResponseOutputText],
  [
    ["refusal"],
    v.object({
      properties: [["refusal", z.string()], ["type", z.literal("refusal")]],
      required: ["type", "refusal"],
    }),
  ],
]);
