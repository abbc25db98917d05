/*
 * The typed surface. Measured with 1,000 models (see test/runtime/types):
 * each method takes `M extends string` (never `extends Id`) so inference
 * cannot fall back to the union of every request type; `model` is narrowed
 * to the ids that serve the operation with one indexed access into the
 * generated OperationModels (computed at generate time, never a mapped type
 * over the catalog); `Map[M][O]` resolves through the map's index-signature
 * fallback when M is unknown.
 */
import type { APIPromise } from "./core/api-promise.js";
import type { ClientCore } from "./core/client-core.js";
import type { clientCore } from "./core/client-symbol.js";
import type { RequestOptions } from "./core/options.js";
import type { Stream } from "./resources/chat-stream.js";
import type { GeminiStream } from "./resources/gemini-stream.js";
import type { CallOptions } from "./resources/generic.js";
import type { MessageStream } from "./resources/messages-stream.js";
import type { ResponseStream } from "./resources/responses-stream.js";
import type { VideoRequestOptions } from "./resources/videos.js";
import type { PollOptions } from "./resources/videos-poll.js";
import type { Uploadable } from "./resources/videos-upload.js";

/** The types of one operation of one model: `request`, `response`, `event` and the family's other roots. */
export type OperationEntry = { request: { [key: string]: unknown }; response: unknown; [root: string]: unknown };

/** Model id -> operation -> its types (the generated `ModelMap`). */
export type ModelMapShape = { [id: string]: { [operation: string]: OperationEntry } };

/** The map of a client used without generated bindings: any id, any operation, any body, untyped results. */
export type UntypedModelMap = ModelMapShape;

/** Operation -> the ids that serve it (the generated `OperationModels`); without bindings, any id serves anything. */
export type UntypedOperationModels = { [operation: string]: string };

/** `stream` as a literal: true selects the stream type, a boolean gives the union. */
export type StreamFlag = boolean | null | undefined;

/** Anything a binding can call through: every Client. */
export interface ClientLike {
  readonly [clientCore]: ClientCore;
}

/** The ids that serve operation O. */
type Served<With, O extends string> = O extends keyof With ? With[O] & string : never;

/**
 * What `model` accepts: M itself when it serves the operation; for a known
 * model that does not, a message naming both (the compile error reads
 * `"gpt-4o" is not assignable to "gpt-4o does not serve messages"`); for an
 * unknown id, every id (the error names ModelId).
 */
export type ModelParam<M extends string, With, Id extends string, O extends string> =
  M extends Served<With, O> ? M : M extends Id ? `${M} does not serve ${O}` : Id;

type Root<E, K extends string> = K extends keyof E ? E[K] : never;

/**
 * The stream a call of operation O with `stream: true` resolves to, for the
 * operation's entry E: each family's own class; never for an operation
 * without a stream protocol.
 */
type StreamOf<O extends string, E> = O extends "chat.completions"
  ? Stream<Root<E, "event">>
  : O extends "messages"
    ? MessageStream<Root<E, "event">, Root<E, "response">>
    : O extends "responses"
      ? ResponseStream<Root<E, "event">, Root<E, "response">>
      : O extends "gemini"
        ? GeminiStream<Root<E, "event">, Root<E, "response">>
        : never;

type Body<Map extends ModelMapShape, With, Id extends string, O extends string, M extends string, S> = {
  model: ModelParam<M, With, Id, O>;
  stream?: S;
} & Map[M][O]["request"];

export interface ChatCompletions<Map extends ModelMapShape, Id extends string, With> {
  /**
   * POST /v1/chat/completions. The body is checked against the model's schema
   * before anything is sent; with `stream: true` it resolves to a Stream of
   * the model's chunks once the response headers arrived.
   */
  create<M extends string, const S extends StreamFlag = undefined>(
    body: Body<Map, With, Id, "chat.completions", M, S>,
    options?: RequestOptions,
  ): APIPromise<
    S extends true ? Stream<Root<Map[M]["chat.completions"], "event">> : Map[M]["chat.completions"]["response"]
  >;
}

