/*
 * The typed stream an operation hands out: iterate it once with `for await`;
 * the final result accumulated from its events is available during or after
 * the iteration (subclasses name it: Stream.finalCompletion() for chat).
 *
 * Failure rules: whatever ends the feed early (a cut, an error event, a
 * malformed or oversized event, abort(), the caller's signal, the idle timer,
 * the stream deadline) becomes the stream's one error, raised after the
 * events before it, to the reader and to every final-result waiter, scrubbed
 * of the API key. The connection is closed on any failure and reused after a
 * complete stream.
 */
import { ReadableStream } from "node:stream/web";
import { scrubError } from "../../../shared/redact.js";
import { APIFreeError, APIUserAbortError, StreamInterruptedError } from "../errors.js";
import type { Stop } from "./event-decoder.js";
import type { EventFeed } from "./feed.js";
import { teeFeeds } from "./tee-feed.js";

export interface EventStreamInit<Event, Final> {
  feed: EventFeed<Event, Final>;
  model: string;
  requestId: string | undefined;
  /** The API key's forms, scrubbed from every error the stream raises. */
  secrets: readonly string[];
}

type State = "new" | "running" | "done" | "failed";

const DONE: IteratorResult<never, undefined> = Object.freeze({ value: undefined, done: true });

export class EventStream<Event, Final> implements AsyncIterable<Event> {
  readonly model: string;
  readonly requestId: string | undefined;
  readonly #feed: EventFeed<Event, Final>;
  readonly #secrets: readonly string[];
  #state: State = "new";
  #error: APIFreeError | undefined;
  #waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  /** Events of the last batch, handed out one per next(). */
  #values: Event[] = [];
  #valueIndex = 0;
  /** What follows the events of the batch: the end, or the error that stopped it. */
  #stop: Stop | undefined;
  /** A read in flight: a next() that arrives meanwhile waits for it. */
  #reading: Promise<IteratorResult<Event>> | undefined;

  constructor(init: EventStreamInit<Event, Final>) {
    this.model = init.model;
    this.requestId = init.requestId;
    this.#feed = init.feed;
    this.#secrets = init.secrets;
  }

  [Symbol.asyncIterator](): AsyncIterator<Event> {
    if (this.#state !== "new") {
      throw new APIFreeError(
        "This stream was already read (iterated, or consumed by a final result, toReadableStream() or tee()); a stream can be read once.",
        { code: "stream_consumed", type: "usage_error", model: this.model },
      );
    }
    this.#state = "running";
    this.#feed.start();
    // A hand-written iterator rather than an async generator: a generator
    // costs several extra microtask hops per event on the hot path.
    return {
      next: () => this.#next(),
      return: () => this.#return(),
    };
  }

