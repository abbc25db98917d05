// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.798260e188e8.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.1358b777a2eb.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.d6eb61db07db.js";

export { messagesEvent, messagesRequest, messagesResponse };

/** The validators by operation and root. */
export const operations = {
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
