/*
 * One call of one operation, untyped: the body is checked against the
 * model's validator for that operation (nothing is sent when it does not
 * match, or when the model's document does not declare the operation), the
 * caller's own object is serialised once, and the core sends it. Every
 * resource (chat, Messages, Responses, Gemini, the generic call) is this
 * with its own path and headers; typing lives in ../types.ts.
 */
import { isRecord } from "../../shared/is-record.js";
import type { ClientCore } from "../core/client-core.js";
import { APIUserAbortError, OperationNotSupportedError, ValidationError } from "../core/errors.js";
import type { HeadersInit, RequestOptions } from "../core/options.js";
import { checkRequest, type ModelModule, type OperationSchemas, operationSchemas } from "../core/schemas.js";
import type { StreamKind } from "../core/stream/open.js";

export interface OperationCall {
  /** The operation key: `chat.completions`, `messages`, `POST /v1/images/generations`... */
  operation: string;
  method?: "GET" | "POST" | undefined;
  /** The document's path, path parameters filled in. */
  path: string;
  /** Headers the operation adds under the caller's per-call headers. */
  headers?: HeadersInit | undefined;
  /** How the operation's stream is read when the body asks for `stream: true`; none for an operation without one. */
  stream?: StreamKind | undefined;
}

const MODEL_HINT = "required, a model id such as 'gpt-5-mini'";

function missingModel(): ValidationError {
  return new ValidationError(`Invalid request (nothing was sent):\n  - model: ${MODEL_HINT}`, undefined, [
    { path: ["model"], pointer: "/model", field: "model", message: MODEL_HINT },
  ]);
}

/**
 * The body as an object naming its model; throws what stops a call before
 * anything is sent: a body that is not an object, no model, an aborted signal.
 */
export function modelBody(
  body: unknown,
  options: RequestOptions | undefined,
): { body: Record<string, unknown>; model: string } {
  if (!isRecord(body)) {
    throw new ValidationError(
      "Invalid request (nothing was sent): the body must be an object with a `model`.",
      undefined,
      [],
    );
  }
  const model = body.model;
  if (typeof model !== "string" || model === "") throw missingModel();
  if (options?.signal?.aborted) {
    throw new APIUserAbortError(`The request for model '${model}' was aborted before it was sent.`, { model });
  }
  return { body, model };
}

/**
 * Calls `send` with the model's validator module: at once when validation is
 * off, neither the client nor a binding can load the model's validators, or
 * they are already loaded (so a call stays synchronous up to the socket
 * write), else once they have loaded.
 */
export function withModule(
  core: ClientCore,
  model: string,
  send: (module: ModelModule | undefined) => Promise<unknown>,
): Promise<unknown> {
  if (core.validate === "off") return send(undefined);
  const ready = core.loadedSchemas(model);
  if (ready) return send(ready);
  const loading = core.schemasFor(model);
  if (!loading) return send(undefined);
  return loading.then(send, (error: unknown) => Promise.reject(core.scrub(error)));
}

export function callOperation(
  core: ClientCore,
  call: OperationCall,
  body: unknown,
  options: RequestOptions | undefined,
): Promise<unknown> {
  try {
    const checked = modelBody(body, options);
    return withModule(core, checked.model, (module) => send(core, call, checked.model, checked.body, module, options));
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}

/** The validators of `operation` in a model's module; OperationNotSupportedError when its document does not declare it. */
export function schemasOf(module: ModelModule, operation: string, model: string): OperationSchemas {
  const schemas = operationSchemas(module, operation);
  if (schemas !== undefined) return schemas;
  const served = Object.keys(module.operations).sort().join(", ") || "none";
  throw new OperationNotSupportedError(
    `Model '${model}' does not serve ${operation} (its document declares: ${served}); nothing was sent.`,
    model,
    operation,
  );
}

/** The body serialised once, as sent on every attempt; one JSON cannot hold (a cycle, a BigInt) is refused. */
export function jsonPayload(model: string | undefined, body: unknown): string {
  try {
    return JSON.stringify(body);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    const request = model === undefined ? "Invalid request" : `Invalid request for model '${model}'`;
    throw new ValidationError(
      `${request} (nothing was sent): the body cannot be serialised as JSON: ${why}`,
      model,
      [],
    );
  }
}

function send(
  core: ClientCore,
  call: OperationCall,
  model: string,
  body: Record<string, unknown>,
  module: ModelModule | undefined,
  options: RequestOptions | undefined,
): Promise<unknown> {
  try {
    const schemas = module === undefined ? undefined : schemasOf(module, call.operation, model);
    if (schemas?.request) checkRequest(schemas.request, model, body);
    const payload = jsonPayload(model, body);
    const checked = core.checksResults ? schemas : undefined;
    return core.post({
      method: call.method,
      path: call.path,
      headers: call.headers,
      model,
      payload,
      stream: body.stream === true ? call.stream : undefined,
      responseSchema: checked?.response,
      eventSchema: checked?.event,
      options,
    });
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}
