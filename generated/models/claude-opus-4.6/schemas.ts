// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.b9b9efd6831f.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.fbec508065ff.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.6b84b75e4204.js";

export { messagesEvent, messagesRequest, messagesResponse };

/** The validators by operation and root. */
export const operations = {
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
