import { MESSAGES_FRAMING, messageEvents } from "../reply/messages/events.js";
import { type MessagesFeatures, messagesFeatures } from "../reply/messages/features.js";
import { renderMessage } from "../reply/messages/message.js";
import { messagesRequest } from "../reply/messages/request.js";
import { type Protocol, serveOperation } from "./serve-operation.js";

/*
 * POST /v1/messages: Anthropic's Messages protocol. The key may also come
 * as `x-api-key`, the header Anthropic's own SDK sends.
 */

const MESSAGES: Protocol<MessagesFeatures> = {
  operation: "messages",
  keyHeader: "x-api-key",
  features: messagesFeatures,
  read: messagesRequest,
  reply: (plan, _body, features) => renderMessage(plan, features),
  events: (plan, _body, features) => messageEvents(plan, features),
  framing: MESSAGES_FRAMING,
};

export const handleMessages = serveOperation(MESSAGES);
