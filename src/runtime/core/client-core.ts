/*
 * The untyped core every typed surface calls: resolves options once, sends a
 * JSON POST through undici with retries, and turns what comes back into a
 * value, a stream or an APIFreeError. It knows nothing about operations or
 * models beyond the path, the model id, the validators and the stream kind it
 * is handed.
 */

import { Readable } from "node:stream";
import { type Dispatcher, getGlobalDispatcher } from "undici";
import type { ZodType } from "zod";
import { readCapped } from "../../shared/read-capped.js";
import { scrubError, secretForms } from "../../shared/redact.js";
import { isRetryableStatus, retryAfterMs } from "../../shared/retry-policy.js";
import { type ResponseHead, sinkOf, webResponse } from "./api-promise.js";
import { AttemptControl } from "./attempt-control.js";
import { type Clock, nowOf, systemClock } from "./clock.js";
import {
  APIConnectionError,
  APIFreeError,
  APITimeoutError,
  APIUserAbortError,
  InvalidResponseError,
  ResponseTooLargeError,
} from "./errors.js";
import { headerValue, interpretResponse } from "./interpret-response.js";
import { createLogger, type LevelLogger } from "./logger.js";
import {
  type ClientOptions,
  checkCount,
  checkSize,
  checkTimeout,
  DEFAULT_ANTHROPIC_VERSION,
  DEFAULT_BASE_URL,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_EVENT_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type HeadersInit,
  type RequestOptions,
  type ValidateMode,
} from "./options.js";
import {
  type AttemptRecord,
  attemptLine,
  gaveUpLine,
  loggedBody,
  loggedHeaders,
  requestDebugLine,
  retryLine,
  unreadableLine,
} from "./request-log.js";
import { type AttemptOutcome, appendNote, giveUpOf, withRetries } from "./retry.js";
import {
  checkResult,
  checksResults,
  type ModelModule,
  type ModuleLoader,
  type ResultChecker,
  SchemaCache,
  type SchemaLoader,
} from "./schemas.js";
import type { StreamKind } from "./stream/open.js";

/**
 * A body sent as a stream of bytes (a multipart upload) rather than a string.
 * The core sets its `content-type` and, when known, `content-length`, and
 * retries a failed attempt only when the bytes can be produced again.
 */
export interface StreamBody {
  /** The whole content-type, e.g. `multipart/form-data; boundary=...`. */
  contentType: string;
  /** The exact byte count when known (sent as content-length); undefined sends the body chunked. */
  length: number | undefined;
  /** The bytes of one attempt; a replayable body gives a fresh iterable on each call. */
  open(): AsyncIterable<Uint8Array>;
  /**
   * Whether open() may be called again for a retry (in-memory data, a file).
   * A one-shot body (from a stream) is retried only while none of it was read.
   */
  replayable: boolean;
}

/** What one request needs. */
export interface PostSpec {
  /** Default POST. */
  method?: "GET" | "POST" | undefined;
  /**
   * The path as the model's document spells it (`/v1/chat/completions`,
   * `/google/gemini`): `/v1/...` paths go under the base URL, any other under
   * the base URL's root (the base URL without its trailing `/v1`).
   */
  path: string;
  /** Headers of this operation (e.g. `anthropic-version`), under the caller's per-call headers. */
  headers?: HeadersInit | undefined;
  /** The model the call is for; undefined when the caller does not know it (a task retrieved by id). */
  model: string | undefined;
  /** How messages name the call; default `model '<model>'` (a task poll: `video task '<id>' (model '<model>')`). */
  subject?: string | undefined;
  /** The serialised body: built once, sent as is on every attempt. None for a GET. */
  payload?: string | undefined;
  /** A streamed body (multipart uploads) instead of `payload`. */
  body?: StreamBody | undefined;
  /**
   * Recognises a 2xx body as the operation's own result even though it holds
   * an `error` member (a failed video task carries `error: {code, message}`),
   * so it is not read as an error envelope.
   */
  isResult?: ((value: unknown) => boolean) | undefined;
  /** Set when a stream was asked for: how to read it. */
  stream: StreamKind | undefined;
  /** Validates a non-stream result, when results are checked. */
  responseSchema: ZodType | undefined;
  /** Validates each stream event, when results are checked. */
  eventSchema: ZodType | undefined;
  options: RequestOptions | undefined;
}

/** The settings of one call: the client's, overridden by the call's options. */
interface CallSettings {
  headers: Headers;
  timeout: number;
  idleTimeout: number;
  streamTimeout: number;
  maxEventSize: number;
  maxResponseSize: number;
}

