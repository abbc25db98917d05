// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  KimiChatCompletion as response,
} from "../../validators/KimiChatCompletion.c2b9bb43b917.js";
import {
  KimiChatCompletionChunk as chunk,
} from "../../validators/KimiChatCompletionChunk.1926284e40e2.js";
import {
  KimiChatCompletionRequest as request,
} from "../../validators/KimiChatCompletionRequest.ea8cc19b20a4.js";

export { chunk, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
};
