/*
 * The OpenAI Responses accumulator: the Response a stream describes.
 *
 * Output items are assembled from the events as openai-node does:
 * `response.output_item.added` opens an item at `output_index`;
 * `content_part.added` opens a part of a message; `output_text.delta` and
 * `refusal.delta` extend a part, `function_call_arguments.delta` a call's
 * arguments, `reasoning_summary_text.delta` a reasoning summary; each
 * `.done` event replaces what the deltas built with the server's full value,
 * and `output_item.done` replaces the whole item. A delta for an item or a
 * message part that was never added is a ProtocolViolation (as in
 * openai-node). Summary parts open on their first delta, since
 * `reasoning_summary_part.added` is optional in the documents.
 *
 * The result is the terminal event's `response` (`response.completed` or
 * `response.incomplete`: add() returns true). Its `output` is trusted when
 * it has items: it is the server's own final object, the same as a
 * non-stream call returns (openai-node likewise replaces its snapshot with
 * it). The assembled items stand in when the terminal response has no
 * `output` or an empty one, which proxies send to save bytes, and before
 * the end (the latest `response.created`/`in_progress` with the items so far).
 */
import { isRecord } from "../../shared/is-record.js";
import { type Accumulator, ProtocolViolation } from "../core/stream/protocol.js";
import { eventType } from "./stream-errors.js";
import { TextBuilder } from "./text-builder.js";

type Json = Record<string, unknown>;

/** A part whose string field (`text` of output_text and summary_text, `refusal`) grows. */
interface PartState {
  part: Json;
  field: string;
  text: TextBuilder;
}

interface ItemState {
  item: Json;
  /** A message's content parts by content_index. */
  parts: Map<number, PartState>;
  /** A reasoning item's summary parts by summary_index. */
  summary: Map<number, PartState>;
  /** A function call's arguments. */
  args: TextBuilder | undefined;
}

const TERMINAL = new Set(["response.completed", "response.incomplete"]);
const LIFECYCLE = new Set(["response.created", "response.queued", "response.in_progress"]);

function partState(part: unknown, field: string): PartState {
  const value = isRecord(part) ? { ...part } : {};
  const first = value[field];
  return { part: value, field, text: new TextBuilder(typeof first === "string" ? first : "") };
}

function indexOf(event: Json, key: string): number {
  const value = event[key];
  if (typeof value !== "number") throw new ProtocolViolation(`a ${String(event.type)} event has no ${key}`);
  return value;
}

export class ResponseAccumulator implements Accumulator<unknown, Json> {
  #head: Json | undefined;
  #terminal: Json | undefined;
  #items = new Map<number, ItemState>();
  #count = 0;

  get count(): number {
    return this.#count;
  }

  /** Only a terminal event completes a Responses stream. */
  get complete(): boolean {
    return false;
  }

  add(event: unknown, name: string | undefined): boolean {
    this.#count++;
    if (!isRecord(event)) return false;
    const type = eventType(event, name);
    switch (type) {
      case "response.output_text.delta":
        this.#part(event, type).text.add(String(event.delta ?? ""));
        return false;
      case "response.output_text.done":
      case "response.refusal.done":
        this.#part(event, type).text = new TextBuilder(
          String(event[type === "response.refusal.done" ? "refusal" : "text"] ?? ""),
        );
        return false;
      case "response.refusal.delta":
        this.#part(event, type).text.add(String(event.delta ?? ""));
        return false;
      case "response.function_call_arguments.delta": {
        const item = this.#item(event, type);
        item.args ??= new TextBuilder(typeof item.item.arguments === "string" ? item.item.arguments : "");
        item.args.add(String(event.delta ?? ""));
        return false;
      }
      case "response.function_call_arguments.done":
        this.#item(event, type).args = new TextBuilder(String(event.arguments ?? ""));
        return false;
      case "response.reasoning_summary_text.delta":
        this.#summary(event, type).text.add(String(event.delta ?? ""));
        return false;
      case "response.reasoning_summary_text.done":
        this.#summary(event, type).text = new TextBuilder(String(event.text ?? ""));
        return false;
      case "response.reasoning_summary_part.added":
      case "response.reasoning_summary_part.done":
        this.#item(event, type).summary.set(indexOf(event, "summary_index"), partState(event.part, "text"));
        return false;
      case "response.content_part.added":
      case "response.content_part.done": {
        const part = isRecord(event.part) ? event.part : {};
        const field = part.type === "refusal" ? "refusal" : "text";
        this.#item(event, type).parts.set(indexOf(event, "content_index"), partState(part, field));
        return false;
      }
      case "response.output_item.added":
      case "response.output_item.done":
        this.#items.set(indexOf(event, "output_index"), {
          item: isRecord(event.item) ? { ...event.item } : {},
          parts: new Map(),
          summary: new Map(),
          args: undefined,
        });
        return false;
      default:
        if (type !== undefined && isRecord(event.response)) {
          if (TERMINAL.has(type)) {
            this.#terminal = event.response;
            return true;
          }
          if (LIFECYCLE.has(type)) this.#head = event.response;
        }
        return false;
    }
  }

  #item(event: Json, type: string): ItemState {
    const index = indexOf(event, "output_index");
    const item = this.#items.get(index);
    if (item === undefined)
      throw new ProtocolViolation(`a ${type} event for output item ${index}, which was never added`);
    return item;
  }

  #part(event: Json, type: string): PartState {
    const item = this.#item(event, type);
    const index = indexOf(event, "content_index");
    const part = item.parts.get(index);
    if (part === undefined) {
      throw new ProtocolViolation(
        `a ${type} event for content part ${index} of output item ${String(event.output_index)}, which was never added`,
      );
    }
    return part;
  }

  #summary(event: Json, type: string): PartState {
    const item = this.#item(event, type);
    const index = indexOf(event, "summary_index");
    let part = item.summary.get(index);
    if (part === undefined) {
      part = partState({ type: "summary_text", text: "" }, "text");
      item.summary.set(index, part);
    }
    return part;
  }

  /** The output items assembled from the events so far. */
  #output(): Json[] {
    return [...this.#items.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => {
        const item = { ...state.item };
        if (state.parts.size > 0) item.content = parts(state.parts);
        if (state.summary.size > 0) item.summary = parts(state.summary);
        if (state.args !== undefined) item.arguments = state.args.toString();
        return item;
      });
  }

  result(): Json {
    const terminal = this.#terminal;
    if (terminal !== undefined && Array.isArray(terminal.output) && terminal.output.length > 0) return { ...terminal };
    return { ...(terminal ?? this.#head), output: this.#output() };
  }
}

function parts(states: Map<number, PartState>): Json[] {
  return [...states.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, state]) => ({ ...state.part, [state.field]: state.text.toString() }));
}

/** openai-node's `output_text`: the text of every output_text part of every message item, joined. */
export function outputText(response: unknown): string {
  const output = isRecord(response) && Array.isArray(response.output) ? response.output : [];
  let text = "";
  for (const item of output) {
    if (!isRecord(item) || item.type !== "message" || !Array.isArray(item.content)) continue;
    for (const part of item.content)
      if (isRecord(part) && part.type === "output_text" && typeof part.text === "string") text += part.text;
  }
  return text;
}
