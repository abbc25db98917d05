/*
 * A chat completion stream: server-sent events parsed with eventsource-parser,
 * one JSON chunk per `data:` event, ended by `data: [DONE]`. Iterate it once
 * with `for await`; the completion accumulated from the deltas is available
 * through finalCompletion()/finalMessage() during or after the iteration.
 *
 * Failure rules: an end without [DONE] is stream_interrupted; an error object
 * inside the stream becomes the matching APIError; an event that is not JSON
 * (or a line that is not SSE) is invalid_response quoting the line; abort(),
 * the caller's signal and the idle timeout destroy the socket. Nothing here
 * retries: chunks may already have reached the caller.
 */
import { performance } from "node:perf_hooks";
import { ReadableStream } from "node:stream/web";
import { createParser, type EventSourceParser } from "eventsource-parser";
import type { Dispatcher } from "undici";
import type { ZodType } from "zod";
import { errorFromBody } from "../../shared/error-envelope.js";
import { scrubError } from "../../shared/redact.js";
import { CompletionAccumulator, type CompletionMessage, type StreamCompletion } from "./accumulate.js";
import { apiError, snippet } from "./api-error.js";
import type { AttemptControl } from "./attempt-control.js";
import {
  APIFreeError,
  APIUserAbortError,
  InvalidResponseError,
  StreamIdleTimeoutError,
  StreamInterruptedError,
} from "./errors.js";
import { checkResult, type ResultChecker } from "./schemas.js";

type Body = Dispatcher.ResponseData["body"];

export interface StreamInit {
  body: Body;
  control: AttemptControl;
  model: string;
  /** 0 disables it. */
  idleTimeout: number;
  /** Present when chunks are validated. */
  chunkSchema: ZodType | undefined;
  checker: ResultChecker;
  secrets: readonly string[];
  requestId: string | undefined;
}

type State = "new" | "running" | "done" | "failed";

/** How long the socket may take to finish after [DONE] before it is closed instead of reused. */
const DRAIN_MS = 5_000;
/** How long the reader waits after [DONE] for the response to end before leaving that to the background. */
const END_GRACE_MS = 50;

/** An SSE event, or a line the parser could not read (kept in order so earlier events still reach the reader). */
interface Item {
  event?: string | undefined;
  data: string;
  malformed?: string;
}

const DONE: IteratorResult<never, undefined> = Object.freeze({ value: undefined, done: true });

export class Stream<Chunk> implements AsyncIterable<Chunk> {
  readonly model: string;
  readonly requestId: string | undefined;
  readonly #body: Body;
  readonly #control: AttemptControl;
  readonly #idleMs: number;
  readonly #chunkSchema: ZodType | undefined;
  readonly #checker: ResultChecker;
  readonly #secrets: readonly string[];
  readonly #accumulator = new CompletionAccumulator();
  #state: State = "new";
  #error: APIFreeError | undefined;
  #waiters: Array<{ resolve: () => void; reject: (error: unknown) => void }> = [];
  #idleTimer: ReturnType<typeof setTimeout> | undefined;
  /** performance.now() when the reader started waiting for bytes; -1 while it is busy. */
  #waitingSince = -1;
  // Reading state, set up on the first next().
  #source: AsyncIterator<Uint8Array> | undefined;
  readonly #decoder = new TextDecoder();
  /** Events parsed from the bytes read so far and not decoded yet. */
  readonly #items: Item[] = [];
  /** Chunks decoded from the last batch of events, handed out one per next(). */
  #values: Chunk[] = [];
  #valueIndex = 0;
  /** What follows the decoded chunks of the batch: [DONE], or the error an event raised. */
  #stop: { done: true } | { error: unknown } | undefined;
  #parser: EventSourceParser | undefined;
  /** A read in flight: a next() that arrives meanwhile waits for it. */
  #reading: Promise<IteratorResult<Chunk>> | undefined;
  /** The body has been read to its end. */
  #ended = false;

