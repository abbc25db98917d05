import type { OperationPart } from "../assemble.js";
import type { VideoExtra, VideoModelSpec } from "../spec.js";
import type { Build } from "./build.js";
import { errorResponses } from "./errors.js";
import { compact, properties, type Schema } from "./json.js";

/*
 * APIFree's asynchronous video API: POST /v1/videos creates a task (JSON, or
 * multipart/form-data carrying an `input_reference` image on models that take
 * one), GET /v1/videos/{task_id} reports it, POST /v1/videos/{video_id}/remix
 * starts a new task from a finished one. Vendors differ in their size lists,
 * in `seconds` (OpenAI's string enum, others an integer range), in their
 * extra knobs, and in what the finished task carries (`result` with the
 * upstream provider's metadata on some).
 */

const VIDEOS_PATH = "/v1/videos";
const VIDEO_TASK_PATH = "/v1/videos/{task_id}";
const VIDEO_REMIX_PATH = "/v1/videos/{video_id}/remix";

const STATUSES = ["queued", "in_progress", "completed", "failed"];

type VideoBuild = Build<VideoModelSpec>;

function size(b: VideoBuild): Schema {
  const { sizes } = b.spec;
  return b.c.named("VideoSize", () => ({
    type: "string",
    enum: [...sizes],
    default: sizes[0] ?? "1280x720",
    description: "Output resolution, width x height.",
  }));
}

function seconds(b: VideoBuild): Schema {
  const spec = b.spec.seconds;
  return b.c.named("VideoSeconds", () =>
    spec.type === "string"
      ? {
          type: "string",
          enum: [...spec.values],
          default: spec.values[0] ?? "4",
          description: "Clip length in seconds, as a string.",
        }
      : {
          type: "integer",
          minimum: spec.min,
          maximum: spec.max,
          default: spec.default,
          description: `Clip length in seconds, ${spec.min} to ${spec.max}.`,
        },
  );
}

function prompt(b: VideoBuild): Schema {
  return {
    type: "string",
    minLength: 1,
    maxLength: b.spec.maxPromptLength,
    description: "What the video shows: subject, action, camera, style.",
  };
}

function extras(b: VideoBuild): Schema {
  const { spec } = b;
  const has = (extra: VideoExtra) => spec.extras?.includes(extra) === true;
  return properties({
    negative_prompt: has("negative-prompt")
      ? { type: "string", maxLength: 2500, description: "What the video must not show." }
      : undefined,
    generate_audio: has("audio")
      ? { type: "boolean", default: true, description: "Generate a soundtrack." }
      : undefined,
    seed: has("seed") ? { type: "integer", minimum: 0, maximum: 4294967295 } : undefined,
    cfg_scale: has("cfg-scale")
      ? { type: "number", minimum: 0, maximum: 1, default: 0.5, description: "How closely to follow the prompt." }
      : undefined,
    mode: has("mode")
      ? { type: "string", enum: ["std", "pro"], default: "std", description: "`pro` renders in higher quality." }
      : undefined,
  });
}

function createMembers(b: VideoBuild): Schema {
  return {
    model: b.d.constant("string", b.spec.id, {
      description: "Model identifier; this document describes only this model.",
    }),
    prompt: prompt(b),
    size: size(b),
    seconds: seconds(b),
    ...extras(b),
  };
}

function task(b: VideoBuild): Schema {
  const { c, d, spec } = b;
  const timestamp = (description: string): Schema => ({ ...d.nullable({ type: "integer" }), description });
  const error = c.named("VideoTaskError", () => ({
    type: "object",
    required: ["code", "message"],
    properties: { code: { type: "string" }, message: { type: "string" } },
  }));
  const result = spec.resultMetadata
    ? c.named("VideoResult", () => ({
        type: "object",
        description: "Where the finished video is, and what the upstream provider reported.",
        required: ["video_url", "provider"],
        properties: {
          video_url: { type: "string", format: "uri" },
          thumbnail_url: d.nullable({ type: "string", format: "uri" }),
          duration_seconds: { type: "number", minimum: 0 },
          provider: {
            type: "object",
            required: ["name", "model"],
            properties: {
              name: { type: "string", description: "e.g. `google-vertex`." },
              model: { type: "string", description: "The provider's own model name." },
              request_id: { type: "string" },
              region: d.nullable({ type: "string" }),
            },
            additionalProperties: true,
          },
        },
      }))
    : undefined;
  // OpenAI lists every member as required (null until known); the others only the core.
  const core = ["id", "object", "model", "status", "progress", "created_at"];
  const required =
    spec.vendor === "openai"
      ? [...core, "completed_at", "expires_at", "size", "seconds", "error", "remixed_from_video_id"]
      : core;
  return c.named("VideoTask", () => ({
    type: "object",
    description: "A video generation task. Poll it until `status` is `completed` or `failed`.",
    required,
    properties: properties({
      id: { type: "string", description: "The task id; also the video id once completed." },
      object: d.constant("string", "video"),
      model: { type: "string" },
      status: { type: "string", enum: STATUSES },
      progress: { type: "integer", minimum: 0, maximum: 100, description: "Approximate percentage done." },
      created_at: { type: "integer", description: "Unix time in seconds." },
      completed_at: timestamp("Unix time when the task finished; null before."),
      expires_at: timestamp("Unix time when the video's download expires; null before completion."),
      size: size(b),
      seconds: seconds(b),
      prompt: d.nullable({ type: "string" }),
      error: d.nullableRef(error, { description: "Why the task failed; null otherwise." }),
      remixed_from_video_id: { ...d.nullable({ type: "string" }), description: "The source video of a remix." },
      result: result === undefined ? undefined : d.nullableRef(result, { description: "Set once completed." }),
    }),
  }));
}

