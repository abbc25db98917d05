/*
 * The Anthropic Messages accumulator: rebuilds the Message a stream
 * describes, as @anthropic-ai/sdk's MessageStream does.
 *
 *   message_start        the message, its usage so far (input tokens)
 *   content_block_start  a block at `index`: text, thinking, tool_use...
 *   content_block_delta  text_delta and thinking_delta append; signature_delta
 *                        sets the thinking block's signature; input_json_delta
 *                        pieces are kept and parsed at content_block_stop (a
 *                        concatenation that is not JSON is a ProtocolViolation:
 *                        the tool input would otherwise be silently wrong);
 *                        citations_delta appends a citation
 *   message_delta        stop_reason, stop_sequence; its usage (cumulative)
 *                        overrides message_start's field by field where not null
 *   message_stop         the end (add() returns true)
 *
 * `ping` and unknown events only count. An event other than message_start
 * before message_start, or a delta for a block that never started, is a
 * ProtocolViolation: there is nothing it could be added to.
 */
import { isRecord } from "../../shared/is-record.js";
import { snippet } from "../core/api-error.js";
import { type Accumulator, ProtocolViolation } from "../core/stream/protocol.js";
import { eventType } from "./stream-errors.js";
import { TextBuilder } from "./text-builder.js";

type Json = Record<string, unknown>;

interface BlockState {
  /** The block as content_block_start sent it; text fields and `input` are replaced at the end. */
  block: Json;
  /** Growing string fields: `text`, `thinking`. */
  texts: Map<string, TextBuilder>;
  /** input_json_delta pieces, until content_block_stop parses them. */
  json: TextBuilder | undefined;
}

/** Which string field of a block each text-like delta extends. */
const TEXT_DELTAS: Readonly<Record<string, string>> = { text_delta: "text", thinking_delta: "thinking" };

export class MessageAccumulator implements Accumulator<unknown, Json> {
  #message: Json | undefined;
  #usage: Json = {};
  #blocks = new Map<number, BlockState>();
  #count = 0;
  /** The block of the last delta: consecutive deltas nearly always continue it. */
  #last: { index: number; state: BlockState } | undefined;

  get count(): number {
    return this.#count;
  }

  /** Only message_stop completes a Messages stream. */
  get complete(): boolean {
    return false;
  }

  add(event: unknown, name: string | undefined): boolean {
    this.#count++;
    if (!isRecord(event)) return false;
    const type = eventType(event, name);
    if (type === "content_block_delta") {
      this.#delta(event);
      return false;
    }
    if (type === "message_start") {
      this.#start(event);
      return false;
    }
    switch (type) {
      case "content_block_start":
        this.#started(type);
        this.#blockStart(event);
        return false;
      case "content_block_stop":
        this.#finish(this.#block(event, type));
        return false;
      case "message_delta":
        this.#started(type);
        this.#messageDelta(event);
        return false;
      case "message_stop":
        this.#started(type);
        for (const state of this.#blocks.values()) this.#finish(state);
        return true;
      default:
        return false;
    }
  }

  #start(event: Json): void {
    const message = isRecord(event.message) ? event.message : {};
    // Kept whole so the result lists its fields in the server's order; content and usage are rebuilt.
    this.#message = { ...message };
    const { content, usage } = message;
    if (isRecord(usage)) this.#usage = { ...usage };
    // A message may start with content (a prefilled turn continued): those blocks keep their places.
    if (Array.isArray(content)) for (const [index, block] of content.entries()) this.#open(index, block);
  }

  #started(type: string): void {
    if (this.#message === undefined) throw new ProtocolViolation(`a ${type} event arrived before message_start`);
  }

  #blockStart(event: Json): void {
    const index = event.index;
    if (typeof index !== "number") throw new ProtocolViolation("a content_block_start event has no index");
    this.#open(index, event.content_block);
  }

  #open(index: number, block: unknown): void {
    const state: BlockState = { block: isRecord(block) ? { ...block } : {}, texts: new Map(), json: undefined };
    this.#blocks.set(index, state);
    if (this.#last?.index === index) this.#last = undefined;
  }

  #block(event: Json, type: string): BlockState {
    this.#started(type);
    const index = event.index;
    const last = this.#last;
    if (last !== undefined && last.index === index) return last.state;
    const state = typeof index === "number" ? this.#blocks.get(index) : undefined;
    if (state === undefined) {
      throw new ProtocolViolation(`a ${type} event for content block ${String(index)}, which never started`);
    }
    this.#last = { index: index as number, state };
    return state;
  }

  #delta(event: Json): void {
    const state = this.#block(event, "content_block_delta");
    const delta = event.delta;
    if (!isRecord(delta)) return;
    const kind = delta.type;
    if (typeof kind !== "string") return;
    const field = TEXT_DELTAS[kind];
    if (field !== undefined) {
      const piece = delta[field];
      if (typeof piece === "string") this.#text(state, field).add(piece);
    } else if (kind === "input_json_delta") {
      if (typeof delta.partial_json === "string") {
        state.json ??= new TextBuilder();
        state.json.add(delta.partial_json);
      }
    } else if (kind === "signature_delta") {
      if (typeof delta.signature === "string") state.block.signature = delta.signature;
    } else if (kind === "citations_delta") {
      const citations = Array.isArray(state.block.citations) ? state.block.citations : [];
      state.block.citations = [...citations, delta.citation];
    }
  }

  #text(state: BlockState, field: string): TextBuilder {
    let text = state.texts.get(field);
    if (text === undefined) {
      const first = state.block[field];
      text = new TextBuilder(typeof first === "string" ? first : "");
      state.texts.set(field, text);
    }
    return text;
  }

  /** The block is complete: its tool input pieces become the input object. */
  #finish(state: BlockState): void {
    const json = state.json;
    if (json === undefined) return;
    state.json = undefined;
    const text = json.toString();
    // No piece, or only empty ones: the input is what the block started with (`{}`).
    if (text === "") return;
    try {
      state.block.input = JSON.parse(text);
    } catch {
      const what = typeof state.block.name === "string" ? ` '${state.block.name}'` : "";
      throw new ProtocolViolation(
        `the input of ${String(state.block.type)} block${what} is not JSON once its input_json_delta pieces are joined: ${snippet(text)}`,
      );
    }
  }

  #messageDelta(event: Json): void {
    const message = this.#message!;
    if (isRecord(event.delta)) Object.assign(message, event.delta);
    if (isRecord(event.usage)) {
      for (const [key, value] of Object.entries(event.usage))
        if (value !== null && value !== undefined) this.#usage[key] = value;
    }
  }

  /** The message so far: blocks in index order, each with its text joined. */
  result(): Json {
    const content = [...this.#blocks.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => {
        const block = { ...state.block };
        for (const [field, text] of state.texts) block[field] = text.toString();
        return block;
      });
    return { ...this.#message, content, usage: { ...this.#usage } };
  }
}

/** The text blocks of a message joined with a space, as @anthropic-ai/sdk's finalText(). */
export function messageText(message: unknown): string {
  const content = isRecord(message) && Array.isArray(message.content) ? message.content : [];
  const texts: string[] = [];
  for (const block of content)
    if (isRecord(block) && block.type === "text" && typeof block.text === "string") texts.push(block.text);
  return texts.join(" ");
}
