// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  CreateMessageParams as messagesRequest,
} from "../../validators/CreateMessageParams.35f82e5e7fc1.js";
import { Message as messagesResponse } from "../../validators/Message.8ade46a129cd.js";
import {
  MessageStreamEvent as messagesEvent,
} from "../../validators/MessageStreamEvent.d576be72ec2f.js";

export { messagesEvent, messagesRequest, messagesResponse };

/** The validators by operation and root. */
export const operations = {
  "messages": { event: messagesEvent, request: messagesRequest, response: messagesResponse },
};
