// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestMessageContentPartText,
} from "./ChatCompletionRequestMessageContentPartText.81b6c118968f.js";

export const ChatCompletionRequestSystemMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([
      z.string(),
      z.array(ChatCompletionRequestMessageContentPartText).check(z.minLength(1)),
    ])],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
    ["role", z.literal("system")],
  ],
  required: ["role", "content"],
});
