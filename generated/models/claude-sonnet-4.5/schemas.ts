// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { ChatCompletion as response } from "../../validators/ChatCompletion.59a32646db6d.js";
import { ChatCompletionChunk as chunk } from "../../validators/ChatCompletionChunk.c2e6dac7ce68.js";
import {
  ChatCompletionRequest as request,
} from "../../validators/ChatCompletionRequest.825768bbbb14.js";
import {
  CreateMessageParams as messagesRequest,
} from "../../validators/CreateMessageParams.5b3c50680ddd.js";
import { Message as messagesResponse } from "../../validators/Message.8ade46a129cd.js";
import {
  MessageStreamEvent as messagesEvent,
} from "../../validators/MessageStreamEvent.d576be72ec2f.js";

export { chunk, messagesEvent, messagesRequest, messagesResponse, request, response };

/** The validators by operation and root. */
export const operations = {
  "chat.completions": { event: chunk, request: request, response: response },
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
