import { isRecord } from "../../shared/is-record.js";
import type { ReplyFeatures } from "../model-contract.js";
import { CHAT_FRAMING, renderChunks } from "../reply/chat/chunks.js";
import { renderCompletion } from "../reply/chat/completion.js";
import { chatRequest } from "../reply/chat/request.js";
import { type Protocol, serveOperation } from "./serve-operation.js";

/*
 * POST /v1/chat/completions: OpenAI's chat completion, its chunks as `data:`
 * events ended by `data: [DONE]`, a usage chunk when
 * `stream_options.include_usage` is set.
 */

const CHAT: Protocol<ReplyFeatures> = {
  operation: "chat.completions",
  features: (contract) => contract.features,
  read: chatRequest,
  reply: (plan, _body, features) => renderCompletion(plan, features),
  events(plan, body, features) {
    const includeUsage = isRecord(body.stream_options) && body.stream_options.include_usage === true;
    return renderChunks(plan, features, includeUsage);
  },
  framing: CHAT_FRAMING,
};

export const handleChatCompletions = serveOperation(CHAT);
