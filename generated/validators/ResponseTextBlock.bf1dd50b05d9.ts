// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ResponseTextBlockSchema: z.ZodType = v.object({
  properties: [
    ["citations", z.array(v.object()).nullable()],
    ["text", z.string()],
    ["type", z.literal("text")],
  ],
  required: ["type", "text"],
});
