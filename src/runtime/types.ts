/*
 * The typed surface. Measured with 1,000 models (see test/runtime/types):
 * `create` takes `M extends string` (never `extends Id`) so inference cannot
 * fall back to the union of every request type, and `model: M extends Id ? M
 * : Id` reports an unknown id as "not assignable to ModelId". `Map[M]`
 * resolves through the map's index-signature fallback when M is unknown.
 */
import type { ClientCore } from "./core/client-core.js";
import type { clientCore } from "./core/client-symbol.js";
import type { RequestOptions } from "./core/options.js";
import type { ModelEntry } from "./core/schemas.js";
import type { Stream } from "./resources/chat-stream.js";

/** Model id -> its request, response and chunk types (the generated `ModelMap`). */
export type ModelMapShape = { [id: string]: ModelEntry };

/** The map of a client used without generated bindings: any id, any body, untyped results. */
export type UntypedModelMap = {
  [id: string]: { request: { [key: string]: unknown }; response: unknown; chunk: unknown };
};

/** `stream` as a literal: true selects the chunk type, a boolean gives the union. */
export type StreamFlag = boolean | null | undefined;

/** Anything a binding can call through: every Client. */
export interface ClientLike {
  readonly [clientCore]: ClientCore;
}

export interface ChatCompletions<Map extends ModelMapShape, Id extends string> {
  /**
   * POST /chat/completions. The body is checked against the model's schema
   * before anything is sent; with `stream: true` it resolves to a Stream of
   * the model's chunks once the response headers arrived.
   */
  create<M extends string, const S extends StreamFlag = undefined>(
    body: { model: M extends Id ? M : Id; stream?: S } & Map[M]["request"],
    options?: RequestOptions,
  ): Promise<S extends true ? Stream<Map[M]["chunk"]> : Map[M]["response"]>;
}

export interface Client<Map extends ModelMapShape = UntypedModelMap, Id extends string = string> extends ClientLike {
  readonly chat: { readonly completions: ChatCompletions<Map, Id> };
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

/** One model's typed entry point (generated per model): `binding.create(client, bodyWithoutModel)`. */
export interface ModelBinding<Map extends ModelMapShape, M extends string> {
  readonly model: M;
  create<const S extends StreamFlag = undefined>(
    client: ClientLike,
    body: { stream?: S } & OmitEach<Map[M]["request"], "model">,
    options?: RequestOptions,
  ): Promise<S extends true ? Stream<Map[M]["chunk"]> : Map[M]["response"]>;
}
