// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletion as response,
} from "../../validators/KimiChatCompletion.fba9a37d9321.js";
import {
  KimiChatCompletionChunk as chunk,
} from "../../validators/KimiChatCompletionChunk.5ae25f6bc12d.js";
import {
  KimiChatCompletionRequest as request,
} from "../../validators/KimiChatCompletionRequest.b9f292a0fba2.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
