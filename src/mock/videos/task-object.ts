import type { SchemaView } from "../schema-probe.js";
import type { TaskPhase } from "./task-phase.js";
import type { VideoTask } from "./task-store.js";

/*
 * The task object a client reads, for a task at one moment. Pure: the same
 * task, phase and schema give the same object. Members are OpenAI's video
 * object plus APIFree's `result`; an optional member is sent only when the
 * model's task schema declares it and it has a value, a required one always
 * (null until known), so the object validates against that schema.
 */

/** The members every task object has, whatever the schema says. */
const CORE = new Set(["id", "object", "model", "status", "progress", "created_at"]);

/** How long a finished video stays downloadable, as OpenAI reports it. */
const EXPIRY_SECONDS = 24 * 60 * 60;

export interface TaskRendering {
  /** The model's task schema (`task` root, else the create response). */
  view: SchemaView;
  /** Where the finished video can be downloaded. */
  videoUrl: string;
  /** The catalog entry's `owned_by`, named as the upstream provider in `result`. */
  provider: string | undefined;
}

const seconds = (ms: number) => Math.floor(ms / 1000);

function result(task: VideoTask, rendering: TaskRendering): Record<string, unknown> {
  const { view } = rendering;
  const provider: Record<string, unknown> = {
    name: rendering.provider ?? "apifree-emulator",
    model: task.model,
    request_id: `req_${task.id}`,
    region: null,
  };
  const duration = Number(task.seconds);
  const members: Record<string, unknown> = {
    video_url: rendering.videoUrl,
    thumbnail_url: null,
    duration_seconds: Number.isFinite(duration) ? duration : undefined,
    provider: Object.fromEntries(Object.entries(provider).filter(([name]) => view.has("result", "provider", name))),
  };
  return Object.fromEntries(
    Object.entries(members).filter(([name, value]) => value !== undefined && view.has("result", name)),
  );
}

export function renderTask(task: VideoTask, phase: TaskPhase, rendering: TaskRendering): Record<string, unknown> {
  const finished = phase.finishedAtMs;
  const completed = phase.status === "completed";
  const members: Record<string, unknown> = {
    id: task.id,
    object: "video",
    model: task.model,
    status: phase.status,
    progress: phase.progress,
    created_at: seconds(task.createdAtMs),
    completed_at: finished === undefined ? null : seconds(finished),
    expires_at: completed && finished !== undefined ? seconds(finished) + EXPIRY_SECONDS : null,
    size: task.size,
    seconds: task.seconds,
    prompt: task.prompt ?? null,
    error: phase.status === "failed" && task.failure !== undefined ? { ...task.failure } : null,
    remixed_from_video_id: task.remixedFrom ?? null,
    result: completed ? result(task, rendering) : null,
  };
  const required = rendering.view.required();
  const object: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(members)) {
    if (CORE.has(name) || required.has(name)) object[name] = value ?? null;
    else if (value !== undefined && value !== null && rendering.view.has(name)) object[name] = value;
  }
  return object;
}
