// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.f03320aeb176.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.aaf635b36e67.js";
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.0d90bbfcf26a.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.0397a3b77dc0.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.4a2e83163421.js";
import {
  x_apifree_standard_chunkSchema as chunk,
} from "../../validators/x_apifree_standard_chunk.fe07b0f1716d.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