export interface Messages<Map extends ModelMapShape, Id extends string, With> {
  /**
   * POST /v1/messages (Anthropic Messages). Sends `anthropic-version` (the
   * client's `anthropicVersion`, default 2023-06-01); `headers` override it
   * and may add `anthropic-beta`.
   */
  create<M extends string, const S extends StreamFlag = undefined>(
    body: Body<Map, With, Id, "messages", M, S>,
    options?: RequestOptions,
  ): APIPromise<
    S extends true
      ? MessageStream<Root<Map[M]["messages"], "event">, Map[M]["messages"]["response"]>
      : Map[M]["messages"]["response"]
  >;
}

export interface Responses<Map extends ModelMapShape, Id extends string, With> {
  /** POST /v1/responses (OpenAI Responses). */
  create<M extends string, const S extends StreamFlag = undefined>(
    body: Body<Map, With, Id, "responses", M, S>,
    options?: RequestOptions,
  ): APIPromise<
    S extends true
      ? ResponseStream<Root<Map[M]["responses"], "event">, Map[M]["responses"]["response"]>
      : Map[M]["responses"]["response"]
  >;
}

export interface Gemini<Map extends ModelMapShape, Id extends string, With> {
  /** POST /google/gemini (Google's native format), at the origin of the base URL; `model` and `stream` in the body. */
  generateContent<M extends string, const S extends StreamFlag = undefined>(
    body: Body<Map, With, Id, "gemini", M, S>,
    options?: RequestOptions,
  ): APIPromise<
    S extends true
      ? GeminiStream<Root<Map[M]["gemini"], "event">, Map[M]["gemini"]["response"]>
      : Map[M]["gemini"]["response"]
  >;
}

/*
 * Video tasks. A create body is the model's JSON `request` or its `multipart`
 * form with the file field taking an Uploadable (the generated type says
 * `string`, as the document's `format: binary` does). Retrieve, remix and
 * pollUntilDone take the task's model in `options.model` to narrow their
 * result (the wire carries no model there); without it the result is the
 * union of every video model's task.
 */

/** The create body's file field, typed `string` (`format: binary`) in the generated multipart type. */
type FileField = "input_reference";

/** The multipart form with its file field taking an upload. */
type WithUploads<T> = T extends unknown ? { [K in keyof T]: K extends FileField ? Uploadable : T[K] } : never;

/**
 * The body of POST /v1/videos for a model's `videos` entry E: JSON, or
 * multipart with a file. A model without the operation gets an open object,
 * so the compile error lands on `model` ("x does not serve videos").
 */
export type VideoCreateBody<E> = E extends { request: unknown } | { multipart: unknown }
  ? Root<E, "request"> | WithUploads<Root<E, "multipart">>
  : { [key: string]: unknown };

/** A task as `createAndPoll` and `pollUntilDone` resolve it: completed. */
export type CompletedTask<T> = unknown extends T ? T : T extends unknown ? T & { status: "completed" } : never;

type VideoModels<With> = Served<With, "videos">;
type Videos_<Map extends ModelMapShape, M extends string> = Map[M]["videos"];

/** `options.model` of a call on an existing task: the model, to narrow the result and check the body. */
type ModelOption<M extends string, With, Id extends string> = { model?: ModelParam<M, With, Id, "videos"> };

