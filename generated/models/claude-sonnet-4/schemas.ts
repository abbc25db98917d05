// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateMessageParamsSchema as messagesRequest,
} from "../../validators/CreateMessageParams.3079b9535b82.js";
import { MessageSchema as messagesResponse } from "../../validators/Message.f8ed732b98fe.js";
import {
  MessageStreamEventSchema as messagesEvent,
} from "../../validators/MessageStreamEvent.26522366abee.js";

export { messagesEvent, messagesRequest, messagesResponse };

/** The validators by operation and root. */
export const operations = {
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