function taskResponse(reply: Schema, description: string): Schema {
  return { description, content: { "application/json": { schema: reply } } };
}

function pathParameter(name: string, description: string): Schema {
  return { name, in: "path", required: true, description, schema: { type: "string", minLength: 1 } };
}

/** The three video routes for the model of `b`. */
export function videosOperation(b: VideoBuild): OperationPart {
  const { c, spec } = b;
  const members = createMembers(b);
  const multipartMembers: Schema = {
    ...members,
    ...(spec.inputReference
      ? {
          input_reference: {
            type: "string",
            format: "binary",
            description: "An image (JPEG, PNG or WebP) that guides the first frame; its size should match `size`.",
          },
        }
      : {}),
  };
  const required = ["model", "prompt"];
  const body = (name: string, props: Schema, description: string) =>
    c.named(name, () => ({ type: "object", description, required, properties: props, additionalProperties: false }));
  const json = body("CreateVideoBody", members, `Body of POST /v1/videos for ${spec.name}, as JSON.`);
  const multipart = body(
    "CreateVideoMultipartBody",
    multipartMembers,
    `Body of POST /v1/videos for ${spec.name}, as multipart/form-data${spec.inputReference ? " (the way to send `input_reference`)" : ""}.`,
  );
  const remixMembers = properties({
    prompt: prompt(b),
    seconds: spec.remixSeconds === true ? seconds(b) : undefined,
  });
  const remix = c.named("RemixVideoBody", () => ({
    type: "object",
    description: "A new prompt for a completed video.",
    required: ["prompt"],
    properties: remixMembers,
    additionalProperties: false,
  }));
  const reply = task(b);
  const multipartMedia: Schema = {
    schema: multipart,
    ...(spec.inputReference
      ? { encoding: { input_reference: { contentType: "image/jpeg, image/png, image/webp" } } }
      : {}),
  };
  const notFound = "No task with this id.";
  return {
    key: "videos",
    label: "video tasks",
    tag: "Videos",
    paths: {
      [VIDEOS_PATH]: {
        post: {
          operationId: "createVideo",
          summary: `Create a ${spec.name} video task`,
          description: "Returns the task at once; poll it with GET /v1/videos/{task_id} every 5 to 15 seconds.",
          tags: ["Videos"],
          requestBody: {
            required: true,
            content: { "application/json": { schema: json }, "multipart/form-data": multipartMedia },
          },
          responses: { "200": taskResponse(reply, "The new task, usually `queued`."), ...errorResponses(b) },
        },
      },
      [VIDEO_TASK_PATH]: {
        get: {
          operationId: "retrieveVideo",
          summary: "Retrieve a video task",
          tags: ["Videos"],
          parameters: [pathParameter("task_id", "The `id` returned when the task was created.")],
          responses: { "200": taskResponse(reply, "The task as it stands."), ...errorResponses(b, { notFound }) },
        },
      },
      [VIDEO_REMIX_PATH]: {
        post: {
          operationId: "remixVideo",
          summary: "Remix a completed video",
          description: "Starts a new task from a `completed` one; any other status is an error.",
          tags: ["Videos"],
          parameters: [pathParameter("video_id", "The id of a completed task.")],
          requestBody: { required: true, content: { "application/json": { schema: remix } } },
          responses: { "200": taskResponse(reply, "The new task."), ...errorResponses(b, { notFound }) },
        },
      },
    },
    docs: [
      {
        endpoint: `POST ${VIDEOS_PATH}`,
        properties: multipartMembers,
        required,
        example: compact({
          model: spec.id,
          prompt: "A paper boat drifting down a rainy street at dusk, close-up, slow dolly.",
          size: spec.sizes[0],
          seconds: spec.seconds.type === "string" ? spec.seconds.values[0] : spec.seconds.default,
        }),
      },
      {
        endpoint: `POST ${VIDEO_REMIX_PATH}`,
        properties: remixMembers,
        required: ["prompt"],
        example: { prompt: "The same scene, but at dawn with fog." },
      },
    ],
  };
}
