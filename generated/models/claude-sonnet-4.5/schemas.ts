// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletionSchema as response } from "../../validators/ChatCompletion.c872fcde0cff.js";
import {
  ChatCompletionChunkSchema as chunk,
} from "../../validators/ChatCompletionChunk.78d9c5d15f2b.js";
import {
  ChatCompletionRequestSchema as request,
} from "../../validators/ChatCompletionRequest.c796458fdbee.js";
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.9a11b4750163.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.fbec508065ff.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.6b84b75e4204.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
