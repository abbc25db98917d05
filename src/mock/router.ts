import type { IncomingMessage, ServerResponse } from "node:http";
import { familyOf } from "../openapi/families.js";
import { sendHttpError } from "./api-errors.js";
import { handleChatCompletions } from "./endpoints/chat-completions.js";
import { handleGemini } from "./endpoints/gemini.js";
import { handleMessages } from "./endpoints/messages.js";
import { handleRead } from "./endpoints/read-endpoints.js";
import { handleResponses } from "./endpoints/responses.js";
import type { Exchange, HandlerContext } from "./handler-context.js";
import { headerRecord } from "./http-io.js";
import type { MockRequestLog } from "./types.js";

type Route = { method: string; handle: (context: HandlerContext, exchange: Exchange) => Promise<void> };

/** The completion operations served, by family key: their method and path are the families table's. */
const OPERATIONS: Record<string, Route["handle"]> = {
  "chat.completions": handleChatCompletions,
  messages: handleMessages,
  responses: handleResponses,
  gemini: handleGemini,
};

function operationRoutes(): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const [key, handle] of Object.entries(OPERATIONS)) {
    const route = familyOf(key)!.routes[0]!;
    routes[route.path] = { method: route.method.toUpperCase(), handle };
  }
  return routes;
}

const ROUTES: Record<string, Route> = {
  "/v1/models": { method: "GET", handle: (context, exchange) => handleRead(context, exchange, "catalog") },
  "/v1/model/openapi.json": { method: "GET", handle: (context, exchange) => handleRead(context, exchange, "document") },
  "/v1/model/api.md": { method: "GET", handle: (context, exchange) => handleRead(context, exchange, "api.md") },
  ...operationRoutes(),
};

export interface Router {
  handle(request: IncomingMessage, response: ServerResponse): void;
}

export function createRouter(context: HandlerContext, record: (log: MockRequestLog) => void): Router {
  let sequence = 0;
  return {
    handle(request, response) {
      const url = new URL(request.url ?? "/", "http://emulator.invalid");
      // No prototype: a parameter named "__proto__" or "toString" is kept like any other.
      const query = Object.create(null) as Record<string, string>;
      for (const [name, value] of url.searchParams) if (!Object.hasOwn(query, name)) query[name] = value;
      const log: MockRequestLog = {
        sequence: sequence++,
        method: request.method ?? "GET",
        path: url.pathname,
        query,
        headers: headerRecord(request),
        stream: false,
      };
      if (query.model !== undefined) log.model = query.model;
      record(log);
      const exchange: Exchange = { request, response, log };
      const route = Object.hasOwn(ROUTES, url.pathname) ? ROUTES[url.pathname] : undefined;
      if (route === undefined) {
        sendHttpError(response, log, 404, {
          code: "not_found",
          message: `no route for ${log.method} ${url.pathname}`,
          type: "invalid_request_error",
        });
        return;
      }
      if (route.method !== log.method) {
        sendHttpError(
          response,
          log,
          405,
          {
            code: "method_not_allowed",
            message: `${url.pathname} accepts ${route.method} only`,
            type: "invalid_request_error",
          },
          { allow: route.method },
        );
        return;
      }
      route.handle(context, exchange).catch((error: unknown) => {
        if (response.headersSent) {
          response.destroy();
          return;
        }
        sendHttpError(response, log, 500, {
          code: "server_error",
          message: `emulator failure: ${(error as Error).message}`,
          type: "server_error",
        });
      });
    },
  };
}
