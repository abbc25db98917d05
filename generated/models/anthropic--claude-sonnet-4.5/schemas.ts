// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.c872fcde0cff.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.78d9c5d15f2b.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.16ef7df8f732.js";
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.67569b2eb126.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.1358b777a2eb.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.d6eb61db07db.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
