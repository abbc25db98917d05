import { invalidRequest, sendEnvelope } from "../api-errors.js";
import type { Exchange, HandlerContext } from "../handler-context.js";
import { sendBytes, sendJson } from "../http-io.js";
import { formBody } from "../videos/form-body.js";
import { jsonBody, MULTIPART, readCreateBody } from "../videos/request-body.js";
import {
  admit,
  duration,
  notServed,
  phaseOf,
  startTask,
  storedTask,
  taskObject,
  valid,
  videoModel,
  withDefault,
} from "../videos/video-steps.js";

/*
 * The video task routes (design.md, "The whole platform"), under /v1/videos
 * and the compatibility prefix /v1/openai/videos alike:
 *
 *   POST {prefix}                     create: JSON, or multipart/form-data (an `input_reference` upload)
 *   GET  {prefix}/{task_id}           the task as it stands now
 *   POST {prefix}/{video_id}/remix    a new task from a completed one
 *   GET  {prefix}/{video_id}/content  the finished video's bytes (where `result.video_url` points)
 *
 * Taken in APIFree's order (key, concurrency slot, injected fault, then the
 * body); body failures are HTTP-200 envelopes, an unknown task id the
 * envelope with HTTP 404, an oversized body HTTP 413 like every route's.
 */

type Params = Readonly<Record<string, string>>;

export async function handleCreateVideo(context: HandlerContext, exchange: Exchange): Promise<void> {
  const { response, log } = exchange;
  const fault = await admit(context, exchange, true);
  if (fault === null) return;
  const durationMs = duration(context, exchange);
  if (durationMs === null) return;
  const read = await readCreateBody(exchange, context.videos.maxUploadBytes);
  if (read === undefined) return;
  const { multipart, fields: raw, entries } = read;
  if (raw.model === undefined) {
    sendEnvelope(response, log, 400, invalidRequest("missing required field 'model'"));
    return;
  }
  if (typeof raw.model !== "string") {
    sendEnvelope(response, log, 400, invalidRequest("field 'model' must be a string"));
    return;
  }
  log.model = raw.model;
  const model = videoModel(context, exchange, raw.model);
  if (model === undefined) return;
  const root = multipart ? model.operation.roots.multipart : model.operation.roots.request;
  if (root === undefined) {
    const other = multipart ? "application/json" : MULTIPART;
    sendEnvelope(
      response,
      log,
      400,
      invalidRequest(
        `model '${model.id}' takes no ${multipart ? MULTIPART : "application/json"} body for POST /v1/videos; send ${other}`,
      ),
    );
    return;
  }
  const body = entries === undefined ? raw : formBody(entries, model.contract.document, root.pointer);
  if (!valid(exchange, model, root.pointer, body)) return;
  const task = startTask(
    context,
    {
      model: model.id,
      durationMs,
      prompt: typeof body.prompt === "string" ? body.prompt : undefined,
      size: withDefault(body, model, root.pointer, "size"),
      seconds: withDefault(body, model, root.pointer, "seconds"),
    },
    fault,
  );
  sendJson(response, log, 200, taskObject(context, exchange, task, model));
}

export async function handleRetrieveVideo(context: HandlerContext, exchange: Exchange, params: Params): Promise<void> {
  if ((await admit(context, exchange, false)) === null) return;
  const task = storedTask(context, exchange, params.task_id!);
  if (task === undefined) return;
  const model = videoModel(context, exchange, task.model);
  if (model === undefined) return;
  sendJson(exchange.response, exchange.log, 200, taskObject(context, exchange, task, model));
}

export async function handleRemixVideo(context: HandlerContext, exchange: Exchange, params: Params): Promise<void> {
  const { response, log } = exchange;
  const fault = await admit(context, exchange, true);
  if (fault === null) return;
  const durationMs = duration(context, exchange);
  if (durationMs === null) return;
  const body = await jsonBody(exchange);
  if (body === undefined) return;
  const source = storedTask(context, exchange, params.video_id!);
  if (source === undefined) return;
  const model = videoModel(context, exchange, source.model);
  if (model === undefined) return;
  const phase = phaseOf(context, source);
  if (phase.status !== "completed") {
    sendEnvelope(
      response,
      log,
      400,
      invalidRequest(`video '${source.id}' is ${phase.status}: only a completed video can be remixed`),
    );
    return;
  }
  const root = model.operation.roots.remix;
  if (root === undefined) {
    sendEnvelope(response, log, 400, notServed(model.id, "remix (POST /v1/videos/{video_id}/remix)", model.contract));
    return;
  }
  if (!valid(exchange, model, root.pointer, body)) return;
  const task = startTask(
    context,
    {
      model: model.id,
      durationMs,
      prompt: typeof body.prompt === "string" ? body.prompt : source.prompt,
      size: source.size,
      seconds: body.seconds ?? source.seconds,
      remixedFrom: source.id,
    },
    fault,
  );
  sendJson(response, log, 200, taskObject(context, exchange, task, model));
}

/** A few bytes that start like an MP4 file (an `ftyp` box): enough for a download to be checked end to end. */
const VIDEO_BYTES = Buffer.from("000000186674797069736f6d0000020069736f6d6d703432", "hex");

export async function handleVideoContent(context: HandlerContext, exchange: Exchange, params: Params): Promise<void> {
  if ((await admit(context, exchange, false)) === null) return;
  const task = storedTask(context, exchange, params.video_id!);
  if (task === undefined) return;
  const phase = phaseOf(context, task);
  if (phase.status !== "completed") {
    sendEnvelope(
      exchange.response,
      exchange.log,
      404,
      {
        code: "video_not_ready",
        message: `video '${task.id}' is ${phase.status}: it has no content yet`,
        type: "invalid_request_error",
      },
      404,
    );
    return;
  }
  sendBytes(exchange.response, exchange.log, 200, "video/mp4", VIDEO_BYTES);
}
