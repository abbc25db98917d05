// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import {
  ChatCompletionNamedToolChoiceSchema,
} from "./ChatCompletionNamedToolChoice.3be9825e3854.js";

export const ChatCompletionToolChoiceOptionSchema: z.ZodType = z.union([
  z.literal(["none", "auto", "required"]),
  ChatCompletionNamedToolChoiceSchema,
]);
