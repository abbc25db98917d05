// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ChatCompletionRequestMessageContentPartText: z.ZodType = v.object({
  properties: [["text", z.string()], ["type", z.literal("text")]],
  required: ["type", "text"],
});