  constructor(init: StreamInit) {
    this.model = init.model;
    this.requestId = init.requestId;
    this.#body = init.body;
    this.#control = init.control;
    this.#idleMs = init.idleTimeout;
    this.#chunkSchema = init.chunkSchema;
    this.#checker = init.checker;
    this.#secrets = init.secrets;
    init.control.onAbort(() => this.#body.destroy());
  }

  [Symbol.asyncIterator](): AsyncIterator<Chunk> {
    if (this.#state !== "new") {
      throw new APIFreeError(
        "This stream was already iterated (or finalCompletion() consumed it); a stream can be read once.",
        {
          code: "stream_consumed",
          type: "usage_error",
          model: this.model,
        },
      );
    }
    this.#state = "running";
    this.#source = this.#body[Symbol.asyncIterator]() as AsyncIterator<Uint8Array>;
    this.#parser = createParser({
      onEvent: (event) => {
        this.#items.push(event);
      },
      onError: (error) => {
        if (error.type !== "invalid-retry")
          this.#items.push({ data: "", malformed: error.line ?? `${error.field ?? ""}: ${error.value ?? ""}` });
      },
    });
    this.#armIdle(this.#idleMs);
    // A hand-written iterator rather than an async generator: a generator
    // costs several extra microtask hops per chunk on the hot path.
    return {
      next: () => this.#next(),
      return: () => this.#return(),
    };
  }

  /** Stops the stream and closes its connection; a pending or later read throws APIUserAbortError. */
  abort(): void {
    if (this.#state === "done" || this.#state === "failed") return;
    const reason = new APIUserAbortError(`The stream from model '${this.model}' was aborted.`, { model: this.model });
    this.#control.abort(reason);
    if (this.#state === "new") {
      this.#settle(reason);
      this.#control.release();
    }
  }

  /** The completion accumulated from every chunk; reads the rest of the stream if nobody iterates it. */
  async finalCompletion(): Promise<StreamCompletion> {
    if (this.#state === "new") {
      const iterator = this[Symbol.asyncIterator]();
      while (!(await iterator.next()).done) {
        // The accumulator records each chunk as it passes.
      }
    } else if (this.#state === "running") {
      await new Promise<void>((resolve, reject) => this.#waiters.push({ resolve, reject }));
    }
    if (this.#state === "failed") throw this.#error;
    return this.#accumulator.result();
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

  /** Newline-delimited JSON, one chunk per line (as openai-node's toReadableStream). Cancelling it aborts the stream. */
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

  #next(): Promise<IteratorResult<Chunk>> {
    if (this.#reading) return this.#reading.then(() => this.#next());
    if (this.#state !== "running")
      return this.#state === "failed" ? Promise.reject(this.#error) : Promise.resolve(DONE);
    if (this.#valueIndex < this.#values.length) {
      const reason = this.#control.reason;
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

  /** Reads bytes until at least one event is complete, decodes the batch, then hands out the first chunk. */
  async #read(): Promise<IteratorResult<Chunk>> {
    try {
      this.#values = [];
      this.#valueIndex = 0;
      while (this.#items.length === 0) {
        this.#waitingSince = performance.now();
        let step: IteratorResult<Uint8Array>;
        try {
          step = await this.#source!.next();
        } catch (cause) {
          throw this.#broken(cause);
        }
        this.#waitingSince = -1;
        if (step.done) {
          this.#ended = true;
          // A body we destroyed ourselves may just end: say why.
          if (this.#control.reason) throw this.#control.reason;
          throw new StreamInterruptedError(
            `The stream from model '${this.model}' ended after ${this.#accumulator.chunks} chunks without [DONE]: the response was cut.`,
            { model: this.model, requestId: this.requestId },
          );
        }
        this.#parser!.feed(this.#decoder.decode(step.value, { stream: true }));
      }
      this.#decodeBatch();
    } catch (error) {
      this.#reading = undefined;
      throw this.#fail(error);
    }
    this.#reading = undefined;
    return this.#next();
  }

  /**
   * Decodes every event of a network read in one go (parse, check, accumulate):
   * the validator then runs hot instead of once between each hop to the
   * reader. A failure is kept in place and raised after the chunks before it.
   */
  #decodeBatch(): void {
    const items = this.#items;
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (item.malformed !== undefined) {
        this.#stop = { error: this.#malformed(item.malformed) };
        break;
      }
      if (item.data === "[DONE]") {
        this.#stop = { done: true };
        break;
      }
      try {
        this.#values.push(this.#decode(item));
      } catch (error) {
        this.#stop = { error };
        break;
      }
    }
    items.length = 0;
  }

  /** [DONE]: record success, then give the response a moment to end so its socket can be reused. */
  async #finish(): Promise<IteratorResult<Chunk>> {
    this.#settle(undefined);
    this.#disarmIdle();
    const drained = this.#drain();
    let grace: ReturnType<typeof setTimeout> | undefined;
    await Promise.race([drained, new Promise<void>((resolve) => (grace = setTimeout(resolve, END_GRACE_MS)))]);
    clearTimeout(grace);
    return DONE;
  }

  /** The reader left early (break, return, a throw in its loop): stop the transfer. */
  #return(): Promise<IteratorResult<Chunk>> {
    if (this.#state === "running") {
      this.#fail(
        new APIUserAbortError(`The stream from model '${this.model}' was closed before it finished.`, {
          model: this.model,
        }),
      );
    }
    return Promise.resolve(DONE);
  }

  #decode(item: Item): Chunk {
    let value: unknown;
    try {
      value = JSON.parse(item.data);
    } catch {
      throw this.#malformed(`data: ${item.data}`);
    }
    const info = errorFromBody(value, 200);
    if (info) throw apiError(info, { model: this.model, httpStatus: 200, requestId: this.requestId });
    if (item.event === "error") {
      throw apiError(
        { status: 200, code: "api_error", type: "api_error", message: snippet(item.data) },
        { model: this.model, httpStatus: 200, requestId: this.requestId },
      );
    }
    if (this.#chunkSchema) checkResult(this.#chunkSchema, this.model, "chunk", value, this.#checker);
    this.#accumulator.add(value);
    return value as Chunk;
  }

  #malformed(line: string): InvalidResponseError {
    return new InvalidResponseError(
      `Malformed event in the stream from model '${this.model}' after ${this.#accumulator.chunks} chunks: ${snippet(line)}`,
      { model: this.model, requestId: this.requestId },
    );
  }

  /** The body failed while reading: our own abort reason, or a broken connection. */
  #broken(cause: unknown): APIFreeError {
    const reason = this.#control.reason;
    if (reason) return reason;
    const why = cause instanceof Error ? cause.message : String(cause);
    return new StreamInterruptedError(
      `The stream from model '${this.model}' broke after ${this.#accumulator.chunks} chunks, before [DONE]: ${why}`,
      { model: this.model, requestId: this.requestId, cause },
    );
  }

  /** Ends the stream with an error: records it, closes the connection, returns the (scrubbed) error. */
  #fail(error: unknown): APIFreeError {
    if (this.#state !== "running") return this.#error ?? this.#toError(error);
    const failure = this.#settle(this.#toError(error));
    this.#disarmIdle();
    if (!this.#ended) this.#control.abort(failure);
    this.#control.release();
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

  /** Records the outcome once and wakes finalCompletion() callers; returns the (scrubbed) error. */
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

  #armIdle(ms: number): void {
    if (this.#idleMs > 0) this.#idleTimer = setTimeout(this.#onIdle, ms);
  }

  #disarmIdle(): void {
    if (this.#idleTimer !== undefined) clearTimeout(this.#idleTimer);
    this.#idleTimer = undefined;
  }

  // The timer is re-armed lazily instead of reset on every chunk: a read
  // only stamps #waitingSince, which keeps the hot path free of timer calls.
  readonly #onIdle = (): void => {
    this.#idleTimer = undefined;
    if (this.#state !== "running") return;
    const since = this.#waitingSince;
    if (since < 0) {
      this.#armIdle(this.#idleMs);
      return;
    }
    const waited = performance.now() - since;
    if (waited + 1 >= this.#idleMs) {
      this.#control.abort(
        new StreamIdleTimeoutError(
          `The stream from model '${this.model}' sent nothing for ${this.#idleMs} ms after ${this.#accumulator.chunks} chunks; it was closed (idleTimeout).`,
          { model: this.model, requestId: this.requestId },
        ),
      );
      return;
    }
    this.#armIdle(this.#idleMs - waited);
  };

  /** After [DONE]: read what is left so the keep-alive socket can be reused, within DRAIN_MS. */
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
