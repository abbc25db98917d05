/*
 * The chat completions stream: unnamed `data:` events, each a JSON chunk,
 * ended by `data: [DONE]` (a stream that ends without it was cut). An error
 * object inside the stream (`{"error":{...}}`, with or without APIFree's
 * numeric `code`) or an `event: error` becomes the matching API error.
 * `Stream` adds the chat names for the final result.
 */
import { InvalidResponseError } from "../core/errors.js";
import { EventStream } from "../core/stream/event-stream.js";
import { streamKind } from "../core/stream/open.js";
import type { StreamProtocol } from "../core/stream/protocol.js";
import { CompletionAccumulator, type CompletionMessage, type StreamCompletion } from "./chat-accumulator.js";
import { streamErrorOf } from "./stream-errors.js";

const chatProtocol: StreamProtocol<unknown, StreamCompletion> = {
  ending: "[DONE]",
  noun: "chunks",
  sentinel: "[DONE]",
  errorOf: streamErrorOf,
  accumulator: () => new CompletionAccumulator(),
};

/** A chat completion stream of the model's chunks. */
export class Stream<Chunk> extends EventStream<Chunk, StreamCompletion> {
  /** The completion accumulated from every chunk; reads the rest of the stream if nobody iterates it. */
  finalCompletion(): Promise<StreamCompletion> {
    return this.finalResult();
  }

  /** The message of choice 0 of finalCompletion(). */
  async finalMessage(): Promise<CompletionMessage> {
    const completion = await this.finalCompletion();
    const choice = completion.choices.find((c) => c.index === 0) ?? completion.choices[0];
    if (!choice) {
      throw new InvalidResponseError(`The stream from model '${this.model}' ended without any choice.`, {
        model: this.model,
      });
    }
    return choice.message;
  }
}

export const chatStream = streamKind(chatProtocol, Stream);
