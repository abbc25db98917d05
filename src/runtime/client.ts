/*
 * createClient: the generic client the generated index specialises with its
 * ModelMap and ModelId, and bindModel for the per-model bindings. Both call
 * the same untyped core; the types in ./types.ts are the only difference.
 */
import { inspect } from "node:util";
import { ClientCore } from "./core/client-core.js";
import { clientCore } from "./core/client-symbol.js";
import type { ClientOptions, RequestOptions } from "./core/options.js";
import type { SchemaLoader } from "./core/schemas.js";
import { createChatCompletion } from "./resources/chat-completions.js";
import type { Client, ClientLike, ModelBinding, ModelMapShape, UntypedModelMap } from "./types.js";

/** Options of the generic client: the user's options plus the generated schema loader. */
export interface CreateClientOptions<Id extends string = string> extends ClientOptions {
  /**
   * Validators per model (the generated `loadSchemas`); called once per model.
   * Without it nothing is validated.
   */
  schemas?: SchemaLoader<Id> | undefined;
}

class APIFreeClient {
  readonly #core: ClientCore;
  readonly chat: { readonly completions: { create(body: unknown, options?: RequestOptions): Promise<unknown> } };

  constructor(core: ClientCore) {
    this.#core = core;
    this.chat = Object.freeze({
      completions: Object.freeze({
        create: (body: unknown, options?: RequestOptions) => createChatCompletion(core, body, options),
      }),
    });
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

export function createClient<Map extends ModelMapShape = UntypedModelMap, Id extends string = string>(
  options: CreateClientOptions<Id> = {},
): Client<Map, Id> {
  return new APIFreeClient(new ClientCore(options as CreateClientOptions<never>)) as unknown as Client<Map, Id>;
}

/** A per-model binding: `binding.create(client, body)` is `client.chat.completions.create({ model, ...body })`. */
export function bindModel<Map extends ModelMapShape, M extends string>(model: M): ModelBinding<Map, M> {
  const binding = {
    model,
    create(client: ClientLike, body: object, options?: RequestOptions) {
      const core = (client as Partial<ClientLike> | undefined)?.[clientCore];
      if (typeof core?.post !== "function") {
        return Promise.reject(
          new TypeError(`${model}: the first argument of create() must be a client from createClient()`),
        );
      }
      // The binding's model wins over a stray `model` in an untyped body.
      const request: Record<string, unknown> = { model, ...body };
      request.model = model;
      return createChatCompletion(core, request, options);
    },
  };
  return Object.freeze(binding) as unknown as ModelBinding<Map, M>;
}
