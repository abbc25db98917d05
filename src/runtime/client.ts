/*
 * createClient: the generic client the generated index specialises with its
 * ModelMap, ModelId and OperationModels, and bindModel for the per-model
 * bindings. Both call the same untyped resources; the types in ./types.ts
 * are the only difference.
 */
import { inspect } from "node:util";
import { APIPromise, withSink } from "./core/api-promise.js";
import { ClientCore } from "./core/client-core.js";
import { clientCore } from "./core/client-symbol.js";
import type { ClientOptions, RequestOptions } from "./core/options.js";
import type { ModuleLoader, SchemaLoader } from "./core/schemas.js";
import { createChatCompletion } from "./resources/chat-completions.js";
import { generateContent } from "./resources/gemini.js";
import { type CallOptions, callAnyOperation } from "./resources/generic.js";
import { createMessage } from "./resources/messages.js";
import { createResponse } from "./resources/responses.js";
import { createVideo, remixVideo, retrieveVideo, type VideoRequestOptions } from "./resources/videos.js";
import { createAndPoll, type PollOptions, pollUntilDone } from "./resources/videos-poll.js";
import type {
  Client,
  ClientLike,
  ModelBinding,
  ModelMapShape,
  UntypedModelMap,
  UntypedOperationModels,
} from "./types.js";

/** Options of the generic client: the user's options plus the generated schema loader. */
export interface CreateClientOptions extends ClientOptions {
  /**
   * Validators per model (the generated loader); called once per model.
   * Without it nothing is validated.
   */
  schemas?: SchemaLoader | undefined;
}

type Call = (core: ClientCore, body: unknown, options: RequestOptions | undefined) => Promise<unknown>;

/** A call as an APIPromise: `send` gets the call's options carrying the promise's response sink. */
function promised<O extends object>(
  options: O | undefined,
  send: (options: O) => Promise<unknown>,
): APIPromise<unknown> {
  return new APIPromise((sink) => send(withSink(options, sink)));
}

function bound(core: ClientCore, call: Call) {
  return (body: unknown, options?: RequestOptions) => promised(options, (opts) => call(core, body, opts));
}

/** Options of the untyped poll methods: the typed surface gives `onProgress` the model's task type. */
type AnyPollOptions = PollOptions<never> & { model?: string | undefined };

function clientVideos(core: ClientCore) {
  return Object.freeze({
    create: (body: unknown, options?: RequestOptions) => promised(options, (opts) => createVideo(core, body, opts)),
    retrieve: (taskId: string, options?: VideoRequestOptions) =>
      promised(options, (opts) => retrieveVideo(core, taskId, opts)),
    remix: (videoId: string, body: unknown, options?: VideoRequestOptions) =>
      promised(options, (opts) => remixVideo(core, videoId, body, opts)),
    createAndPoll: (body: unknown, options?: AnyPollOptions) => createAndPoll(core, body, options),
    pollUntilDone: (taskId: string, options?: AnyPollOptions) => pollUntilDone(core, taskId, options),
  });
}

class APIFreeClient {
  readonly #core: ClientCore;
  readonly chat: { readonly completions: { create: ReturnType<typeof bound> } };
  readonly messages: { readonly create: ReturnType<typeof bound> };
  readonly responses: { readonly create: ReturnType<typeof bound> };
  readonly gemini: { readonly generateContent: ReturnType<typeof bound> };
  readonly videos: ReturnType<typeof clientVideos>;

  constructor(core: ClientCore) {
    this.#core = core;
    this.chat = Object.freeze({ completions: Object.freeze({ create: bound(core, createChatCompletion) }) });
    this.messages = Object.freeze({ create: bound(core, createMessage) });
    this.responses = Object.freeze({ create: bound(core, createResponse) });
    this.gemini = Object.freeze({ generateContent: bound(core, generateContent) });
    this.videos = clientVideos(core);
  }

