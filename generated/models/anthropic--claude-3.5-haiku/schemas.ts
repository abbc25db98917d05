// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.d2eda5e32313.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.e27526472e5f.js";
import {
  CreateMessageParams as messagesRequest,
} from "../../validators/CreateMessageParams.52bc2f7e23d8.js";
import { Message as messagesResponse } from "../../validators/Message.93e7cd8519e7.js";
import {
  MessageStreamEvent as messagesEvent,
} from "../../validators/MessageStreamEvent.d0c5b477e6e7.js";
import {
  x_apifree_standard_chunk as chunk,
} from "../../validators/x_apifree_standard_chunk.8bcfd529a849.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
