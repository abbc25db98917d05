import type { ReplyFeatures } from "../../model-contract.js";
import { dataEvent, MID_STREAM_FAILURE, type StreamFraming } from "../../sse-writer.js";
import { type ChoicePlan, MOCK_FINGERPRINT, type ReplyPlan } from "../plan.js";
import { chatUsage } from "./usage.js";

/*
 * The stream form of a plan: `chat.completion.chunk` JSON texts, produced
 * lazily (a benchmark stream has 100,000 of them). The common envelope of a
 * chunk is serialised once; per chunk only the delta is.
 *
 * Per choice: {role:"assistant",content:""}, then reasoning_content pieces
 * (when the chunk schema has them), then content pieces or the tool call
 * (id/type/name with empty arguments, then argument fragments), then {} with
 * the finish_reason. Choices of an n > 1 request are interleaved. With
 * include_usage every chunk carries "usage":null and a last chunk with no
 * choices carries the usage. Each is one `data:` event; `data: [DONE]` ends
 * the stream.
 */

const DONE = "data: [DONE]\n\n";

/** Chat's stream ends: `[DONE]`; an error is `data: {"error":{...}}` then `[DONE]`; a cut-off chunk is malformed. */
export const CHAT_FRAMING: StreamFraming = {
  end: DONE,
  error: (error) =>
    dataEvent(
      JSON.stringify({
        error: { message: MID_STREAM_FAILURE, type: "server_error", code: "internal_error", ...error },
      }),
    ) + DONE,
  malformed: dataEvent('{"id":"chatcmpl-malformed","object":"chat.completion.chunk","choices":[{"index":0,'),
};

function* choiceEvents(choice: ChoicePlan, features: ReplyFeatures): Generator<string> {
  const open = `{"index":${choice.index},"delta":`;
  const close = `,"finish_reason":null,"logprobs":null}`;
  yield `${open}{"role":"assistant","content":""}${close}`;
  if (features.deltaReasoning) {
    for (let index = 0; index < choice.reasoning.count; index += 1) {
      yield `${open}{"reasoning_content":${JSON.stringify(choice.reasoning.piece(index))}}${close}`;
    }
  }
  if (choice.toolCall !== undefined) {
    const call = choice.toolCall;
    yield `${open}${JSON.stringify({ tool_calls: [{ index: 0, id: `call_${call.key}`, type: "function", function: { name: call.name, arguments: "" } }] })}${close}`;
    for (let index = 0; index < call.arguments.count; index += 1) {
      yield `${open}{"tool_calls":[{"index":0,"function":{"arguments":${JSON.stringify(call.arguments.piece(index))}}}]}${close}`;
    }
  } else if (choice.content !== null) {
    const content = choice.content;
    for (let index = 0; index < content.count; index += 1) {
      yield `${open}{"content":${JSON.stringify(content.piece(index))}}${close}`;
    }
  }
  yield `${open}{},"finish_reason":${JSON.stringify(choice.finishReason)},"logprobs":null}`;
}

export function* renderChunks(plan: ReplyPlan, features: ReplyFeatures, includeUsage: boolean): Generator<string> {
  const head = `{"id":"chatcmpl-${plan.key}","object":"chat.completion.chunk","created":${plan.created},"model":${JSON.stringify(plan.model)},"system_fingerprint":${JSON.stringify(MOCK_FINGERPRINT)},"choices":[`;
  const tail = includeUsage ? `],"usage":null}` : `]}`;
  const streams = plan.choices.map((choice) => choiceEvents(choice, features));
  let live = streams.length;
  while (live > 0) {
    live = 0;
    for (const stream of streams) {
      const next = stream.next();
      if (next.done === true) continue;
      live += 1;
      yield dataEvent(head + next.value + tail);
    }
  }
  if (includeUsage) yield dataEvent(`${head}],"usage":${JSON.stringify(chatUsage(plan, features))}}`);
}
