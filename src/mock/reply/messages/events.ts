import { MID_STREAM_FAILURE, namedEvent, type StreamFraming } from "../../sse-writer.js";
import type { ReplyPlan } from "../plan.js";
import type { TextPlan } from "../text.js";
import type { MessagesFeatures } from "./features.js";
import { messageId, STOP_REASONS, thinkingSignature, toolUseId } from "./message.js";

/*
 * The stream form of a plan, as Anthropic sends it: `message_start` (the
 * message with no content and no stop reason), `ping`, then per block
 * `content_block_start`, `content_block_delta`s (`thinking_delta`, then a
 * `signature_delta`; `text_delta`; `input_json_delta` whose `partial_json`
 * pieces concatenate to the tool's input), `content_block_stop`; then
 * `message_delta` (stop reason, output usage) and `message_stop`. Each
 * event is `event: NAME` with a JSON `data` whose `type` is NAME. Deltas
 * are produced lazily (a benchmark stream has 100,000 of them).
 */

function event(data: Record<string, unknown> & { type: string }): string {
  return namedEvent(data.type, JSON.stringify(data));
}

function* block(
  index: number,
  start: Record<string, unknown>,
  deltaType: string,
  field: string,
  pieces: TextPlan,
  after: Record<string, unknown> | undefined,
): Generator<string> {
  yield event({ type: "content_block_start", index, content_block: start });
  const head = `event: content_block_delta\ndata: {"type":"content_block_delta","index":${index},"delta":{"type":"${deltaType}","${field}":`;
  for (let piece = 0; piece < pieces.count; piece += 1) yield `${head}${JSON.stringify(pieces.piece(piece))}}}\n\n`;
  if (after !== undefined) yield event({ type: "content_block_delta", index, delta: after });
  yield event({ type: "content_block_stop", index });
}

export function* messageEvents(plan: ReplyPlan, features: MessagesFeatures): Generator<string> {
  const choice = plan.choices[0]!;
  yield event({
    type: "message_start",
    message: {
      id: messageId(plan),
      type: "message",
      role: "assistant",
      model: plan.model,
      content: [],
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: plan.promptTokens, output_tokens: 0 },
    },
  });
  if (features.ping) yield event({ type: "ping" });
  let index = 0;
  if (choice.reasoning.count > 0) {
    const signature = features.signatureDelta
      ? { type: "signature_delta", signature: thinkingSignature(plan) }
      : undefined;
    yield* block(
      index++,
      { type: "thinking", thinking: "" },
      "thinking_delta",
      "thinking",
      choice.reasoning,
      signature,
    );
  }
  if (choice.toolCall !== undefined) {
    const call = choice.toolCall;
    const start = { type: "tool_use", id: toolUseId(call.key), name: call.name, input: {} };
    yield* block(index++, start, "input_json_delta", "partial_json", call.arguments, undefined);
  } else if (choice.content !== null && choice.content.count > 0) {
    yield* block(index++, { type: "text", text: "" }, "text_delta", "text", choice.content, undefined);
  }
  yield event({
    type: "message_delta",
    delta: { stop_reason: STOP_REASONS[choice.finishReason], stop_sequence: null },
    usage: {
      ...(features.deltaInputTokens ? { input_tokens: plan.promptTokens } : {}),
      output_tokens: plan.completionTokens,
      ...(features.deltaCost ? { cost: plan.cost } : {}),
    },
  });
  yield event({ type: "message_stop" });
}

/** `message_stop` ends the stream; an error is Anthropic's `error` event; a cut-off delta is malformed. */
export const MESSAGES_FRAMING: StreamFraming = {
  end: "",
  error: (error) =>
    event({
      type: "error",
      error: { type: error?.type ?? "api_error", message: error?.message ?? MID_STREAM_FAILURE },
    }),
  malformed: namedEvent("content_block_delta", '{"type":"content_block_delta","index":0,"delta":{"type":"text_delta",'),
};