export interface Videos<Map extends ModelMapShape, Id extends string, With> {
  /**
   * POST /v1/videos: the task, at once (usually `queued`). A body with a file
   * in `input_reference` goes as multipart/form-data, streamed; any other as
   * JSON. Both are validated against the model's schema before a byte is sent.
   */
  create<M extends string>(
    body: { model: ModelParam<M, With, Id, "videos"> } & VideoCreateBody<Videos_<Map, M>>,
    options?: RequestOptions,
  ): APIPromise<Root<Videos_<Map, M>, "response">>;
  /** GET /v1/videos/{task_id}; `options.model` narrows the task's type (and checks it in strict mode). */
  retrieve<M extends string = VideoModels<With>>(
    taskId: string,
    options?: VideoRequestOptions & ModelOption<M, With, Id>,
  ): APIPromise<Root<Videos_<Map, M>, "task">>;
  /** POST /v1/videos/{video_id}/remix; with `options.model` the body is the model's and is validated before sending. */
  remix<M extends string = VideoModels<With>>(
    videoId: string,
    body: Root<Videos_<Map, M>, "remix">,
    options?: VideoRequestOptions & ModelOption<M, With, Id>,
  ): APIPromise<Root<Videos_<Map, M>, "remixResponse">>;
  /**
   * Creates a task and polls it until `completed` (resolves with it) or
   * `failed` (TaskFailedError); past `timeout`, TaskTimeoutError names the
   * task id to resume with pollUntilDone.
   */
  createAndPoll<M extends string>(
    body: { model: ModelParam<M, With, Id, "videos"> } & VideoCreateBody<Videos_<Map, M>>,
    options?: PollOptions<Root<Videos_<Map, M>, "task">>,
  ): Promise<CompletedTask<Root<Videos_<Map, M>, "task">>>;
  /** Resumes the wait for a task created earlier (the first poll goes out at once). */
  pollUntilDone<M extends string = VideoModels<With>>(
    taskId: string,
    options?: PollOptions<Root<Videos_<Map, M>, "task">> & ModelOption<M, With, Id>,
  ): Promise<CompletedTask<Root<Videos_<Map, M>, "task">>>;
}

export interface Client<
  Map extends ModelMapShape = UntypedModelMap,
  Id extends string = string,
  With = UntypedOperationModels,
> extends ClientLike {
  readonly chat: { readonly completions: ChatCompletions<Map, Id, With> };
  readonly messages: Messages<Map, Id, With>;
  readonly responses: Responses<Map, Id, With>;
  readonly gemini: Gemini<Map, Id, With>;
  readonly videos: Videos<Map, Id, With>;
  /**
   * Any operation of a model's document by its key, for the operations
   * outside the methods above (`"POST /v1/images/generations"`): the body is
   * typed and validated for the model it names; path parameters go in
   * `options.params`.
   */
  call<const O extends string, M extends string, const S extends StreamFlag = undefined>(
    operation: O,
    body: { model: ModelParam<M, With, Id, O>; stream?: S } & Map[M][O]["request"],
    options?: CallOptions,
  ): APIPromise<S extends true ? StreamOf<O, Map[M][O]> : Map[M][O]["response"]>;
  readonly baseURL: string;
  readonly maxRetries: number;
  /** Milliseconds; 0 = none. */
  readonly timeout: number;
  readonly idleTimeout: number;
  /** Milliseconds for a whole stream; 0 = none (the default). */
  readonly streamTimeout: number;
  /** Characters one stream event may hold. */
  readonly maxEventSize: number;
  /** Bytes a non-stream response may hold. */
  readonly maxResponseSize: number;
  readonly validate: "request" | "strict" | "off";
}

/**
 * `Omit` applied to each member of a union: a request body that is a `oneOf`
 * (a prompt form and a messages form, say) keeps each form's own fields
 * instead of collapsing to the fields the forms share.
 */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type BindingBody<E, S> = { stream?: S } & OmitEach<Root<E, "request">, "model">;

type ChatCreate<E> = <const S extends StreamFlag = undefined>(
  client: ClientLike,
  body: BindingBody<E, S>,
  options?: RequestOptions,
) => APIPromise<S extends true ? Stream<Root<E, "event">> : Root<E, "response">>;

interface MessagesBinding<E> {
  create<const S extends StreamFlag = undefined>(
    client: ClientLike,
    body: BindingBody<E, S>,
    options?: RequestOptions,
  ): APIPromise<S extends true ? MessageStream<Root<E, "event">, Root<E, "response">> : Root<E, "response">>;
}

interface ResponsesBinding<E> {
  create<const S extends StreamFlag = undefined>(
    client: ClientLike,
    body: BindingBody<E, S>,
    options?: RequestOptions,
  ): APIPromise<S extends true ? ResponseStream<Root<E, "event">, Root<E, "response">> : Root<E, "response">>;
}

interface GeminiBinding<E> {
  generateContent<const S extends StreamFlag = undefined>(
    client: ClientLike,
    body: BindingBody<E, S>,
    options?: RequestOptions,
  ): APIPromise<S extends true ? GeminiStream<Root<E, "event">, Root<E, "response">> : Root<E, "response">>;
}

