/*
 * SSE items into a protocol's events, and what ends a stream: the protocol's
 * sentinel or terminal event (complete), an error the server reported, a
 * line that is not SSE, an event that is not JSON or that the protocol's
 * accumulator cannot assemble (invalid_response), an event past the size
 * cap (response_too_large), or the end of the body before the stream was
 * complete (stream_interrupted, "the response was cut"). Every message names
 * the model and how many events came before.
 */
import type { ZodType } from "zod";
import { apiError, snippet } from "../api-error.js";
import { type APIFreeError, InvalidResponseError, ResponseTooLargeError, StreamInterruptedError } from "../errors.js";
import { checkResult, type ResultChecker } from "../schemas.js";
import { type Accumulator, ProtocolViolation, type StreamProtocol } from "./protocol.js";
import type { SseItem } from "./sse-decoder.js";

/** What follows the events of a batch: the stream completed, or failed with this error. */
export type Stop = { done: true } | { error: unknown };

export const COMPLETE: Stop = Object.freeze({ done: true });

export interface EventDecoderInit<Event, Final> {
  protocol: StreamProtocol<Event, Final>;
  model: string;
  requestId: string | undefined;
  /** Present when events are validated. */
  eventSchema: ZodType | undefined;
  checker: ResultChecker;
  /** The cap on one event, quoted when it is hit. */
  maxEventSize: number;
}

export class EventDecoder<Event, Final> {
  readonly accumulator: Accumulator<Event, Final>;
  readonly #protocol: StreamProtocol<Event, Final>;
  readonly #sentinel: string | undefined;
  readonly #model: string;
  readonly #requestId: string | undefined;
  readonly #schema: ZodType | undefined;
  readonly #checker: ResultChecker;
  readonly #maxEventSize: number;

  constructor(init: EventDecoderInit<Event, Final>) {
    this.#protocol = init.protocol;
    this.#sentinel = init.protocol.sentinel;
    this.accumulator = init.protocol.accumulator();
    this.#model = init.model;
    this.#requestId = init.requestId;
    this.#schema = init.eventSchema;
    this.#checker = init.checker;
    this.#maxEventSize = init.maxEventSize;
  }

  /**
   * Decodes every item of a network read in one go (parse, check, validate,
   * accumulate) into `into`, so the validator runs hot instead of once
   * between each hop to the reader. Stops at the first item that ends the
   * stream and returns why; the events before it are kept. Empties `items`.
   */
  decode(items: SseItem[], into: Event[]): Stop | undefined {
    let stop: Stop | undefined;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.problem !== undefined) {
        stop = { error: item.problem === "too-large" ? this.#tooLarge() : this.#malformed(item.data) };
        break;
      }
      if (item.data === this.#sentinel) {
        stop = COMPLETE;
        break;
      }
      try {
        const event = this.#event(item);
        into.push(event);
        if (this.accumulator.add(event, item.event)) {
          stop = COMPLETE;
          break;
        }
      } catch (error) {
        stop = { error: error instanceof ProtocolViolation ? this.#violation(error) : error };
        break;
      }
    }
    items.length = 0;
    return stop;
  }

  /** The body ended (nothing queued): complete if the protocol says it may end here, else cut. */
  atEnd(): Stop {
    if (this.accumulator.complete) return COMPLETE;
    return {
      error: new StreamInterruptedError(
        `The stream from model '${this.#model}' ended ${this.position} without ${this.#protocol.ending}: the response was cut.`,
        { model: this.#model, requestId: this.#requestId },
      ),
    };
  }

  /** The connection failed while reading. */
  broken(cause: unknown): APIFreeError {
    const why = cause instanceof Error ? cause.message : String(cause);
    return new StreamInterruptedError(
      `The stream from model '${this.#model}' broke ${this.position}, before ${this.#protocol.ending}: ${why}`,
      { model: this.#model, requestId: this.#requestId, cause },
    );
  }

  /** "after 3 chunks": where in the stream something happened (timers quote it too). */
  get position(): string {
    return `after ${this.accumulator.count} ${this.#protocol.noun}`;
  }

  #malformed(line: string): InvalidResponseError {
    return new InvalidResponseError(
      `Malformed event in the stream from model '${this.#model}' ${this.position}: ${snippet(line)}`,
      { model: this.#model, requestId: this.#requestId },
    );
  }

  /** The accumulator could not assemble an event (the event was already handed to the reader). */
  #violation(violation: ProtocolViolation): InvalidResponseError {
    return new InvalidResponseError(
      `The stream from model '${this.#model}' went wrong ${this.position}: ${violation.message}`,
      { model: this.#model, requestId: this.#requestId, cause: violation },
    );
  }

  #tooLarge(): ResponseTooLargeError {
    return new ResponseTooLargeError(
      `An event in the stream from model '${this.#model}' is over the ${this.#maxEventSize} character limit ` +
        `(maxEventSize) ${this.position}; the connection was closed.`,
      { model: this.#model, requestId: this.#requestId },
    );
  }

  #event(item: SseItem): Event {
    let value: unknown;
    try {
      value = JSON.parse(item.data);
    } catch {
      throw this.#malformed(`data: ${item.data}`);
    }
    const info = this.#protocol.errorOf(value, item.event);
    if (info) throw apiError(info, { model: this.#model, httpStatus: 200, requestId: this.#requestId });
    if (this.#schema) checkResult(this.#schema, this.#model, "chunk", value, this.#checker);
    return value as Event;
  }
}
