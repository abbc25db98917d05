/*
 * The Anthropic Messages stream: named events (`message_start`,
 * `content_block_start`/`_delta`/`_stop`, `message_delta`, `message_stop`,
 * `ping`, `error`), each `data` a JSON object with that `type`; complete
 * only after `message_stop`. An `error` event (`{"type":"error","error":
 * {"type":"overloaded_error",...}}`) or an APIFree envelope inside the
 * stream becomes the matching API error: overloaded_error an
 * InternalServerError (503), rate_limit_error a RateLimitError,
 * invalid_request_error a BadRequestError...
 *
 * `ping` reaches the reader like any other event, though @anthropic-ai/sdk
 * drops it: it is a member of the event union the model's document
 * declares (so the reader's type already says it may come), it is validated
 * like the others, and skipping it would need a seam in the core for no gain.
 */
import { EventStream } from "../core/stream/event-stream.js";
import { streamKind } from "../core/stream/open.js";
import type { StreamProtocol } from "../core/stream/protocol.js";
import { MessageAccumulator, messageText } from "./messages-accumulator.js";
import { streamErrorOf } from "./stream-errors.js";

const messagesProtocol: StreamProtocol<unknown, unknown> = {
  ending: "message_stop",
  noun: "events",
  errorOf: streamErrorOf,
  accumulator: () => new MessageAccumulator(),
};

/** A Messages stream (`message_start` ... `message_stop`) of the model's events. */
export class MessageStream<Event, Message> extends EventStream<Event, Message> {
  /**
   * The message assembled from every event: text, thinking (with its
   * signature) and tool_use blocks (input parsed from its input_json_delta
   * pieces), stop_reason, stop_sequence and usage (message_delta's over
   * message_start's). Reads the rest of the stream if nobody iterates it.
   */
  finalMessage(): Promise<Message> {
    return this.finalResult();
  }

  /** The text blocks of finalMessage() joined with a space, as @anthropic-ai/sdk's finalText(). */
  async finalText(): Promise<string> {
    return messageText(await this.finalMessage());
  }
}

export const messagesStream = streamKind(messagesProtocol, MessageStream);
