/*
 * What every call returns: a Promise of the parsed result, as before, that
 * also offers the HTTP response, as openai-node's APIPromise does:
 *
 *   const reply = await client.chat.completions.create(body);                 // as always
 *   const { data, response, requestId } = await client.chat.completions.create(body).withResponse();
 *   const raw = await client.chat.completions.create(body).asResponse();      // body unread
 *
 * A parsed result and a raw body cannot come from one response (the client
 * reads the body to find APIFree's HTTP-200 error envelopes, and retries on
 * them), so the request goes out one microtask after the call: time for a
 * chained `.asResponse()` to ask for the raw response instead. A call left
 * alone is sent all the same, as a plain Promise's would be.
 */
import type { IncomingHttpHeaders } from "node:http";
import { APIFreeError } from "./errors.js";

/** The status and headers of the response a result came from. */
export interface ResponseHead {
  status: number;
  headers: IncomingHttpHeaders;
  requestId: string | undefined;
}

/** Set on a call's options (under a symbol) by the promise; read and written by the core. */
export interface ResponseSink {
  /** asResponse(): a 2xx response is handed back as a WHATWG Response with its body unread. */
  raw: boolean;
  /** The head of the response that made the result, written by the core on success. */
  head?: ResponseHead | undefined;
}

const responseSink: unique symbol = Symbol("apifree-typed.responseSink");

/** The sink a call's options carry, if any. */
export function sinkOf(options: object | undefined): ResponseSink | undefined {
  return (options as { [responseSink]?: ResponseSink } | undefined)?.[responseSink];
}

/** The call's options with the promise's sink: the core finds it there, whatever copies the options on the way. */
export function withSink<O extends object>(options: O | undefined, sink: ResponseSink): O {
  return { ...options, [responseSink]: sink } as O;
}

/** What `.withResponse()` resolves to. */
export interface WithResponse<T> {
  /** The parsed result (a stream for a stream call), as awaiting the call gives it. */
  data: T;
  /**
   * The response's status and headers, as Node's WHATWG `Response` (the
   * global one, undici's fetch). Its `body` is null: the client read it to
   * make `data`.
   */
  response: Response;
  /** The `x-request-id` header, when the server sent one. */
  requestId: string | undefined;
}

/** Node's headers as WHATWG Headers (a repeated header, set-cookie say, keeps each value). */
function webHeaders(headers: IncomingHttpHeaders): Headers {
  const out = new Headers();
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) out.append(name, item);
    else out.append(name, value);
  }
  return out;
}

/** Statuses whose Response must have a null body. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** A WHATWG Response for a head and a body (null when the body is not handed out). */
export function webResponse(head: ResponseHead, body: ReadableStream<Uint8Array> | null): Response {
  return new Response(NULL_BODY.has(head.status) ? null : body, {
    status: head.status,
    headers: webHeaders(head.headers),
  });
}

function misuse(message: string): APIFreeError {
  return new APIFreeError(message, { code: "invalid_usage", type: "usage_error" });
}

type Start = (sink: ResponseSink) => Promise<unknown>;

interface Parsed<T> {
  data: T;
  head: ResponseHead;
}

export class APIPromise<T> extends Promise<T> {
  // then() of a derived promise makes a plain Promise, not another APIPromise.
  static override get [Symbol.species](): PromiseConstructor {
    return Promise;
  }

  #start: Start | undefined;
  #parsed: Promise<Parsed<T>> | undefined;
  #data: Promise<T> | undefined;
  #raw = false;

  constructor(start: Start) {
    // The base promise settles at once and is never read: then(), catch() and
    // finally() below answer with the call's result.
    super((resolve) => resolve(undefined as T));
    this.#start = (sink) => {
      try {
        return start(sink);
      } catch (error) {
        return Promise.reject(error);
      }
    };
    queueMicrotask(() => {
      if (this.#start !== undefined) this.#parsedResult();
    });
  }

  #parsedResult(): Promise<Parsed<T>> {
    if (this.#parsed !== undefined) return this.#parsed;
    const start = this.#start;
    this.#start = undefined;
    if (start === undefined) {
      this.#parsed = Promise.reject(
        misuse("This call's response was handed out raw by asResponse(): it has no parsed result."),
      );
      return this.#parsed;
    }
    const sink: ResponseSink = { raw: false };
    this.#parsed = start(sink).then((data) => {
      if (sink.head === undefined) throw new Error("apifree-typed: the response head was not recorded");
      return { data: data as T, head: sink.head };
    });
    return this.#parsed;
  }

  #result(): Promise<T> {
    this.#data ??= this.#parsedResult().then((parsed) => parsed.data);
    return this.#data;
  }

  /**
   * The parsed result with the response it came from: `{ data, response,
   * requestId }`; `response` is a WHATWG `Response` with the status and
   * headers (its body already read into `data`).
   */
  withResponse(): Promise<WithResponse<T>> {
    return this.#parsedResult().then(({ data, head }) => ({
      data,
      response: webResponse(head, null),
      requestId: head.requestId,
    }));
  }

  /**
   * The raw HTTP response (a WHATWG `Response`), its body unread: nothing is
   * parsed, so an HTTP-200 error envelope is not recognised here and a
   * stream's events are yours to decode. Failures before the response (a
   * body failing validation, a connection error) and non-2xx statuses
   * reject as usual (after retries). Call it on the call itself:
   * `client.chat.completions.create(body).asResponse()`.
   */
  asResponse(): Promise<Response> {
    const start = this.#start;
    if (start === undefined) {
      return Promise.reject(
        misuse(
          this.#raw
            ? "asResponse() was already called on this call: its body can be read once."
            : "asResponse() must be chained to the call itself (create(body).asResponse()): this call was already sent for its parsed result.",
        ),
      );
    }
    this.#start = undefined;
    this.#raw = true;
    const sink: ResponseSink = { raw: true };
    return start(sink) as Promise<Response>;
  }

  override then<R1 = T, R2 = never>(
    onfulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onrejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result().then(onfulfilled, onrejected);
  }

  override catch<R = never>(onrejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.#result().catch(onrejected);
  }

  override finally(onfinally?: (() => void) | null): Promise<T> {
    return this.#result().finally(onfinally);
  }
}
