// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.0d6468959eed.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.1358b777a2eb.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.d6eb61db07db.js";

export { messagesEvent, messagesRequest, messagesResponse };

/** The validators by operation and root. */
export const operations = {
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
