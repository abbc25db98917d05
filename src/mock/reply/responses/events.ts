import { MID_STREAM_FAILURE, namedEvent, type StreamFraming } from "../../sse-writer.js";
import type { ReplyPlan } from "../plan.js";
import { joinText, type TextPlan } from "../text.js";
import type { ResponsesFeatures } from "./features.js";
import { summaryWanted } from "./request.js";
import {
  functionCallItem,
  incomplete,
  messageItem,
  messageItemId,
  outputTextPart,
  reasoningItem,
  reasoningItemId,
  responseObject,
} from "./response.js";

/*
 * The stream form of a plan, as OpenAI's Responses API sends it:
 * `response.created`, `response.in_progress`, then per output item
 * `response.output_item.added`, its pieces (reasoning summary deltas;
 * `response.content_part.added`, `response.output_text.delta`s,
 * `response.output_text.done`, `response.content_part.done`; or
 * `response.function_call_arguments.delta`s and `.done`), and
 * `response.output_item.done`; then `response.completed` (or
 * `response.incomplete`) with the whole response. Each event is
 * `event: NAME` with a JSON `data` whose `type` is NAME and whose
 * `sequence_number` counts from 0. Optional events are sent when the
 * model's event schema declares them; deltas are produced lazily.
 */

type Fields = Record<string, unknown>;

class Sequencer {
  next = 0;
  event(type: string, fields: Fields): string {
    return namedEvent(type, JSON.stringify({ type, sequence_number: this.next++, ...fields }));
  }
  /** A delta event, serialised by hand: `head` holds every member before `sequence_number`'s value. */
  *deltas(type: string, located: string, pieces: TextPlan, tail: string): Generator<string> {
    const head = `event: ${type}\ndata: {"type":"${type}","sequence_number":`;
    for (let index = 0; index < pieces.count; index += 1) {
      yield `${head}${this.next++},${located},"delta":${JSON.stringify(pieces.piece(index))}${tail}}\n\n`;
    }
  }
}

function* reasoningEvents(
  seq: Sequencer,
  plan: ReplyPlan,
  body: Record<string, unknown>,
  features: ResponsesFeatures,
  outputIndex: number,
): Generator<string> {
  const reasoning = plan.choices[0]!.reasoning;
  const shown = summaryWanted(body);
  const full = reasoningItem(plan, shown ? joinText(reasoning) : undefined);
  const deltas = shown && features.allowsEvent("response.reasoning_summary_text.delta");
  const parts = deltas && features.allowsEvent("response.reasoning_summary_part.added");
  const item_id = reasoningItemId(plan);
  const where = { item_id, output_index: outputIndex, summary_index: 0 };
  // With deltas the item opens empty (its part announced by an event, or already in place); without, whole.
  const opened = !deltas ? full : reasoningItem(plan, parts ? undefined : "");
  yield seq.event("response.output_item.added", { output_index: outputIndex, item: opened });
  if (deltas) {
    if (parts)
      yield seq.event("response.reasoning_summary_part.added", { ...where, part: { type: "summary_text", text: "" } });
    const located = `"item_id":"${item_id}","output_index":${outputIndex},"summary_index":0`;
    yield* seq.deltas("response.reasoning_summary_text.delta", located, reasoning, "");
    const text = joinText(reasoning);
    if (features.allowsEvent("response.reasoning_summary_text.done"))
      yield seq.event("response.reasoning_summary_text.done", { ...where, text });
    if (parts && features.allowsEvent("response.reasoning_summary_part.done"))
      yield seq.event("response.reasoning_summary_part.done", { ...where, part: { type: "summary_text", text } });
  }
  yield seq.event("response.output_item.done", { output_index: outputIndex, item: full });
}

function* messageEvents(
  seq: Sequencer,
  plan: ReplyPlan,
  features: ResponsesFeatures,
  outputIndex: number,
  content: TextPlan,
): Generator<string> {
  const item_id = messageItemId(plan);
  const where = { item_id, output_index: outputIndex, content_index: 0 };
  const logprobs = features.eventLogprobs ? { logprobs: [] } : {};
  yield seq.event("response.output_item.added", {
    output_index: outputIndex,
    item: messageItem(plan, "in_progress", []),
  });
  yield seq.event("response.content_part.added", { ...where, part: outputTextPart("", features) });
  const located = `"item_id":"${item_id}","output_index":${outputIndex},"content_index":0`;
  yield* seq.deltas("response.output_text.delta", located, content, features.eventLogprobs ? ',"logprobs":[]' : "");
  const text = joinText(content);
  yield seq.event("response.output_text.done", { ...where, text, ...logprobs });
  const part = outputTextPart(text, features);
  yield seq.event("response.content_part.done", { ...where, part });
  const status = incomplete(plan.choices[0]!) ? "incomplete" : "completed";
  yield seq.event("response.output_item.done", { output_index: outputIndex, item: messageItem(plan, status, [part]) });
}

function* functionCallEvents(seq: Sequencer, plan: ReplyPlan, outputIndex: number): Generator<string> {
  const choice = plan.choices[0]!;
  const call = choice.toolCall!;
  const item_id = `fc_${call.key}`;
  yield seq.event("response.output_item.added", {
    output_index: outputIndex,
    item: functionCallItem(choice, "", "in_progress"),
  });
  const located = `"item_id":"${item_id}","output_index":${outputIndex}`;
  yield* seq.deltas("response.function_call_arguments.delta", located, call.arguments, "");
  const args = joinText(call.arguments);
  yield seq.event("response.function_call_arguments.done", { item_id, output_index: outputIndex, arguments: args });
  const status = incomplete(choice) ? "incomplete" : "completed";
  yield seq.event("response.output_item.done", {
    output_index: outputIndex,
    item: functionCallItem(choice, args, status),
  });
}

export function* responseEvents(
  plan: ReplyPlan,
  body: Record<string, unknown>,
  features: ResponsesFeatures,
): Generator<string> {
  const seq = new Sequencer();
  const choice = plan.choices[0]!;
  const started = responseObject(plan, body, features, false);
  yield seq.event("response.created", { response: started });
  if (features.allowsEvent("response.in_progress")) yield seq.event("response.in_progress", { response: started });
  let outputIndex = 0;
  if (choice.reasoning.count > 0) yield* reasoningEvents(seq, plan, body, features, outputIndex++);
  if (choice.toolCall !== undefined) yield* functionCallEvents(seq, plan, outputIndex++);
  else if (choice.content !== null && choice.content.count > 0)
    yield* messageEvents(seq, plan, features, outputIndex++, choice.content);
  const finished = responseObject(plan, body, features, true);
  const terminal =
    finished.status === "incomplete" && features.allowsEvent("response.incomplete")
      ? "response.incomplete"
      : "response.completed";
  yield seq.event(terminal, { response: finished });
}

/** The terminal event ends the stream; an error is the Responses `error` event; a cut-off delta is malformed. */
export const RESPONSES_FRAMING: StreamFraming = {
  end: "",
  error: (error, index) =>
    namedEvent(
      "error",
      JSON.stringify({
        type: "error",
        sequence_number: index,
        code: error?.code ?? "server_error",
        message: error?.message ?? MID_STREAM_FAILURE,
        param: null,
      }),
    ),
  malformed: namedEvent("response.output_text.delta", '{"type":"response.output_text.delta","sequence_number":'),
};
