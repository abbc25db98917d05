/*
 * The seam between the shared streaming machinery and one API's stream
 * format. Everything protocol-independent (reading bytes, SSE framing and its
 * size cap, the idle timer and the deadline, JSON parsing, chunk validation,
 * cut detection, abort, tee, the iterator) lives beside this file; a protocol
 * only says what its events mean:
 *
 *   - which `data` ends the stream without being an event (chat's `[DONE]`);
 *   - which events are errors the server reported (chat's `{"error":...}`,
 *     Anthropic's `error` event, Responses' `response.failed`, Gemini's
 *     `{"error":...}` chunk);
 *   - how events add up to the final result, and which event (or which state
 *     at the end of the body) makes the stream complete.
 *
 * Chat completions: unnamed `data:` chunks, then `data: [DONE]` (sentinel).
 * Anthropic Messages: named events; `message_stop` completes (add() → true).
 * OpenAI Responses: named events; `response.completed`/`.incomplete`
 * complete (add() → true); `response.failed` and `error` are errors.
 * Gemini: unnamed chunks, no sentinel; `complete` turns true once a candidate
 * carried a finishReason, so the body may end after it.
 */
import type { ApiErrorInfo } from "../../../shared/error-envelope.js";

/**
 * Thrown by an accumulator when the events contradict the protocol (a delta
 * for a block that never started, tool input that is not JSON). The message
 * says what is wrong; the decoder turns it into an InvalidResponseError that
 * names the model, the request id and the position in the stream, which an
 * accumulator does not know.
 */
export class ProtocolViolation extends Error {}

export interface StreamProtocol<Event, Final> {
  /** What a complete stream ends with, quoted when one is cut: "[DONE]", "message_stop". */
  readonly ending: string;
  /** What its events are called in messages: "chunks", "events". */
  readonly noun: string;
  /** A `data` value that ends the stream and is no event (chat: "[DONE]"). */
  readonly sentinel?: string | undefined;
  /**
   * The error the server reported through this event, if it is one. `value`
   * is the parsed `data`, `name` the SSE event name (undefined when unnamed).
   */
  errorOf(value: unknown, name: string | undefined): ApiErrorInfo | undefined;
  /** A fresh accumulator for one stream. */
  accumulator(): Accumulator<Event, Final>;
}

export interface Accumulator<Event, Final> {
  /** Events added so far (quoted in messages). */
  readonly count: number;
  /**
   * True once the body may end without the stream counting as cut (Gemini:
   * after a chunk with a finishReason). Protocols with a sentinel or a
   * terminal event keep it false.
   */
  readonly complete: boolean;
  /**
   * Adds one event (already parsed, checked for errors and validated).
   * Returns true when this event ends the stream (message_stop,
   * response.completed): it is handed to the reader, then the stream finishes.
   * Throws ProtocolViolation for events that cannot be assembled.
   */
  add(event: Event, name: string | undefined): boolean;
  /** The result so far (finalCompletion(), finalMessage(), finalResponse()). */
  result(): Final;
}
