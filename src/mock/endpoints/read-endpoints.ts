import { invalidRequest, modelNotFound, sendEnvelope } from "../api-errors.js";
import { applyImmediateFault } from "../fault-injection.js";
import { authorize, type Exchange, type HandlerContext, selectFault } from "../handler-context.js";
import { JSON_TYPE, sendBytes } from "../http-io.js";

/*
 * GET /v1/models, GET /v1/model/openapi.json?model=ID, GET /v1/model/api.md?model=ID.
 * Bytes are served exactly as stored. A missing `model` parameter is HTTP 400
 * and an unknown model HTTP 404, both with the same `{"code":N,"error":{...}}`
 * body the chat endpoint sends with HTTP 200: a document fetch is not a
 * completion, and a real status lets any HTTP client notice the failure.
 */

export type ReadResource = "catalog" | "document" | "api.md";

export async function handleRead(context: HandlerContext, exchange: Exchange, resource: ReadResource): Promise<void> {
  const { response, log } = exchange;
  if (context.requireAuthForReads && !authorize(context, exchange)) return;
  const fault = selectFault(context, exchange);
  if (fault === null || (await applyImmediateFault(fault, response, log))) return;

  if (resource === "catalog") {
    sendBytes(response, log, 200, JSON_TYPE, await context.snapshot.catalogBytes());
    return;
  }
  const id = log.query.model;
  if (id === undefined || id === "") {
    sendEnvelope(response, log, 400, invalidRequest("query parameter 'model' is required"), 400);
    return;
  }
  const model = context.snapshot.model(id);
  if (model === undefined) {
    sendEnvelope(response, log, 404, modelNotFound(id), 404);
    return;
  }
  if (resource === "document") sendBytes(response, log, 200, JSON_TYPE, await model.documentBytes());
  else sendBytes(response, log, 200, "text/markdown; charset=utf-8", model.apiMdBytes());
}