type Headers = Record<string, string>;

function mergeHeaders(target: Headers, extra: HeadersInit | undefined): Headers {
  if (!extra) return target;
  for (const [name, value] of Object.entries(extra)) {
    const key = name.toLowerCase();
    if (value === null) delete target[key];
    else if (value !== undefined) target[key] = value;
  }
  return target;
}

/** As undici's body.text(): UTF-8, a leading BOM dropped, bad bytes replaced. */
const utf8 = new TextDecoder();

function envValue(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === "" ? undefined : value;
}

/**
 * The streamed body of one call across its attempts: a replayable body is
 * opened afresh each time; a one-shot body is opened once and counts as spent
 * from the moment its first bytes are asked for.
 */
class BodyAttempts {
  readonly #body: StreamBody;
  #source: AsyncIterable<Uint8Array> | undefined;
  #started = false;

  constructor(body: StreamBody) {
    this.#body = body;
  }

  /** Whether a failed attempt already consumed bytes that cannot be produced again. */
  get spent(): boolean {
    return this.#started && !this.#body.replayable;
  }

  open(): AsyncIterable<Uint8Array> {
    if (this.#body.replayable) return this.#body.open();
    this.#source ??= this.#body.open();
    const source = this.#source;
    const mark = (): void => {
      this.#started = true;
    };
    return (async function* () {
      mark();
      yield* source;
    })();
  }
}

export class ClientCore {
  readonly baseURL: string;
  readonly maxRetries: number;
  readonly timeout: number;
  readonly idleTimeout: number;
  readonly streamTimeout: number;
  readonly maxEventSize: number;
  readonly maxResponseSize: number;
  readonly validate: ValidateMode;
  readonly anthropicVersion: string;
  readonly #origin: string;
  readonly #pathPrefix: string;
  readonly #hasKey: boolean;
  readonly #secrets: readonly string[];
  readonly #jsonHeaders: Headers;
  readonly #streamHeaders: Headers;
  readonly #dispatcher: Dispatcher | undefined;
  readonly #clock: Clock;
  readonly #checker: ResultChecker;
  readonly #schemas: SchemaCache;
  readonly #log: LevelLogger;

