// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  ChatCompletionRequestMessageContentPartAudio,
} from "./ChatCompletionRequestMessageContentPartAudio.b110bee42dd8.js";
import {
  ChatCompletionRequestMessageContentPartImage,
} from "./ChatCompletionRequestMessageContentPartImage.d9582a245ccf.js";
import {
  ChatCompletionRequestMessageContentPartText,
} from "./ChatCompletionRequestMessageContentPartText.81b6c118968f.js";

export const ChatCompletionRequestUserMessageContentPart: z.ZodType = v.discriminated("type", [
  [["text"], ChatCompletionRequestMessageContentPartText],
  [["image_url"], ChatCompletionRequestMessageContentPartImage],
  [["input_audio"], ChatCompletionRequestMessageContentPartAudio],
]);