  /** Stops the stream and closes its connection; a pending or later read throws APIUserAbortError. */
  abort(): void {
    if (this.#state === "done" || this.#state === "failed") return;
    const reason = new APIUserAbortError(`The stream from model '${this.model}' was aborted.`, { model: this.model });
    this.#feed.abort(reason);
    if (this.#state === "new") void this.#feed.close(this.#settle(reason));
  }

  /**
   * Two streams of the same events, each read once at its own pace; this
   * stream is consumed. An error reaches both; breaking out of one leaves the
   * other running; abort() on either closes the one connection for both.
   * Each branch is the same class as this stream, with its final result.
   */
  tee(): [this, this] {
    const [left, right] = teeFeeds(this[Symbol.asyncIterator](), this.#feed);
    const Branch = this.constructor as new (init: EventStreamInit<Event, Final>) => this;
    const init = (feed: EventFeed<Event, Final>) => ({
      feed,
      model: this.model,
      requestId: this.requestId,
      secrets: this.#secrets,
    });
    return [new Branch(init(left)), new Branch(init(right))];
  }

  /** Newline-delimited JSON, one event per line (as openai-node's toReadableStream). Cancelling it aborts the stream. */
  toReadableStream(): ReadableStream<Uint8Array> {
    const iterator = this[Symbol.asyncIterator]();
    const encoder = new TextEncoder();
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const step = await iterator.next();
          if (step.done) controller.close();
          else controller.enqueue(encoder.encode(`${JSON.stringify(step.value)}\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await iterator.return?.();
      },
    });
  }

  /** The result accumulated from every event; reads the rest of the stream if nobody iterates it. */
  protected async finalResult(): Promise<Final> {
    if (this.#state === "new") {
      const iterator = this[Symbol.asyncIterator]();
      while (!(await iterator.next()).done) {
        // The feed accumulates each event as it passes.
      }
    } else if (this.#state === "running") {
      await new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    }
    if (this.#state === "failed") throw this.#error;
    return this.#feed.result();
  }

  #next(): Promise<IteratorResult<Event>> {
    if (this.#reading) return this.#reading.then(() => this.#next());
    if (this.#state !== "running")
      return this.#state === "failed" ? Promise.reject(this.#error) : Promise.resolve(DONE);
    if (this.#valueIndex < this.#values.length) {
      const reason = this.#feed.reason;
      if (reason) return Promise.reject(this.#fail(reason));
      return Promise.resolve({ value: this.#values[this.#valueIndex++]!, done: false });
    }
    const stop = this.#stop;
    if (stop) {
      if ("done" in stop) return this.#finish();
      return Promise.reject(this.#fail(stop.error));
    }
    const reading = this.#read();
    this.#reading = reading;
    return reading;
  }

  /** Reads the next batch of events from the feed, then hands out the first. */
  async #read(): Promise<IteratorResult<Event>> {
    try {
      this.#values = [];
      this.#valueIndex = 0;
      this.#stop = await this.#feed.pull(this.#values);
    } catch (error) {
      this.#reading = undefined;
      throw this.#fail(error);
    }
    this.#reading = undefined;
    return this.#next();
  }

  /** The stream is complete: record success, then let the feed release the connection. */
  async #finish(): Promise<IteratorResult<Event>> {
    this.#settle(undefined);
    await this.#feed.close(undefined);
    return DONE;
  }

  /** The reader left early (break, return, a throw in its loop): stop the transfer. */
  #return(): Promise<IteratorResult<Event>> {
    if (this.#state === "running") {
      this.#fail(
        new APIUserAbortError(`The stream from model '${this.model}' was closed before it finished.`, {
          model: this.model,
        }),
      );
    }
    return Promise.resolve(DONE);
  }

  /** Ends the stream with an error: records it, closes the connection, returns the (scrubbed) error. */
  #fail(error: unknown): APIFreeError {
    if (this.#state !== "running") return this.#error ?? this.#toError(error);
    const failure = this.#settle(this.#toError(error));
    void this.#feed.close(failure);
    return failure;
  }

  #toError(error: unknown): APIFreeError {
    if (error instanceof APIFreeError) return error;
    const why = error instanceof Error ? error.message : String(error);
    return new StreamInterruptedError(`The stream from model '${this.model}' failed: ${why}`, {
      model: this.model,
      cause: error,
    });
  }

  /** Records the outcome once and wakes final-result waiters; returns the (scrubbed) error. */
  #settle(error: APIFreeError): APIFreeError;
  #settle(error: undefined): undefined;
  #settle(error: APIFreeError | undefined): APIFreeError | undefined {
    if (this.#state === "done" || this.#state === "failed") return this.#error ?? error;
    const waiters = this.#waiters;
    this.#waiters = [];
    if (error) {
      this.#error = scrubError(error, this.#secrets);
      this.#state = "failed";
      for (const waiter of waiters) waiter.reject(this.#error);
      return this.#error;
    }
    this.#state = "done";
    for (const waiter of waiters) waiter.resolve();
    return undefined;
  }
}
