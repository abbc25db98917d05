/*
 * apifree-typed: the runtime the generated bindings specialise.
 *
 *   const client = createClient<ModelMap, ModelId>({ schemas: loadSchemas, ...options });
 *   const reply = await client.chat.completions.create({ model: "openai/gpt-5.2", messages }, { signal });
 *   const stream = await client.chat.completions.create({ model, messages, stream: true });
 *   for await (const chunk of stream) ...; const done = await stream.finalCompletion();
 *   const claude = await client.messages.create({ model, max_tokens, messages, stream: true }); // MessageStream: finalMessage()
 *   const reply = await client.responses.create({ model, input, stream: true });              // ResponseStream: finalResponse()
 *   const gemini = await client.gemini.generateContent({ model, contents, stream: true });    // GeminiStream: finalResponse()
 *   const video = await client.videos.createAndPoll({ model: "sora-2", prompt, input_reference: await toFile("a.png") });
 *   const { data, response, requestId } = await client.chat.completions.create(body).withResponse(); // APIPromise
 *   const raw = await client.chat.completions.create(body).asResponse();                             // body unread
 *   createClient({ logLevel: "info", logger })                                                       // or APIFREE_LOG
 *
 * Layout (as openai-node): core/ holds the client core, options, errors,
 * retries and streaming (core/stream/, behind the StreamProtocol seam) and
 * knows no operation; resources/ holds each API operation (its request, and
 * for a streaming one its protocol and stream class); client.ts builds the public objects; types.ts is the typed
 * surface (see /work/brief/runtime-typing.md for why it looks the way it does).
 *
 * Retries (maxRetries, default 2): HTTP 408, 409, 429, 5xx, the HTTP-200
 * envelopes with code 429 / max_concurrency_exceeded / 5xx, connection
 * failures before any response byte, and timeouts; `x-should-retry` from the
 * server overrides. Waits: `retry-after-ms` / `retry-after` (up to 60 s), else
 * min(0.5 s * 2^n, 8 s) minus up to 25 % jitter; the wait is abortable through
 * the signal. Never retried: 4xx other than 408/409/429, validation errors,
 * aborts, a response over its size cap, anything after a stream's headers
 * arrived.
 */
export { bindModel, type CreateClientOptions, createClient } from "./client.js";
export { APIPromise, type WithResponse } from "./core/api-promise.js";
export type { Clock } from "./core/clock.js";
export {
  APIConnectionError,
  APIError,
  APIFreeError,
  type APIFreeErrorInit,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  type FieldIssue,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  OperationNotSupportedError,
  PermissionDeniedError,
  RateLimitError,
  ResponseTooLargeError,
  SchemaMismatchError,
  StreamIdleTimeoutError,
  StreamInterruptedError,
  StreamTimeoutError,
  UnknownModelError,
  UnprocessableEntityError,
  ValidationError,
} from "./core/errors.js";
export type { Logger, LogLevel } from "./core/logger.js";
export type { ClientOptions, HeadersInit, RequestOptions, SchemaMismatch, ValidateMode } from "./core/options.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_EVENT_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
} from "./core/options.js";
export type {
  ChatSchemasOf,
  ModelModule,
  ModelSchemas,
  ModuleLoader,
  OperationSchemas,
  SchemaLoader,
  SchemasOf,
} from "./core/schemas.js";
export { EventStream } from "./core/stream/event-stream.js";
export type { CompletionChoice, CompletionMessage, StreamCompletion, ToolCall } from "./resources/chat-accumulator.js";
export { Stream } from "./resources/chat-stream.js";
export { GeminiStream } from "./resources/gemini-stream.js";
export type { CallOptions } from "./resources/generic.js";
export { MessageStream } from "./resources/messages-stream.js";
export { ResponseStream } from "./resources/responses-stream.js";
export type { VideoRequestOptions } from "./resources/videos.js";
export {
  TaskFailedError,
  TaskTimeoutError,
  UploadError,
  type VideoTaskError,
  type VideoTaskLike,
} from "./resources/videos-errors.js";
export {
  DEFAULT_POLL_INTERVAL_MS,
  DEFAULT_POLL_TIMEOUT_MS,
  type PollOptions,
} from "./resources/videos-poll.js";
export { type ByteStream, type ToFileOptions, toFile, type Uploadable, UploadFile } from "./resources/videos-upload.js";
export type {
  ChatCompletions,
  Client,
  ClientLike,
  CompletedTask,
  Gemini,
  Messages,
  ModelBinding,
  ModelMapShape,
  ModelParam,
  NonStreamingBodyOf,
  OperationEntry,
  Responses,
  StreamFlag,
  StreamingBodyOf,
  UntypedModelMap,
  UntypedOperationModels,
  VideoCreateBody,
  Videos,
} from "./types.js";
