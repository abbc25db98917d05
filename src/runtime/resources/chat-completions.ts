/*
 * POST /chat/completions: checks the body against the model's request schema
 * (nothing is sent when it does not match), serialises the caller's own
 * object once, and hands it to the core. Typing lives in ../types.ts; this
 * file is the untyped implementation behind it.
 */

import { isRecord } from "../../shared/is-record.js";
import type { ClientCore } from "../core/client-core.js";
import { APIUserAbortError, ValidationError } from "../core/errors.js";
import type { RequestOptions } from "../core/options.js";
import { checkRequest, type ModelSchemas } from "../core/schemas.js";
import { chatStream } from "./chat-stream.js";

const PATH = "/chat/completions";

export function createChatCompletion(
  core: ClientCore,
  body: unknown,
  options: RequestOptions | undefined,
): Promise<unknown> {
  try {
    if (!isRecord(body)) {
      throw new ValidationError(
        "Invalid request (nothing was sent): the body must be an object with a `model`.",
        undefined,
        [],
      );
    }
    const model = body.model;
    if (typeof model !== "string" || model === "") {
      throw new ValidationError(
        "Invalid request (nothing was sent):\n  - model: required, a model id such as 'openai/gpt-5.2'",
        undefined,
        [
          {
            path: ["model"],
            pointer: "/model",
            field: "model",
            message: "required, a model id such as 'openai/gpt-5.2'",
          },
        ],
      );
    }
    if (options?.signal?.aborted)
      throw new APIUserAbortError(`The request for model '${model}' was aborted before it was sent.`, { model });
    if (core.validate === "off") return send(core, model, body, undefined, options);
    // Validators already loaded: stay synchronous up to the socket write.
    const ready = core.loadedSchemas(model);
    if (ready) return send(core, model, body, ready, options);
    const loading = core.schemasFor(model);
    if (!loading) return send(core, model, body, undefined, options);
    return loading.then(
      (schemas) => send(core, model, body, schemas, options),
      (error: unknown) => Promise.reject(core.scrub(error)),
    );
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}

function send(
  core: ClientCore,
  model: string,
  body: Record<string, unknown>,
  schemas: ModelSchemas | undefined,
  options: RequestOptions | undefined,
): Promise<unknown> {
  try {
    if (schemas) checkRequest(schemas.request, model, body);
    const checked = core.checksResults ? schemas : undefined;
    let payload: string;
    try {
      payload = JSON.stringify(body);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new ValidationError(
        `Invalid request for model '${model}' (nothing was sent): the body cannot be serialised as JSON: ${why}`,
        model,
        [],
      );
    }
    return core.post({
      path: PATH,
      model,
      payload,
      stream: body.stream === true ? chatStream : undefined,
      responseSchema: checked?.response,
      eventSchema: checked?.chunk,
      options,
    });
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}
