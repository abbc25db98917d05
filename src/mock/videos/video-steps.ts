import type { LocatedOperation } from "../../openapi/operations.js";
import { describeError, primaryError } from "../../oracle/index.js";
import {
  type ApiErrorBody,
  concurrencyExceeded,
  invalidRequest,
  modelNotFound,
  sendEnvelope,
  sendHttpError,
  unusableSchema,
} from "../api-errors.js";
import { applyImmediateFault } from "../fault-injection.js";
import { authorize, type Exchange, type HandlerContext, selectFault } from "../handler-context.js";
import type { ModelContract } from "../model-contract.js";
import { schemaView } from "../schema-probe.js";
import type { Fault } from "../types.js";
import { propertySchema } from "./form-body.js";
import { renderTask } from "./task-object.js";
import { type TaskPhase, taskPhase } from "./task-phase.js";
import type { VideoTask } from "./task-store.js";
import { newTaskId, requestedDuration, TASK_DURATION_HEADER } from "./video-tasks.js";

/*
 * The steps the video handlers share: admitting a request (key, concurrency
 * slot, injected fault), the model and its video operation, the schema
 * check, the stored task, and the task object as the model's schema shapes
 * it. Each step that fails answers the request itself and says so by
 * returning undefined or null.
 */

const OPERATION = "videos";

interface VideoModel {
  id: string;
  entry: Record<string, unknown> | undefined;
  contract: ModelContract;
  operation: LocatedOperation;
}

export function notServed(model: string, what: string, contract: ModelContract): ApiErrorBody {
  const declared = [...contract.operations.keys()].sort().join(", ") || "none";
  return invalidRequest(`model '${model}' does not serve ${what}; its document declares: ${declared}`);
}

function taskNotFound(id: string): ApiErrorBody {
  return { code: "video_not_found", message: `no video task with id '${id}'`, type: "invalid_request_error" };
}

/** The model's video operation, or an answer already sent (undefined). */
export function videoModel(context: HandlerContext, exchange: Exchange, id: string): VideoModel | undefined {
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
    sendHttpError(response, log, 500, unusableSchema(id, error));
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
export function valid(exchange: Exchange, model: VideoModel, pointer: string, body: unknown): boolean {
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
export async function admit(
  context: HandlerContext,
  exchange: Exchange,
  gated: boolean,
): Promise<Fault | undefined | null> {
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
export function duration(context: HandlerContext, exchange: Exchange): number | null {
  const asked = requestedDuration(exchange.request.headers[TASK_DURATION_HEADER], context.videos.defaultDurationMs);
  if (typeof asked === "number") return asked;
  sendHttpError(exchange.response, exchange.log, 400, invalidRequest(asked));
  return null;
}

export function phaseOf(context: HandlerContext, task: VideoTask): TaskPhase {
  return taskPhase(
    { createdAtMs: task.createdAtMs, durationMs: task.durationMs, fails: task.failure !== undefined },
    context.videos.now(),
  );
}

/** The task as the model's schema shapes it, at the emulator's now. */
export function taskObject(
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
export function withDefault(body: Record<string, unknown>, model: VideoModel, pointer: string, name: string): unknown {
  if (body[name] !== undefined) return body[name];
  return propertySchema(model.contract.document, pointer, name)?.default;
}

export function startTask(
  context: HandlerContext,
  fields: Omit<VideoTask, "id" | "createdAtMs">,
  fault: Fault | undefined,
): VideoTask {
  const task: VideoTask = { id: newTaskId(), createdAtMs: context.videos.now(), ...fields };
  if (fault?.taskFailure !== undefined) task.failure = { ...fault.taskFailure };
  context.videos.store.add(task);
  return task;
}

/** The stored task of the path's id, or undefined after answering 404. */
export function storedTask(context: HandlerContext, exchange: Exchange, id: string): VideoTask | undefined {
  const task = context.videos.store.get(id);
  if (task === undefined) sendEnvelope(exchange.response, exchange.log, 404, taskNotFound(id), 404);
  else exchange.log.model = task.model;
  return task;
}
