/*
 * A stream's events from its HTTP response body: bytes → SSE items (with the
 * event size cap) → the protocol's events, in batches of one network read.
 * Owns what can stop the transfer: the idle timer, the optional deadline for
 * the whole stream, abort(); and after a complete stream, lets the socket
 * finish so keep-alive can reuse it. Nothing here retries: events may
 * already have reached the caller.
 */
import type { Dispatcher } from "undici";
import type { AttemptControl } from "../attempt-control.js";
import { type APIFreeError, APIUserAbortError, StreamIdleTimeoutError, StreamTimeoutError } from "../errors.js";
import { EventDecoder, type EventDecoderInit, type Stop } from "./event-decoder.js";
import type { EventFeed } from "./feed.js";
import { IdleWatchdog } from "./idle-watchdog.js";
import { SseDecoder } from "./sse-decoder.js";

type Body = Dispatcher.ResponseData["body"];

export interface ResponseFeedInit<Event, Final> extends EventDecoderInit<Event, Final> {
  body: Body;
  control: AttemptControl;
  /** Milliseconds without a byte while the reader waits; 0 disables it. */
  idleTimeout: number;
  /** Milliseconds for the whole stream from its headers; 0 disables it. */
  streamTimeout: number;
}

/** How long the socket may take to finish after the end before it is closed instead of reused. */
const DRAIN_MS = 5_000;
/** How long the reader waits after the end for the response to finish before leaving that to the background. */
const END_GRACE_MS = 50;

export class ResponseFeed<Event, Final> implements EventFeed<Event, Final> {
  readonly #body: Body;
  readonly #control: AttemptControl;
  readonly #decoder: EventDecoder<Event, Final>;
  readonly #sse: SseDecoder;
  readonly #idle: IdleWatchdog;
  #deadline: ReturnType<typeof setTimeout> | undefined;
  #source: AsyncIterator<Uint8Array> | undefined;
  /** The body has been read to its end. */
  #ended = false;

  constructor(init: ResponseFeedInit<Event, Final>) {
    const { control, model, requestId } = init;
    this.#body = init.body;
    this.#control = control;
    this.#decoder = new EventDecoder(init);
    this.#sse = new SseDecoder(init.maxEventSize);
    this.#idle = new IdleWatchdog(init.idleTimeout, () =>
      control.abort(
        new StreamIdleTimeoutError(
          `The stream from model '${model}' sent nothing for ${init.idleTimeout} ms ${this.#decoder.position}; it was closed (idleTimeout).`,
          { model, requestId },
        ),
      ),
    );
    if (init.streamTimeout > 0) {
      this.#deadline = setTimeout(
        () =>
          control.abort(
            new StreamTimeoutError(
              `The stream from model '${model}' did not finish within ${init.streamTimeout} ms (streamTimeout), ${this.#decoder.position}; it was closed.`,
              { model, requestId },
            ),
          ),
        init.streamTimeout,
      );
    }
    control.onAbort(() => this.#body.destroy());
  }

  get reason(): APIFreeError | undefined {
    return this.#control.reason;
  }

  start(): void {
    this.#source = this.#body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
    this.#idle.start();
  }

  async pull(into: Event[]): Promise<Stop | undefined> {
    const items = this.#sse.items;
    while (items.length === 0) {
      this.#idle.waiting();
      let step: IteratorResult<Uint8Array>;
      try {
        step = await this.#source!.next();
      } catch (cause) {
        // Our own abort reason, or a broken connection.
        throw this.#control.reason ?? this.#decoder.broken(cause);
      }
      this.#idle.busy();
      if (step.done) {
        this.#ended = true;
        // A body we destroyed ourselves may just end: say why.
        if (this.#control.reason) throw this.#control.reason;
        return this.#decoder.atEnd();
      }
      this.#sse.feed(step.value);
    }
    return this.#decoder.decode(items, into);
  }

  abort(reason: APIFreeError): void {
    this.#control.abort(reason);
  }

  async close(failure: APIFreeError | undefined): Promise<void> {
    this.#idle.stop();
    clearTimeout(this.#deadline);
    if (failure) {
      if (!this.#ended) this.#control.abort(failure);
      this.#control.release();
      return;
    }
    // Give the response a moment to end so its socket can be reused.
    const drained = this.#drain();
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([drained, new Promise<void>((resolve) => (grace = setTimeout(resolve, END_GRACE_MS)))]);
    clearTimeout(grace);
  }

  result(): Final {
    return this.#decoder.accumulator.result();
  }

  /** After the end: read what is left so the keep-alive socket can be reused, within DRAIN_MS. */
  async #drain(): Promise<void> {
    const deadline = setTimeout(() => this.#control.abort(new APIUserAbortError()), DRAIN_MS);
    deadline.unref();
    try {
      while (!(await this.#source!.next()).done) {
        // discard
      }
    } catch {
      // The socket is closed instead of reused; nothing the caller needs to know.
    } finally {
      clearTimeout(deadline);
      this.#control.release();
    }
  }
}
