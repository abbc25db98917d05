/*
 * The video task routes (design.md, "The whole platform"): POST /v1/videos
 * creates a task, as JSON or, when the body holds a file, as
 * multipart/form-data; GET /v1/videos/{task_id} reads one; POST
 * /v1/videos/{video_id}/remix starts a new task from a finished video.
 *
 * Every body is checked before a byte is sent, a multipart one too: its text
 * fields against the model's `multipart` schema, each file standing in as a
 * placeholder string there (the schema says `format: binary`), so a wrong
 * size or a missing prompt uploads nothing. Retrieve and remix carry no model
 * on the wire: `options.model` names it when the caller wants the result
 * checked (strict mode) and the remix body validated.
 */
import { isRecord } from "../../shared/is-record.js";
import type { ClientCore } from "../core/client-core.js";
import { OperationNotSupportedError, ValidationError } from "../core/errors.js";
import type { RequestOptions } from "../core/options.js";
import { checkRequest, type ModelModule, type OperationSchemas } from "../core/schemas.js";
import { jsonPayload, modelBody, schemasOf, withModule } from "./call-operation.js";
import { type FormPart, multipartBody } from "./videos-multipart.js";
import { asUploadFile, isUploadable, type Uploadable, unusableReason } from "./videos-upload.js";

const VIDEOS = "videos";

/** Options of a call on an existing task or video: the model, when known, to check its body and result. */
export interface VideoRequestOptions extends RequestOptions {
  /** The model of the task: its remix body is validated and, in strict mode, the result checked. */
  model?: string | undefined;
}

/**
 * A task, even a failed one holding `error: {code, message}`: an id, a status
 * and no envelope `code` (APIFree's HTTP-200 error envelopes carry a numeric
 * one). The core reads such a body as the result, never as an error.
 */
function isTaskBody(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.id === "string" &&
    typeof value.status === "string" &&
    typeof value.code !== "number"
  );
}

/** How messages name a call on an existing task. */
export function taskSubject(kind: string, id: string, model: string | undefined): string {
  return model === undefined ? `${kind} '${id}'` : `${kind} '${id}' (model '${model}')`;
}

/** A path segment from a task or video id; an empty or non-string id stops the call. */
export function idSegment(id: unknown, what: string): string {
  if (typeof id !== "string" || id === "") {
    throw new ValidationError(
      `Invalid call (nothing was sent): the ${what} id must be a non-empty string, got ${JSON.stringify(id) ?? String(id)}.`,
      undefined,
      [],
    );
  }
  return encodeURIComponent(id);
}

/** The caller's options without `model`, which is the client's business and not the core's. */
function requestOptions(options: VideoRequestOptions | undefined): RequestOptions | undefined {
  if (options === undefined) return undefined;
  const { model: _model, ...rest } = options;
  return rest;
}

/** Loads the model's `videos` validators when a model is named; runs `send` with them (or without). */
function withVideoSchemas(
  core: ClientCore,
  model: string | undefined,
  send: (schemas: OperationSchemas | undefined) => Promise<unknown>,
): Promise<unknown> {
  if (model === undefined) return send(undefined);
  return withModule(core, model, (module: ModelModule | undefined) => {
    try {
      return send(module === undefined ? undefined : schemasOf(module, VIDEOS, model));
    } catch (error) {
      return Promise.reject(core.scrub(error));
    }
  });
}

/** The fields of the body holding files, in order. */
function uploadFields(body: Record<string, unknown>): string[] {
  return Object.keys(body).filter((key) => isUploadable(body[key]));
}

const FILE_PLACEHOLDER = "(file)";

function noUploads(model: string, fields: readonly string[]): ValidationError {
  const list = fields.map((field) => `'${field}'`).join(", ");
  return new ValidationError(
    `Invalid request for model '${model}' (nothing was sent): ${list} holds a file, but the model's document ` +
      "declares no multipart/form-data body for POST /v1/videos, so it takes no upload.",
    model,
    fields.map((field) => ({ path: [field], pointer: `/${field}`, field, message: "takes no file" })),
  );
}

/** Checks the text fields against the multipart schema, each file present as a placeholder string. */
function checkMultipart(
  schema: OperationSchemas["multipart"],
  model: string,
  body: Record<string, unknown>,
  files: readonly string[],
): void {
  if (schema === undefined) throw noUploads(model, files);
  const view: Record<string, unknown> = { ...body };
  for (const field of files) view[field] = FILE_PLACEHOLDER;
  checkRequest(schema, model, view);
}

