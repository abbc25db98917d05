import type { IncomingMessage } from "node:http";
import type { LocatedOperation } from "../../openapi/operations.js";
import { describeError, primaryError } from "../../oracle/index.js";
import { isRecord } from "../../shared/is-record.js";
import {
  type ApiErrorBody,
  concurrencyExceeded,
  invalidRequest,
  modelNotFound,
  sendEnvelope,
  sendHttpError,
} from "../api-errors.js";
import { applyImmediateFault } from "../fault-injection.js";
import { authorize, type Exchange, type HandlerContext, selectFault } from "../handler-context.js";
import { BodyTooLarge, readBody, sendBytes, sendJson } from "../http-io.js";
import type { ModelContract } from "../model-contract.js";
import { schemaView } from "../schema-probe.js";
import type { Fault } from "../types.js";
import { formBody, propertySchema } from "../videos/form-body.js";
import { MalformedMultipart, readMultipart, UploadTooLarge } from "../videos/multipart.js";
import { renderTask } from "../videos/task-object.js";
import { type TaskPhase, taskPhase } from "../videos/task-phase.js";
import type { VideoTask } from "../videos/task-store.js";
import { newTaskId, requestedDuration, TASK_DURATION_HEADER } from "../videos/video-tasks.js";

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

const OPERATION = "videos";
const MULTIPART = "multipart/form-data";

type Params = Readonly<Record<string, string>>;

interface VideoModel {
  id: string;
  entry: Record<string, unknown> | undefined;
  contract: ModelContract;
  operation: LocatedOperation;
}

function notServed(model: string, what: string, contract: ModelContract): ApiErrorBody {
  const declared = [...contract.operations.keys()].sort().join(", ") || "none";
  return invalidRequest(`model '${model}' does not serve ${what}; its document declares: ${declared}`);
}

function taskNotFound(id: string): ApiErrorBody {
  return { code: "video_not_found", message: `no video task with id '${id}'`, type: "invalid_request_error" };
}

/** The model's video operation, or an answer already sent (undefined). */
function videoModel(context: HandlerContext, exchange: Exchange, id: string): VideoModel | undefined {
  const { response, log } = exchange;
  const model = context.snapshot.model(id);
  if (model === undefined) {
    sendEnvelope(response, log, 404, modelNotFound(id));
    return undefined;
  }
  let contract: ModelContract;
  try {
    contract = model.contract();
  } catch (error) {
    sendHttpError(response, log, 500, {
      code: "server_error",
      message: `the emulator cannot use the schema of model '${id}': ${(error as Error).message}`,
      type: "server_error",
    });
    return undefined;
  }
  const operation = contract.operations.get(OPERATION);
  if (operation === undefined) {
    sendEnvelope(response, log, 400, notServed(id, "the videos operation", contract));
    return undefined;
  }
  return { id, entry: model.entry, contract, operation };
}

/** Checks a body against a root of the model's video operation; answers and returns false when it fails. */
function valid(exchange: Exchange, model: VideoModel, pointer: string, body: unknown): boolean {
  const verdict = model.contract.validator(pointer)(body);
  if (verdict.valid) return true;
  const shown = primaryError(verdict.errors);
  const detail = shown === undefined ? "it does not match the schema" : describeError(shown);
  sendEnvelope(
    exchange.response,
    exchange.log,
    400,
    invalidRequest(`invalid request for model '${model.id}': ${detail}`),
  );
  return false;
}

/** Key, concurrency slot (when `gated`), injected fault: the fault when the request goes on, null when answered. */
async function admit(context: HandlerContext, exchange: Exchange, gated: boolean): Promise<Fault | undefined | null> {
  const { response, log } = exchange;
  if (!authorize(context, exchange)) return null;
  if (gated) {
    const release = context.gate.tryAcquire();
    if (release === undefined) {
      sendEnvelope(response, log, 429, concurrencyExceeded(), context.concurrencyStatus);
      return null;
    }
    response.once("close", release);
  }
  const fault = selectFault(context, exchange);
  if (fault === null || (await applyImmediateFault(fault, response, log))) return null;
  return fault;
}

/** The duration header's value, or null after answering HTTP 400 for a bad one. */
function duration(context: HandlerContext, exchange: Exchange): number | null {
  const asked = requestedDuration(exchange.request.headers[TASK_DURATION_HEADER], context.videos.defaultDurationMs);
  if (typeof asked === "number") return asked;
  sendHttpError(exchange.response, exchange.log, 400, invalidRequest(asked));
  return null;
}

