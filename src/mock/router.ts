import type { IncomingMessage, ServerResponse } from "node:http";
import { familyOf } from "../openapi/families.js";
import { sendHttpError } from "./api-errors.js";
import { handleChatCompletions } from "./endpoints/chat-completions.js";
import { handleGemini } from "./endpoints/gemini.js";
import { handleMessages } from "./endpoints/messages.js";
import { handleRead } from "./endpoints/read-endpoints.js";
import { handleResponses } from "./endpoints/responses.js";
import { handleCreateVideo, handleRemixVideo, handleRetrieveVideo, handleVideoContent } from "./endpoints/videos.js";
import type { Exchange, HandlerContext } from "./handler-context.js";
import { headerRecord } from "./http-io.js";
import type { MockRequestLog } from "./types.js";

type Params = Readonly<Record<string, string>>;
type Route = { method: string; handle: (context: HandlerContext, exchange: Exchange, params: Params) => Promise<void> };

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

/** A route whose path has `{name}` parameters, each one non-empty segment. */
interface TemplateRoute extends Route {
  pattern: RegExp;
  names: string[];
}

function templateRoute(template: string, method: string, handle: Route["handle"]): TemplateRoute {
  const names: string[] = [];
  const source = template
    .split("/")
    .map((segment) => {
      const name = /^\{(\w+)\}$/.exec(segment)?.[1];
      if (name === undefined) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      names.push(name);
      return "([^/]+)";
    })
    .join("/");
  return { method, handle, pattern: new RegExp(`^${source}$`), names };
}

/** APIFree serves the video routes under its OpenAI-compatible prefix too. */
const VIDEO_PREFIXES = ["", "/v1/openai"];

function videoRoutes(): TemplateRoute[] {
  const [create, retrieve, remix] = familyOf("videos")!.routes;
  const handlers: Array<[string, string, Route["handle"]]> = [
    [create!.path, "POST", handleCreateVideo],
    [retrieve!.path, "GET", handleRetrieveVideo],
    [remix!.path, "POST", handleRemixVideo],
    ["/v1/videos/{video_id}/content", "GET", handleVideoContent],
  ];
  return VIDEO_PREFIXES.flatMap((prefix) =>
    handlers.map(([path, method, handle]) =>
      templateRoute(prefix === "" ? path : path.replace(/^\/v1/, prefix), method, handle),
    ),
  );
}

const TEMPLATE_ROUTES = videoRoutes();

/** The route for a path and its parameters (percent-decoded), or undefined. */
function matchRoute(pathname: string): { route: Route; params: Params } | undefined {
  if (Object.hasOwn(ROUTES, pathname)) return { route: ROUTES[pathname]!, params: {} };
  for (const route of TEMPLATE_ROUTES) {
    const match = route.pattern.exec(pathname);
    if (match === null) continue;
    const params: Record<string, string> = Object.create(null);
    try {
      route.names.forEach((name, index) => {
        params[name] = decodeURIComponent(match[index + 1]!);
      });
    } catch {
      return undefined; // a malformed escape names no task
    }
    return { route, params };
  }
  return undefined;
}

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
      const matched = matchRoute(url.pathname);
      if (matched === undefined) {
        sendHttpError(response, log, 404, {
          code: "not_found",
          message: `no route for ${log.method} ${url.pathname}`,
          type: "invalid_request_error",
        });
        return;
      }
      const { route, params } = matched;
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
      route.handle(context, exchange, params).catch((error: unknown) => {
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
