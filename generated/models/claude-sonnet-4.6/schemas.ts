// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.9b15a2ed060d.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.a2dc46c1406c.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.41a68f51e871.js";
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.c09a55218f64.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.f8ed732b98fe.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.26522366abee.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