  call(operation: string, body: unknown, options?: CallOptions): APIPromise<unknown> {
    return promised(options, (opts) => callAnyOperation(this.#core, operation, body, opts));
  }

  get [clientCore](): ClientCore {
    return this.#core;
  }

  get baseURL(): string {
    return this.#core.baseURL;
  }

  get maxRetries(): number {
    return this.#core.maxRetries;
  }

  get timeout(): number {
    return this.#core.timeout;
  }

  get idleTimeout(): number {
    return this.#core.idleTimeout;
  }

  get streamTimeout(): number {
    return this.#core.streamTimeout;
  }

  get maxEventSize(): number {
    return this.#core.maxEventSize;
  }

  get maxResponseSize(): number {
    return this.#core.maxResponseSize;
  }

  get validate(): "request" | "strict" | "off" {
    return this.#core.validate;
  }

  /** Only public settings: never the key or the headers. */
  [inspect.custom](): string {
    return `APIFreeClient ${inspect(this.toJSON())}`;
  }

  toJSON(): Record<string, unknown> {
    const c = this.#core;
    return {
      baseURL: c.baseURL,
      maxRetries: c.maxRetries,
      timeout: c.timeout,
      idleTimeout: c.idleTimeout,
      streamTimeout: c.streamTimeout,
      maxEventSize: c.maxEventSize,
      maxResponseSize: c.maxResponseSize,
      validate: c.validate,
    };
  }
}

export function createClient<
  Map extends ModelMapShape = UntypedModelMap,
  Id extends string = string,
  With = UntypedOperationModels,
>(options: CreateClientOptions = {}): Client<Map, Id, With> {
  return new APIFreeClient(new ClientCore(options)) as unknown as Client<Map, Id, With>;
}

function coreOf(client: unknown, model: string, method: string): ClientCore {
  const core = (client as Partial<ClientLike> | undefined)?.[clientCore];
  if (typeof core?.post !== "function") {
    throw new TypeError(`${model}: the first argument of ${method}() must be a client from createClient()`);
  }
  return core;
}

/** The body with the binding's model: it wins over a stray `model` in an untyped body. */
function withModel(model: string, body: object): Record<string, unknown> {
  const request: Record<string, unknown> = { model, ...body };
  request.model = model;
  return request;
}

/** Runs a binding's call with a client's core: the first argument of every binding method. */
type UseCore = (client: ClientLike, method: string, call: (core: ClientCore) => Promise<unknown>) => Promise<unknown>;

/**
 * The UseCore of one binding: the client's core, told about the binding's
 * own validators when it has them. A bad client argument becomes a
 * rejection, as every call's failures are.
 */
function coreUser(model: string, schemas: ModuleLoader | undefined): UseCore {
  return (client, method, call) => {
    try {
      const core = coreOf(client, model, method);
      if (schemas !== undefined) core.provideSchemas(model, schemas);
      return call(core);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function bindCall(model: string, use: UseCore, method: string, call: Call) {
  return (client: ClientLike, body: object, options?: RequestOptions): APIPromise<unknown> =>
    promised(options, (opts) => use(client, method, (core) => call(core, withModel(model, body), opts)));
}

/** A binding's `videos`: the model fixed, in the body of a create and in the options of the calls on a task. */
function bindingVideos(model: string, use: UseCore) {
  const withModelOption = <O extends object>(options: O | undefined) => ({ ...options, model });
  return Object.freeze({
    create: (client: ClientLike, body: object, options?: RequestOptions) =>
      promised(options, (opts) =>
        use(client, "videos.create", (core) => createVideo(core, withModel(model, body), opts)),
      ),
    retrieve: (client: ClientLike, taskId: string, options?: RequestOptions) =>
      promised(options, (opts) =>
        use(client, "videos.retrieve", (core) => retrieveVideo(core, taskId, withModelOption(opts))),
      ),
    remix: (client: ClientLike, videoId: string, body: object, options?: RequestOptions) =>
      promised(options, (opts) =>
        use(client, "videos.remix", (core) => remixVideo(core, videoId, body, withModelOption(opts))),
      ),
    createAndPoll: (client: ClientLike, body: object, options?: PollOptions<never>) =>
      use(client, "videos.createAndPoll", (core) => createAndPoll(core, withModel(model, body), options)),
    pollUntilDone: (client: ClientLike, taskId: string, options?: PollOptions<never>) =>
      use(client, "videos.pollUntilDone", (core) => pollUntilDone(core, taskId, withModelOption(options))),
  });
}

/**
 * A per-model binding: `binding.create(client, body)` is
 * `client.chat.completions.create({ model, ...body })`, and likewise
 * `binding.messages.create`, `binding.responses.create`,
 * `binding.gemini.generateContent`, `binding.videos.createAndPoll(client, body)` (and
 * the other video methods) and `binding.call(client, operation, body)`.
 * Its type shows only the operations the model serves; a call of another
 * fails before sending with OperationNotSupportedError.
 *
 * `schemas`, the model's own validator module (a generated
 * `models/<stem>/index.ts` passes it), lets the binding validate through a
 * client that has no generated loader: `createClient()` from this package.
 */
export function bindModel<Map extends ModelMapShape, M extends string>(
  model: M,
  schemas?: ModuleLoader,
): ModelBinding<Map, M> {
  const use = coreUser(model, schemas);
  const binding = {
    model,
    create: bindCall(model, use, "create", createChatCompletion),
    messages: Object.freeze({ create: bindCall(model, use, "messages.create", createMessage) }),
    responses: Object.freeze({ create: bindCall(model, use, "responses.create", createResponse) }),
    gemini: Object.freeze({ generateContent: bindCall(model, use, "gemini.generateContent", generateContent) }),
    videos: bindingVideos(model, use),
    call(client: ClientLike, operation: string, body: object, options?: CallOptions): APIPromise<unknown> {
      return promised(options, (opts) =>
        use(client, "call", (core) => callAnyOperation(core, operation, withModel(model, body), opts)),
      );
    },
  };
  return Object.freeze(binding) as unknown as ModelBinding<Map, M>;
}