/** A JSON body: a text in an upload field gets a hint, since a path string is not a file. */
function checkJson(schema: OperationSchemas["request"], model: string, body: Record<string, unknown>): void {
  if (schema === undefined) return;
  try {
    checkRequest(schema, model, body);
  } catch (error) {
    if (error instanceof ValidationError && typeof body.input_reference === "string") {
      error.message +=
        "\n  (input_reference takes a file: a Blob, File, Buffer, stream, or `await toFile(path)`; a string is sent as text)";
    }
    throw error;
  }
}

/** The form parts in the body's order; undefined values are left out, non-strings sent as JSON text. */
function formParts(body: Record<string, unknown>, model: string): FormPart[] {
  const parts: FormPart[] = [];
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    if (isUploadable(value)) {
      const unusable = unusableReason(value);
      if (unusable !== undefined) {
        throw new ValidationError(
          `Invalid request for model '${model}' (nothing was sent): '${name}' cannot be uploaded: ${unusable}.`,
          model,
          [{ path: [name], pointer: `/${name}`, field: name, message: unusable }],
        );
      }
      parts.push({ name, file: asUploadFile(value as Uploadable) });
    } else {
      parts.push({ name, text: typeof value === "string" ? value : jsonPayload(model, value) });
    }
  }
  return parts;
}

function sendCreate(
  core: ClientCore,
  model: string,
  body: Record<string, unknown>,
  schemas: OperationSchemas | undefined,
  options: RequestOptions | undefined,
): Promise<unknown> {
  const files = uploadFields(body);
  // A model whose document takes only multipart gets it even without a file.
  const multipart = files.length > 0 || (schemas !== undefined && !schemas.request && schemas.multipart !== undefined);
  const responseSchema = core.checksResults ? schemas?.response : undefined;
  const common = {
    path: "/v1/videos",
    model,
    isResult: isTaskBody,
    stream: undefined,
    responseSchema,
    eventSchema: undefined,
    options,
  };
  if (!multipart) {
    checkJson(schemas?.request, model, body);
    return core.post({ ...common, payload: jsonPayload(model, body) });
  }
  if (schemas !== undefined) checkMultipart(schemas.multipart, model, body, files);
  return core.post({ ...common, body: multipartBody(formParts(body, model), model) });
}

/** POST /v1/videos. */
export function createVideo(core: ClientCore, body: unknown, options: RequestOptions | undefined): Promise<unknown> {
  try {
    const checked = modelBody(body, options);
    return withVideoSchemas(core, checked.model, (schemas) =>
      sendCreate(core, checked.model, checked.body, schemas, options),
    );
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}

/** GET /v1/videos/{task_id}. */
export function retrieveVideo(
  core: ClientCore,
  id: string,
  options: VideoRequestOptions | undefined,
): Promise<unknown> {
  try {
    const path = `/v1/videos/${idSegment(id, "task")}`;
    const model = options?.model;
    return withVideoSchemas(core, model, (schemas) =>
      core.post({
        method: "GET",
        path,
        model,
        subject: taskSubject("video task", id, model),
        isResult: isTaskBody,
        stream: undefined,
        responseSchema: core.checksResults ? schemas?.task : undefined,
        eventSchema: undefined,
        options: requestOptions(options),
      }),
    );
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}

/** POST /v1/videos/{video_id}/remix. */
export function remixVideo(
  core: ClientCore,
  id: string,
  body: unknown,
  options: VideoRequestOptions | undefined,
): Promise<unknown> {
  try {
    const path = `/v1/videos/${idSegment(id, "video")}/remix`;
    const model = options?.model;
    if (typeof body !== "object" || body === null || Array.isArray(body)) {
      throw new ValidationError("Invalid request (nothing was sent): the remix body must be an object.", model, []);
    }
    return withVideoSchemas(core, model, (schemas) => {
      if (schemas?.remix && model !== undefined) checkRequest(schemas.remix, model, body);
      else if (schemas !== undefined && model !== undefined && !schemas.remix) {
        throw new OperationNotSupportedError(
          `Model '${model}' does not declare POST /v1/videos/{video_id}/remix; nothing was sent.`,
          model,
          "videos.remix",
        );
      }
      return core.post({
        path,
        model,
        subject: taskSubject("remix of video", id, model),
        payload: jsonPayload(model, body),
        isResult: isTaskBody,
        stream: undefined,
        responseSchema: core.checksResults ? schemas?.remixResponse : undefined,
        eventSchema: undefined,
        options: requestOptions(options),
      });
    });
  } catch (error) {
    return Promise.reject(core.scrub(error));
  }
}