interface VideosBinding<E> {
  create(
    client: ClientLike,
    body: OmitEach<VideoCreateBody<E>, "model">,
    options?: RequestOptions,
  ): APIPromise<Root<E, "response">>;
  retrieve(client: ClientLike, taskId: string, options?: RequestOptions): APIPromise<Root<E, "task">>;
  remix(
    client: ClientLike,
    videoId: string,
    body: Root<E, "remix">,
    options?: RequestOptions,
  ): APIPromise<Root<E, "remixResponse">>;
  createAndPoll(
    client: ClientLike,
    body: OmitEach<VideoCreateBody<E>, "model">,
    options?: PollOptions<Root<E, "task">>,
  ): Promise<CompletedTask<Root<E, "task">>>;
  pollUntilDone(
    client: ClientLike,
    taskId: string,
    options?: PollOptions<Root<E, "task">>,
  ): Promise<CompletedTask<Root<E, "task">>>;
}

/**
 * The member of a binding for operation O: P when the model's document
 * declares O, else an object whose only key says why (so `gpt4o.messages.create`
 * fails to compile with "Property 'create' does not exist on type
 * '{ "gpt-4o does not serve messages": never }'").
 */
type Part<Map extends ModelMapShape, M extends string, O extends string, P> = O extends keyof Map[M]
  ? P
  : { readonly [K in `${M} does not serve ${O}`]: never };

/**
 * One model's typed entry points (generated per model): `binding.create(client, body)`
 * (chat), `binding.messages.create(...)`, `binding.responses.create(...)`,
 * `binding.gemini.generateContent(...)`, `binding.videos.createAndPoll(...)`
 * and the other video methods, and `binding.call(client, key, body)`
 * for any of its operations; each usable only when the model serves the
 * operation. The body never names the model. An interface, so that a
 * thousand bindings cost nothing until one is used.
 */
export interface ModelBinding<Map extends ModelMapShape, M extends string> {
  readonly model: M;
  readonly create: Part<Map, M, "chat.completions", ChatCreate<Map[M]["chat.completions"]>>;
  readonly messages: Part<Map, M, "messages", MessagesBinding<Map[M]["messages"]>>;
  readonly responses: Part<Map, M, "responses", ResponsesBinding<Map[M]["responses"]>>;
  readonly gemini: Part<Map, M, "gemini", GeminiBinding<Map[M]["gemini"]>>;
  readonly videos: Part<Map, M, "videos", VideosBinding<Map[M]["videos"]>>;
  call<const O extends keyof Map[M] & string, const S extends StreamFlag = undefined>(
    client: ClientLike,
    operation: O,
    body: BindingBody<Map[M][O], S>,
    options?: CallOptions,
  ): APIPromise<S extends true ? StreamOf<O, Map[M][O]> : Root<Map[M][O], "response">>;
}

/** Operation O's entry in the map of binding B's model (never when the model does not serve O). */
type BindingEntry<B, O extends string> =
  B extends ModelBinding<infer Map, infer M> ? (O extends keyof Map[M] ? Map[M][O] : never) : never;

/**
 * The body of a call through binding B (the index's or a model's own module)
 * on operation O (default chat) that asks for the plain result: the model's
 * request without `model`, which the binding sets, and with `stream` only
 * false, null or absent. A body written before the call keeps its stream
 * flag's type, so one typed as the whole request (`stream?: boolean`) makes
 * `binding.create(client, body)` promise `Response | Stream`; this one makes
 * it promise the response.
 */
export type NonStreamingBodyOf<
  B extends { readonly model: string },
  O extends string = "chat.completions",
> = BindingBody<BindingEntry<B, O>, false | null | undefined>;

/**
 * The same with `stream: true`: the call promises the operation's stream.
 * Never for an operation whose request has no stream flag (videos).
 */
export type StreamingBodyOf<
  B extends { readonly model: string },
  O extends string = "chat.completions",
> = WithStreamFlag<OmitEach<Root<BindingEntry<B, O>, "request">, "model">>;

type WithStreamFlag<R> = R extends unknown ? ("stream" extends keyof R ? R & { stream: true } : never) : never;
