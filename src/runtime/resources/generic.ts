/*
 * Any operation of a model's document, by its key: a family of the table
 * (`messages`...) or `METHOD /path` for one outside it (`POST
 * /v1/images/generations`). Path parameters (`{name}`) come from `params`.
 */
import type { ClientCore } from "../core/client-core.js";
import { ValidationError } from "../core/errors.js";
import type { RequestOptions } from "../core/options.js";
import { callOperation, type OperationCall } from "./call-operation.js";
import { CHAT } from "./chat-completions.js";
import { GEMINI } from "./gemini.js";
import { messagesCall } from "./messages.js";
import { RESPONSES } from "./responses.js";

/**
 * Where each family of the table is served (the paths of
 * src/openapi/families.ts): the very routes of the family's own method, with
 * its headers and its stream, so `call("messages", body)` is
 * `messages.create(body)`.
 */
const FAMILY_ROUTES: Readonly<Record<string, (core: ClientCore) => OperationCall>> = {
  "chat.completions": () => CHAT,
  messages: messagesCall,
  responses: () => RESPONSES,
  gemini: () => GEMINI,
  videos: () => ({ operation: "videos", path: "/v1/videos" }),
};

export interface CallOptions extends RequestOptions {
  /** Values of the path's `{name}` parameters; each is URL-encoded. */
  params?: Readonly<Record<string, string>> | undefined;
}

function fillPath(operation: string, path: string, params: Readonly<Record<string, string>> | undefined): string {
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = params !== undefined && Object.hasOwn(params, name) ? params[name] : undefined;
    if (typeof value !== "string" || value === "") {
      throw new ValidationError(
        `Invalid call of ${operation} (nothing was sent): the path parameter '${name}' needs a value in options.params.`,
        undefined,
        [],
      );
    }
    return encodeURIComponent(value);
  });
}

/** The route of an operation key, or undefined when the key is neither a family nor `METHOD /path`. */
function routeOf(core: ClientCore, operation: string): OperationCall | undefined {
  if (Object.hasOwn(FAMILY_ROUTES, operation)) return FAMILY_ROUTES[operation]!(core);
  // Only bodies are called generically: the body names the model whose validators apply.
  const match = /^POST (\/\S*)$/.exec(operation);
  return match === null ? undefined : { operation, path: match[1]! };
}

export function callAnyOperation(
  core: ClientCore,
  operation: string,
  body: unknown,
  options: CallOptions | undefined,
): Promise<unknown> {
  try {
    const route = routeOf(core, operation);
    if (route === undefined) {
      throw new ValidationError(
        `Invalid call (nothing was sent): ${JSON.stringify(operation)} is not a callable operation key (a family such as "messages", or "POST /v1/path").`,
        undefined,
        [],
      );
    }
    const { params, ...rest } = options ?? {};
    return callOperation(core, { ...route, path: fillPath(operation, route.path, params) }, body, rest);
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}