  constructor(options: ClientOptions & { schemas?: SchemaLoader | undefined }) {
    this.baseURL = (options.baseURL ?? envValue("APIFREE_BASE_URL") ?? DEFAULT_BASE_URL).replace(/\/+$/, "");
    let url: URL;
    try {
      url = new URL(this.baseURL);
    } catch {
      throw new TypeError(`baseURL is not a valid URL: ${JSON.stringify(this.baseURL)}`);
    }
    if (url.protocol !== "http:" && url.protocol !== "https:")
      throw new TypeError(`baseURL must be http(s): ${JSON.stringify(this.baseURL)}`);
    this.#origin = url.origin;
    this.#pathPrefix = url.pathname.replace(/\/+$/, "");
    this.maxRetries = checkCount("maxRetries", options.maxRetries ?? DEFAULT_MAX_RETRIES);
    this.timeout = checkTimeout("timeout", options.timeout ?? DEFAULT_TIMEOUT_MS);
    this.idleTimeout = checkTimeout("idleTimeout", options.idleTimeout ?? DEFAULT_IDLE_TIMEOUT_MS);
    this.streamTimeout = checkTimeout("streamTimeout", options.streamTimeout ?? 0);
    this.maxEventSize = checkSize("maxEventSize", options.maxEventSize ?? DEFAULT_MAX_EVENT_SIZE);
    this.maxResponseSize = checkSize("maxResponseSize", options.maxResponseSize ?? DEFAULT_MAX_RESPONSE_SIZE);
    this.validate = options.validate ?? "request";
    if (!["request", "strict", "off"].includes(this.validate)) {
      throw new TypeError(`validate must be "request", "strict" or "off", got ${JSON.stringify(this.validate)}`);
    }
    this.anthropicVersion = options.anthropicVersion ?? DEFAULT_ANTHROPIC_VERSION;
    this.#log = createLogger(options, process.env.APIFREE_LOG);
    this.#checker = { mode: this.validate, onSchemaMismatch: options.onSchemaMismatch };
    const apiKey = options.apiKey ?? envValue("APIFREE_API_KEY");
    this.#hasKey = apiKey !== undefined && apiKey !== "";
    // The public API refuses keyless calls; failing here beats a 401 (or a
    // retried DNS failure) at the first call. A keyless client pointed at a
    // base URL of the caller's choice (a proxy, the emulator) is allowed.
    if (!this.#hasKey && options.baseURL === undefined && envValue("APIFREE_BASE_URL") === undefined) {
      throw new APIFreeError(
        "No API key: set APIFREE_API_KEY or pass createClient({ apiKey }). " +
          "(A client without a key needs a baseURL of your choice, such as a proxy or the emulator.)",
        { code: "missing_api_key", type: "usage_error" },
      );
    }
    this.#secrets = secretForms(this.#hasKey ? apiKey : undefined);
    const base: Headers = { "content-type": "application/json", "user-agent": "apifree-typed" };
    if (this.#hasKey) base.authorization = `Bearer ${apiKey}`;
    this.#jsonHeaders = mergeHeaders({ ...base, accept: "application/json" }, options.defaultHeaders);
    this.#streamHeaders = mergeHeaders({ ...base, accept: "text/event-stream" }, options.defaultHeaders);
    this.#dispatcher = options.dispatcher ?? options.fetchOptions?.dispatcher;
    this.#clock = options.clock ?? systemClock;
    this.#schemas = new SchemaCache(options.schemas as SchemaLoader | undefined);
  }

  /** Validators of a model, loaded once; undefined when neither the client nor a binding can load them. */
  schemasFor(model: string): Promise<ModelModule> | undefined {
    return this.#schemas.covers(model) ? this.#schemas.get(model) : undefined;
  }

  /** Validators of a model already loaded, or undefined. */
  loadedSchemas(model: string): ModelModule | undefined {
    return this.#schemas.ready(model);
  }

  /** A per-model binding's own validators for its model, for a client made without the generated index. */
  provideSchemas(model: string, loader: ModuleLoader): void {
    this.#schemas.provide(model, loader);
  }

  /** Whether responses and chunks are validated under these options. */
  get checksResults(): boolean {
    return checksResults(this.#checker);
  }

  /** Every error leaving the client goes through here: no API key (nor its encodings) in any of its strings. */
  scrub<E>(error: E): E {
    return scrubError(error, this.#secrets);
  }

  /**
   * Where a document path goes: `/v1/...` under the base URL (as the chat
   * client always did, whatever the base URL's own path), anything else
   * under the base URL's root, its path without a trailing `/v1` (Gemini's
   * `/google/gemini` sits at the origin of `https://api.apifree.ai/v1`).
   */
  #urlPath(documentPath: string): string {
    if (documentPath.startsWith("/v1/")) return this.#pathPrefix + documentPath.slice(3);
    return this.#pathPrefix.replace(/\/v1$/, "") + documentPath;
  }

  /** The time and randomness source of retries (and of task polling). */
  get clock(): Clock {
    return this.#clock;
  }

  /**
   * Sends one call with retries and resolves with its result. When the
   * call's options carry a response sink (from APIPromise), the head of the
   * response is written there, and a raw call gets the 2xx response itself.
   */
  async post(spec: PostSpec): Promise<unknown> {
    const options = spec.options;
    const signal = options?.signal;
    const sink = sinkOf(options);
    let last: AttemptRecord | undefined;
    try {
      const maxRetries =
        options?.maxRetries === undefined ? this.maxRetries : checkCount("maxRetries", options.maxRetries);
      const settings = this.#settings(spec);
      const body = spec.body === undefined ? undefined : new BodyAttempts(spec.body);
      const attempt = async (retry: number): Promise<AttemptOutcome<unknown>> => {
        const started = nowOf(this.#clock);
        const seen: { head?: ResponseHead } = {};
        let outcome = await this.#attempt(spec, settings, body, sink?.raw === true, retry + 1, seen);
        if (!outcome.ok && outcome.retry && body?.spent) {
          appendNote(outcome.error, "not retried: the upload was read from a stream, which cannot be sent again");
          outcome = { ...outcome, retry: false };
        }
        last = {
          method: spec.method ?? "POST",
          path: spec.path,
          model: spec.model,
          status: outcome.ok ? seen.head?.status : outcome.error.httpStatus,
          durationMs: nowOf(this.#clock) - started,
          attempt: retry + 1,
          attempts: maxRetries + 1,
          requestId: outcome.ok ? seen.head?.requestId : outcome.error.requestId,
          errorCode: outcome.ok ? undefined : outcome.error.code,
        };
        if (outcome.ok) {
          // Built only when written: the default level (warn) leaves this line out of every call.
          if (this.#log.enabled("info")) this.#log.info(attemptLine(last, this.#secrets));
          if (sink !== undefined) sink.head = seen.head;
        }
        return outcome;
      };
      const onRetry = (error: APIFreeError, delayMs: number): void => {
        if (last !== undefined && this.#log.enabled("info")) {
          this.#log.info(retryLine(last, error.message, delayMs, this.#secrets));
        }
      };
      return await withRetries(attempt, { maxRetries, clock: this.#clock, signal, onRetry });
    } catch (error) {
      if (last !== undefined && error instanceof APIFreeError) this.#logFailure(last, error);
      throw this.scrub(error);
    }
  }

  /** The last attempt of a failed call: warn when retries ran out, error when the response was unreadable. */
  #logFailure(last: AttemptRecord, error: APIFreeError): void {
    if (giveUpOf(error)?.retryable === true) this.#log.warn(gaveUpLine(last, error.message, this.#secrets));
    else if (error instanceof InvalidResponseError) this.#log.error(unreadableLine(last, error.message, this.#secrets));
    else if (this.#log.enabled("info")) this.#log.info(attemptLine(last, this.#secrets));
  }

  /** Debug details of a request about to go out: headers and body, scrubbed. */
  #logRequest(spec: PostSpec, headers: Headers, attempt: number): void {
    if (!this.#log.enabled("debug")) return;
    const method = spec.method ?? "POST";
    const body =
      spec.payload !== undefined
        ? loggedBody(spec.payload, this.#secrets)
        : spec.body !== undefined
          ? `(${spec.body.contentType.split(";")[0]} upload${spec.body.length === undefined ? "" : `, ${spec.body.length} bytes`})`
          : undefined;
    this.#log.debug(requestDebugLine(method, spec.path, spec.model, attempt, this.#secrets), {
      headers: loggedHeaders(headers, this.#secrets),
      ...(body === undefined ? {} : { body }),
    });
  }

  /** Debug details of a response: status, headers and (when read) body, scrubbed. */
  #logResponse(head: ResponseHead, text: string | undefined): void {
    if (!this.#log.enabled("debug")) return;
    this.#log.debug(`[apifree] response status=${head.status}`, {
      headers: loggedHeaders(head.headers, this.#secrets),
      ...(text === undefined ? {} : { body: loggedBody(text, this.#secrets) }),
    });
  }

  /** The headers of one call: the client's, then the operation's, then the call's own; a streamed body's type last. */
  #headers(spec: PostSpec): Headers {
    let headers = spec.stream ? this.#streamHeaders : this.#jsonHeaders;
    if (spec.headers || spec.options?.headers) {
      headers = mergeHeaders(mergeHeaders({ ...headers }, spec.headers), spec.options?.headers);
    }
    if (spec.body !== undefined) {
      // The boundary and length describe the bytes: no header may contradict them.
      headers = { ...headers, "content-type": spec.body.contentType };
      if (spec.body.length !== undefined) headers["content-length"] = String(spec.body.length);
      else delete headers["content-length"];
    } else if (spec.payload === undefined && headers["content-type"] !== undefined) {
      headers = { ...headers };
      delete headers["content-type"];
    }
    return headers;
  }

  #settings(spec: PostSpec): CallSettings {
    const headers = this.#headers(spec);
    const options = spec.options;
    if (!options) {
      return {
        headers,
        timeout: this.timeout,
        idleTimeout: this.idleTimeout,
        streamTimeout: this.streamTimeout,
        maxEventSize: this.maxEventSize,
        maxResponseSize: this.maxResponseSize,
      };
    }
    const { timeout, idleTimeout, streamTimeout, maxEventSize, maxResponseSize } = options;
    return {
      headers,
      timeout: timeout === undefined ? this.timeout : checkTimeout("timeout", timeout),
      idleTimeout: idleTimeout === undefined ? this.idleTimeout : checkTimeout("idleTimeout", idleTimeout),
      streamTimeout: streamTimeout === undefined ? this.streamTimeout : checkTimeout("streamTimeout", streamTimeout),
      maxEventSize: maxEventSize === undefined ? this.maxEventSize : checkSize("maxEventSize", maxEventSize),
      maxResponseSize:
        maxResponseSize === undefined ? this.maxResponseSize : checkSize("maxResponseSize", maxResponseSize),
    };
  }

  async #attempt(
    spec: PostSpec,
    settings: CallSettings,
    streamed: BodyAttempts | undefined,
    raw: boolean,
    attempt: number,
    seen: { head?: ResponseHead },
  ): Promise<AttemptOutcome<unknown>> {
    const { model } = spec;
    const what = spec.subject ?? `model '${model}'`;
    const { headers, timeout } = settings;
    const control = new AttemptControl(
      spec.options?.signal,
      timeout,
      () => new APITimeoutError(`No response from APIFree for ${what} within ${timeout} ms (timeout).`, { model }),
    );
    this.#logRequest(spec, headers, attempt);
    // undici sends any async iterable with backpressure (its types list only Readable).
    const requestBody = spec.payload ?? (streamed?.open() as Readable | undefined);
    let response: Dispatcher.ResponseData;
    try {
      response = await (this.#dispatcher ?? getGlobalDispatcher()).request({
        origin: this.#origin,
        path: this.#urlPath(spec.path),
        method: spec.method ?? "POST",
        headers,
        ...(requestBody === undefined ? {} : { body: requestBody }),
        signal: control.signal,
        // This client enforces `timeout` and `idleTimeout` itself.
        headersTimeout: 0,
        bodyTimeout: 0,
      });
    } catch (cause) {
      control.release();
      const reason = control.reason;
      if (reason) return { ok: false, error: reason, retry: !(reason instanceof APIUserAbortError) };
      // The body's own source failed (an upload that could not be read): says so itself, and another try reads it again.
      if (cause instanceof APIFreeError) return { ok: false, error: cause, retry: false };
      const code = (cause as { code?: unknown }).code;
      const text = cause instanceof Error ? cause.message : String(cause);
      const why = typeof code === "string" && !text.includes(code) ? `${code}: ${text}` : text;
      return {
        ok: false,
        error: new APIConnectionError(`Could not reach APIFree at ${this.#origin} for ${what}: ${why}`, {
          model,
          cause,
        }),
        retry: true,
      };
    }
    const { statusCode: status, headers: responseHeaders, body } = response;
    const requestId = headerValue(responseHeaders, "x-request-id");
    const head: ResponseHead = { status, headers: responseHeaders, requestId };
    seen.head = head;
    if (raw && status >= 200 && status < 300) {
      // asResponse(): the body is the caller's; the caller's signal still aborts it.
      control.stopTimer();
      body.once("close", () => control.release());
      this.#logResponse(head, undefined);
      return { ok: true, value: webResponse(head, Readable.toWeb(body) as unknown as ReadableStream<Uint8Array>) };
    }
    if (
      spec.stream &&
      status === 200 &&
      (headerValue(responseHeaders, "content-type") ?? "").includes("text/event-stream")
    ) {
      control.stopTimer();
      this.#logResponse(head, undefined);
      return {
        ok: true,
        value: spec.stream.open({
          body,
          control,
          // Only operation calls, which always name their model, ask for a stream.
          model: model ?? "",
          requestId,
          eventSchema: spec.eventSchema,
          checker: this.#checker,
          secrets: this.#secrets,
          idleTimeout: settings.idleTimeout,
          streamTimeout: settings.streamTimeout,
          maxEventSize: settings.maxEventSize,
        }),
      };
    }
    let text: string;
    try {
      const read = await readCapped(body, settings.maxResponseSize, responseHeaders["content-length"]);
      if (!read.ok) {
        control.release();
        const size = read.declared === undefined ? "is over" : `declares ${read.declared} bytes, over`;
        const error = new ResponseTooLargeError(
          `The response for ${what} (HTTP ${status}) ${size} the ${settings.maxResponseSize} byte limit ` +
            "(maxResponseSize); the connection was closed.",
          { model, httpStatus: status, requestId },
        );
        return { ok: false, error, retry: false };
      }
      text = utf8.decode(read.bytes);
    } catch (cause) {
      control.release();
      const why = cause instanceof Error ? cause.message : String(cause);
      const error =
        control.reason ??
        new APIConnectionError(`The connection broke while reading the response for ${what} (HTTP ${status}): ${why}`, {
          model,
          httpStatus: status,
          requestId,
          cause,
        });
      // Bytes of a response arrived: only a retryable status makes it worth another try.
      return {
        ok: false,
        error,
        retry: !(error instanceof APIUserAbortError) && isRetryableStatus(status),
        retryAfterMs: retryAfterMs(responseHeaders),
      };
    }
    control.release();
    this.#logResponse(head, text);
    const outcome = interpretResponse({
      model,
      subject: what,
      status,
      headers: responseHeaders,
      text,
      stream: spec.stream !== undefined,
      hasKey: this.#hasKey,
      isResult: spec.isResult,
    });
    // A result is checked only against a known model's schema.
    if (outcome.ok && spec.responseSchema && model !== undefined) {
      try {
        checkResult(spec.responseSchema, model, "response", outcome.value, this.#checker);
      } catch (error) {
        if (error instanceof APIFreeError) return { ok: false, error, retry: false };
        throw error;
      }
    }
    return outcome;
  }
}
