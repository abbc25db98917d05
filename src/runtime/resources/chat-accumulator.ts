/*
 * The chat protocol's accumulator: rebuilds the completion a stream describes
 * from its deltas, per choice:
 * string fields (content, reasoning_content, refusal, ...) are concatenated,
 * tool calls are merged by index with their argument fragments concatenated,
 * finish_reason and usage keep the last value sent. Text grows in a
 * TextBuilder, so memory stays proportional to the text, not to the number
 * of chunks.
 */
import { isRecord } from "../../shared/is-record.js";
import type { Accumulator } from "../core/stream/protocol.js";
import { TextBuilder } from "./text-builder.js";

export interface ToolCall {
  index?: number;
  id?: string;
  type?: string;
  function: { name: string; arguments: string };
  [key: string]: unknown;
}

export interface CompletionMessage {
  role: string;
  content: string | null;
  reasoning_content?: string;
  tool_calls?: ToolCall[];
  [key: string]: unknown;
}

export interface CompletionChoice {
  index: number;
  message: CompletionMessage;
  finish_reason: string | null;
  logprobs: unknown;
}

/** The completion accumulated from a stream (the non-stream response shape). */
export interface StreamCompletion {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  system_fingerprint?: string;
  choices: CompletionChoice[];
  usage?: Record<string, unknown>;
  [key: string]: unknown;
}

interface ToolState {
  id?: string;
  type?: string;
  name: string;
  args: TextBuilder;
  extra: Record<string, unknown>;
}

interface ChoiceState {
  index: number;
  role: string | undefined;
  texts: Map<string, TextBuilder>;
  other: Record<string, unknown>;
  tools: Map<number, ToolState>;
  finishReason: string | null;
  logprobs: unknown;
}

export class CompletionAccumulator implements Accumulator<unknown, StreamCompletion> {
  #head: Record<string, unknown> = {};
  #choices = new Map<number, ChoiceState>();
  #usage: Record<string, unknown> | undefined;
  #count = 0;

  get count(): number {
    return this.#count;
  }

  /** Only `data: [DONE]` completes a chat stream. */
  get complete(): boolean {
    return false;
  }

  /** Returns false: no chunk is the last event, the sentinel ends a chat stream. */
  add(chunk: unknown): boolean {
    if (!isRecord(chunk)) return false;
    this.#count++;
    const head = this.#head;
    for (const key in chunk) {
      if (key === "choices") continue;
      const value = chunk[key];
      if (key === "usage") {
        if (isRecord(value)) this.#usage = value;
      } else if (value !== undefined && value !== null && head[key] !== value) head[key] = value;
    }
    const choices = chunk.choices;
    if (!Array.isArray(choices)) return false;
    for (let i = 0; i < choices.length; i++) {
      const choice: unknown = choices[i];
      if (isRecord(choice)) this.#addChoice(choice);
    }
    return false;
  }

  #last: ChoiceState | undefined;

  #addChoice(choice: Record<string, unknown>): void {
    const index = typeof choice.index === "number" ? choice.index : 0;
    // Consecutive chunks nearly always continue the same choice.
    let state = this.#last !== undefined && this.#last.index === index ? this.#last : this.#choices.get(index);
    if (!state) {
      state = {
        index,
        role: undefined,
        texts: new Map(),
        other: {},
        tools: new Map(),
        finishReason: null,
        logprobs: null,
      };
      this.#choices.set(index, state);
    }
    this.#last = state;
    if (typeof choice.finish_reason === "string") state.finishReason = choice.finish_reason;
    if (choice.logprobs !== undefined && choice.logprobs !== null) state.logprobs = choice.logprobs;
    const delta = choice.delta;
    if (!isRecord(delta)) return;
    for (const key in delta) {
      const value = delta[key];
      if (value === undefined || value === null) continue;
      if (key === "role") {
        if (typeof value === "string") state.role = value;
      } else if (key === "tool_calls") {
        if (Array.isArray(value)) for (const call of value) if (isRecord(call)) this.#addToolCall(state, call);
      } else if (typeof value === "string") {
        let text = state.texts.get(key);
        if (!text) {
          text = new TextBuilder();
          state.texts.set(key, text);
        }
        text.add(value);
      } else {
        state.other[key] = value;
      }
    }
  }

  #addToolCall(state: ChoiceState, call: Record<string, unknown>): void {
    const index = typeof call.index === "number" ? call.index : state.tools.size;
    let tool = state.tools.get(index);
    if (!tool) {
      tool = { name: "", args: new TextBuilder(), extra: {} };
      state.tools.set(index, tool);
    }
    for (const key in call) {
      const value = call[key];
      if (key === "index" || value === undefined || value === null) continue;
      if (key === "id" && typeof value === "string") tool.id = value;
      else if (key === "type" && typeof value === "string") tool.type = value;
      else if (key === "function" && isRecord(value)) {
        if (typeof value.name === "string" && value.name !== "") tool.name = value.name;
        if (typeof value.arguments === "string") tool.args.add(value.arguments);
      } else tool.extra[key] = value;
    }
  }

  /** The completion so far. */
  result(): StreamCompletion {
    const head = this.#head;
    const choices = [...this.#choices.values()]
      .sort((a, b) => a.index - b.index)
      .map((state): CompletionChoice => {
        const message: CompletionMessage = { role: state.role ?? "assistant", content: null };
        for (const [key, text] of state.texts) {
          const value = text.toString();
          // Like openai-node: an empty content (the opening "" delta) stays null.
          if (key === "content") message.content = value === "" ? null : value;
          else message[key] = value;
        }
        Object.assign(message, state.other);
        if (state.tools.size > 0) {
          message.tool_calls = [...state.tools.entries()]
            .sort(([a], [b]) => a - b)
            .map(([, tool]) => ({
              ...tool.extra,
              ...(tool.id !== undefined ? { id: tool.id } : {}),
              type: tool.type ?? "function",
              function: { name: tool.name, arguments: tool.args.toString() },
            }));
        }
        return { index: state.index, message, finish_reason: state.finishReason, logprobs: state.logprobs };
      });
    const completion: StreamCompletion = {
      ...head,
      id: typeof head.id === "string" ? head.id : "",
      object: "chat.completion",
      created: typeof head.created === "number" ? head.created : 0,
      model: typeof head.model === "string" ? head.model : "",
      choices,
    };
    if (this.#usage) completion.usage = this.#usage;
    return completion;
  }
}
