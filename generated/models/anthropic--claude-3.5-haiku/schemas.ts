// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.f03320aeb176.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.3a48c07270ab.js";
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.e700c5c4c477.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.1f7d58c68923.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.12c810693f40.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
