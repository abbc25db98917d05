// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestMessageContentPartImageSchema,
} from "./ChatCompletionRequestMessageContentPartImage.5fdccceb8d0d.js";
import {
  ChatCompletionRequestMessageContentPartTextSchema,
} from "./ChatCompletionRequestMessageContentPartText.127d7652fde4.js";

export const ChatCompletionRequestUserMessageContentPartSchema: z.ZodType = v.discriminated(
  "type",
  [
    [["text"], ChatCompletionRequestMessageContentPartTextSchema],
    [["image_url"], ChatCompletionRequestMessageContentPartImageSchema],
  ],
);
