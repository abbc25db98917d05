import type { LocatedOperation } from "../../../openapi/operations.js";
import type { ModelContract } from "../../model-contract.js";
import { schemaView } from "../../schema-probe.js";

/*
 * What a Messages reply may carry beyond Anthropic's required members,
 * read once from the model's schemas: each optional member the real API
 * sends is sent unless the schema rules it out (a closed object without it).
 */

export interface MessagesFeatures {
  /** Thinking blocks carry a `signature`. */
  signature: boolean;
  /** `usage.cost`, APIFree's price of the request. */
  cost: boolean;
  /** The stream's `ping` event. */
  ping: boolean;
  /** A `signature_delta` ends a streamed thinking block. */
  signatureDelta: boolean;
  /** `message_delta.usage` repeats `input_tokens`. */
  deltaInputTokens: boolean;
  /** `message_delta.usage.cost`. */
  deltaCost: boolean;
}

export function messagesFeatures(contract: ModelContract, operation: LocatedOperation): MessagesFeatures {
  const response = schemaView(contract.document, operation.roots.response?.pointer);
  const event = schemaView(contract.document, operation.roots.event?.pointer);
  return {
    signature: response.allows("content", "*", "signature"),
    cost: response.allows("usage", "cost"),
    ping: event.allowsEvent("ping"),
    signatureDelta: event.allows("delta", "signature"),
    deltaInputTokens: event.allows("usage", "input_tokens"),
    deltaCost: event.allows("usage", "cost"),
  };
}
