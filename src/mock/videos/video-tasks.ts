import { randomBytes } from "node:crypto";
import { DEFAULT_MAX_TASKS, TaskStore } from "./task-store.js";

/*
 * The emulator's video state: the task store, the clock tasks are timed by,
 * and the limits. The clock is injectable so a test can move time instead of
 * waiting for it.
 */

/** Default time from `queued` to `completed`. */
const DEFAULT_TASK_DURATION_MS = 5000;
/** Default cap on a multipart create body. */
const DEFAULT_MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
/** Request header: this task's duration in milliseconds (create and remix). */
export const TASK_DURATION_HEADER = "x-apifree-mock-task-duration";
/** The longest duration the header may ask for: a day. */
const MAX_TASK_DURATION_MS = 86_400_000;

export interface VideoTaskOptions {
  taskDurationMs?: number | undefined;
  maxTasks?: number | undefined;
  maxUploadBytes?: number | undefined;
  /** Milliseconds since the epoch; default `Date.now`. */
  now?: (() => number) | undefined;
}

export interface VideoTasks {
  store: TaskStore;
  now(): number;
  defaultDurationMs: number;
  maxUploadBytes: number;
}

function nonNegativeInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be an integer >= 0, got ${value}`);
  return value;
}

export function createVideoTasks(options: VideoTaskOptions): VideoTasks {
  const maxUploadBytes = nonNegativeInteger("maxUploadBytes", options.maxUploadBytes, DEFAULT_MAX_UPLOAD_BYTES);
  return {
    store: new TaskStore(options.maxTasks ?? DEFAULT_MAX_TASKS),
    now: options.now ?? Date.now,
    defaultDurationMs: nonNegativeInteger("taskDurationMs", options.taskDurationMs, DEFAULT_TASK_DURATION_MS),
    maxUploadBytes,
  };
}

/** The duration a request asks for in the header, the default without one, or an error message. */
export function requestedDuration(header: string | string[] | undefined, fallback: number): number | string {
  if (header === undefined) return fallback;
  const text = Array.isArray(header) ? header.join(",") : header.trim();
  if (!/^\d{1,8}$/.test(text) || Number(text) > MAX_TASK_DURATION_MS)
    return `${TASK_DURATION_HEADER} must be an integer number of milliseconds from 0 to ${MAX_TASK_DURATION_MS}, got ${JSON.stringify(text)}`;
  return Number(text);
}

export function newTaskId(): string {
  return `video_${randomBytes(12).toString("hex")}`;
}