/** A JSON object body, or undefined after answering (413 too large, envelope 400 not JSON or not an object). */
async function jsonBody(exchange: Exchange): Promise<Record<string, unknown> | undefined> {
  const { request, response, log } = exchange;
  let bytes: Buffer;
  try {
    bytes = await readBody(request);
  } catch (error) {
    if (!(error instanceof BodyTooLarge)) throw error;
    sendHttpError(response, log, 413, invalidRequest(error.message));
    return undefined;
  }
  let value: unknown;
  try {
    value = JSON.parse(bytes.toString("utf8"));
  } catch (error) {
    sendEnvelope(response, log, 400, invalidRequest(`request body is not valid JSON: ${(error as Error).message}`));
    return undefined;
  }
  log.body = value;
  if (!isRecord(value)) {
    sendEnvelope(response, log, 400, invalidRequest("request body must be a JSON object"));
    return undefined;
  }
  return value;
}

/** How long the rest of a refused upload is read (and dropped) before the connection is closed. */
const REFUSED_UPLOAD_DRAIN_MS = 10_000;

/**
 * The refusal is sent at once and the rest of the upload read and dropped,
 * so a client that writes its whole body before reading (most do) gets the
 * 413 and keeps its connection; one still sending after the grace period is
 * disconnected rather than held.
 */
function closeIfStillSending(request: IncomingMessage): void {
  if (request.complete) return;
  const timer = setTimeout(() => request.socket.destroy(), REFUSED_UPLOAD_DRAIN_MS);
  timer.unref();
  request.once("end", () => clearTimeout(timer));
  request.once("close", () => clearTimeout(timer));
}

function isMultipart(request: IncomingMessage): boolean {
  return (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase() === MULTIPART;
}

function phaseOf(context: HandlerContext, task: VideoTask): TaskPhase {
  return taskPhase(
    { createdAtMs: task.createdAtMs, durationMs: task.durationMs, fails: task.failure !== undefined },
    context.videos.now(),
  );
}

/** The task as the model's schema shapes it, at the emulator's now. */
function taskObject(
  context: HandlerContext,
  exchange: Exchange,
  task: VideoTask,
  model: VideoModel | undefined,
): unknown {
  const roots = model?.operation.roots;
  const root = roots?.task ?? roots?.response;
  const host = exchange.request.headers.host ?? "127.0.0.1";
  return renderTask(task, phaseOf(context, task), {
    view: schemaView(model?.contract.document, root?.pointer),
    videoUrl: `http://${host}/v1/videos/${encodeURIComponent(task.id)}/content`,
    provider: typeof model?.entry?.owned_by === "string" ? model.entry.owned_by : undefined,
  });
}

/** A member's value from the body, else the create schema's `default` for it. */
function withDefault(body: Record<string, unknown>, model: VideoModel, pointer: string, name: string): unknown {
  if (body[name] !== undefined) return body[name];
  return propertySchema(model.contract.document, pointer, name)?.default;
}

function startTask(
  context: HandlerContext,
  fields: Omit<VideoTask, "id" | "createdAtMs">,
  fault: Fault | undefined,
): VideoTask {
  const task: VideoTask = { id: newTaskId(), createdAtMs: context.videos.now(), ...fields };
  if (fault?.taskFailure !== undefined) task.failure = { ...fault.taskFailure };
  context.videos.store.add(task);
  return task;
}

export async function handleCreateVideo(context: HandlerContext, exchange: Exchange): Promise<void> {
  const { request, response, log } = exchange;
  const fault = await admit(context, exchange, true);
  if (fault === null) return;
  const durationMs = duration(context, exchange);
  if (durationMs === null) return;
  const multipart = isMultipart(request);
  let raw: Record<string, unknown> | undefined;
  let entries: Awaited<ReturnType<typeof readMultipart>> | undefined;
  if (multipart) {
    try {
      entries = await readMultipart(request, request.headers["content-type"]!, context.videos.maxUploadBytes);
    } catch (error) {
      if (error instanceof UploadTooLarge) {
        sendHttpError(response, log, 413, invalidRequest(error.message));
        closeIfStillSending(request);
        return;
      }
      if (error instanceof MalformedMultipart) {
        sendEnvelope(
          response,
          log,
          400,
          invalidRequest(`request body is not valid multipart/form-data: ${error.message}`),
        );
        return;
      }
      if (response.destroyed || request.destroyed) return; // the client went away mid-upload
      throw error;
    }
    raw = Object.fromEntries(entries);
    log.body = raw;
  } else {
    raw = await jsonBody(exchange);
    if (raw === undefined) return;
  }
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

/** The stored task of the path's id, or undefined after answering 404. */
function storedTask(context: HandlerContext, exchange: Exchange, id: string): VideoTask | undefined {
  const task = context.videos.store.get(id);
  if (task === undefined) sendEnvelope(exchange.response, exchange.log, 404, taskNotFound(id), 404);
  else exchange.log.model = task.model;
  return task;
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
