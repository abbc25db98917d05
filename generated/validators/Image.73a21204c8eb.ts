// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ImageSchema: z.ZodType = v.object({
  properties: [
    ["b64_json", z.string()],
    ["revised_prompt", z.string().nullable()],
    ["url", z.string()],
  ],
});
