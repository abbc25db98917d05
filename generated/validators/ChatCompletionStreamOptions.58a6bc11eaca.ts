// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ChatCompletionStreamOptionsSchema: z.ZodType = v.object({
  properties: [["include_obfuscation", z.boolean()], ["include_usage", z.boolean()]],
});
