/*
 * Waiting for a video task: createAndPoll creates it and waits, pollUntilDone
 * resumes the wait for a task created earlier. Rules:
 *
 *  - polls are at least `pollInterval` apart (default 5 s, APIFree advises 5
 *    to 15); the sleep between them ends at once when the signal aborts;
 *  - each poll goes through the client core (envelopes, key scrubbing), with
 *    no retries of its own: this loop is the retry loop. A poll that fails
 *    the way the core would retry (connection lost, timeout, 408, 409, 429,
 *    5xx, their HTTP-200 envelopes) is tried again after max(pollInterval,
 *    retry-after, backoff) until the deadline; no such failure ends the wait
 *    early. Any other failure (404, 401, a body that is not a task) ends it;
 *  - `completed` resolves with the task, `failed` raises TaskFailedError;
 *  - past `timeout` (default 30 minutes, 0 = none) TaskTimeoutError names
 *    the task id: the task goes on at APIFree, resume with pollUntilDone;
 *  - `onProgress(task)` sees every task read: the created one, then each poll's.
 *
 * Nothing is kept from one poll to the next but the last task, so a wait of
 * any length holds flat memory (measured in bench/videos.js).
 */

import { isRecord } from "../../shared/is-record.js";
import { backoffMs } from "../../shared/retry-policy.js";
import { snippet } from "../core/api-error.js";
import type { ClientCore } from "../core/client-core.js";
import { nowOf } from "../core/clock.js";
import { APIUserAbortError, InvalidResponseError } from "../core/errors.js";
import type { HeadersInit } from "../core/options.js";
import { checkTimeout } from "../core/options.js";
import { giveUpOf } from "../core/retry.js";
import { createVideo, idSegment, retrieveVideo, taskSubject } from "./videos.js";
import { TaskFailedError, TaskTimeoutError, type VideoTaskLike } from "./videos-errors.js";

/** APIFree advises polling every 5 to 15 seconds. */
export const DEFAULT_POLL_INTERVAL_MS = 5_000;
/** How long a wait lasts by default: generous for the longest renders, and never forever. */
export const DEFAULT_POLL_TIMEOUT_MS = 30 * 60_000;

export interface PollOptions<Task = unknown> {
  /** Milliseconds between polls (at least). Default 5,000. */
  pollInterval?: number | undefined;
  /** Milliseconds the whole wait may take, from the task's creation (or the first poll); 0 = none. Default 30 minutes. */
  timeout?: number | undefined;
  /** Aborts the wait (and a create in flight) at once; the task itself goes on at APIFree. */
  signal?: AbortSignal | undefined;
  /** Called with every task read, the created one first. An exception thrown here ends the wait. */
  onProgress?: ((task: Task) => void) | undefined;
  /** Milliseconds for each request (the create, each poll); default the client's `timeout`. */
  requestTimeout?: number | undefined;
  /** Retries of the create request; default the client's `maxRetries`. Polls are retried until the deadline. */
  maxRetries?: number | undefined;
  /** Bytes each response may hold; default the client's `maxResponseSize`. */
  maxResponseSize?: number | undefined;
  headers?: HeadersInit | undefined;
}

interface Wait {
  taskId: string;
  model: string | undefined;
  /** The task as create returned it; none when resuming. */
  first: VideoTaskLike | undefined;
}

/** A task from a response, or InvalidResponseError when it is not one. */
function asTask(value: unknown, subject: string, model: string | undefined): VideoTaskLike {
  if (isRecord(value) && typeof value.id === "string" && value.id !== "" && typeof value.status === "string") {
    return value as VideoTaskLike;
  }
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  throw new InvalidResponseError(
    `APIFree answered for ${subject} with JSON that is not a video task (it needs a string \`id\` and \`status\`): ${snippet(text)}`,
    { model },
  );
}

function aborted(wait: Wait, cause?: unknown): APIUserAbortError {
  return new APIUserAbortError(
    `The wait for ${taskSubject("video task", wait.taskId, wait.model)} was aborted; the task goes on at APIFree ` +
      `(resume with videos.pollUntilDone('${wait.taskId}')).`,
    { model: wait.model, cause },
  );
}

function interval(options: PollOptions<never>): number {
  return checkTimeout("pollInterval", options.pollInterval ?? DEFAULT_POLL_INTERVAL_MS);
}

async function waitForTask(core: ClientCore, wait: Wait, options: PollOptions<never>): Promise<VideoTaskLike> {
  const clock = core.clock;
  const every = interval(options);
  const timeout = checkTimeout("timeout", options.timeout ?? DEFAULT_POLL_TIMEOUT_MS);
  const deadline = timeout > 0 ? nowOf(clock) + timeout : Number.POSITIVE_INFINITY;
  const requestTimeout = options.requestTimeout ?? core.timeout;
  const { signal, onProgress } = options;
  const subject = taskSubject("video task", wait.taskId, wait.model);
  let task = wait.first;
  let seen = task;
  let lastError: unknown;
  let failures = 0;
  let pause = task === undefined ? 0 : every;
  for (;;) {
    if (task !== undefined) {
      onProgress?.(task as never);
      if (task.status === "completed") return task;
      if (task.status === "failed") throw new TaskFailedError(task, wait.model);
      if (task.status !== "queued" && task.status !== "in_progress") {
        throw new InvalidResponseError(
          `APIFree reported status ${JSON.stringify(task.status)} for ${subject}, none of queued, in_progress, completed, failed.`,
          { model: wait.model },
        );
      }
    }
    const left = deadline - nowOf(clock);
    if (left <= 0) throw new TaskTimeoutError(wait.taskId, wait.model, timeout, seen, lastError);
    if (signal?.aborted) throw aborted(wait);
    if (pause > 0) {
      try {
        await clock.sleep(Math.min(pause, left), signal);
      } catch (error) {
        throw aborted(wait, error);
      }
      if (nowOf(clock) >= deadline) throw new TaskTimeoutError(wait.taskId, wait.model, timeout, seen, lastError);
    }
    try {
      // The poll's own deadline is the wait's: a hung poll cannot outlast it.
      const remaining = Math.max(1, Math.ceil(deadline - nowOf(clock)));
      const pollTimeout = requestTimeout === 0 ? remaining : Math.min(requestTimeout, remaining);
      const value = await retrieveVideo(core, wait.taskId, {
        model: wait.model,
        signal,
        headers: options.headers,
        maxResponseSize: options.maxResponseSize,
        maxRetries: 0,
        timeout: Number.isFinite(pollTimeout) ? pollTimeout : 0,
      });
      task = asTask(value, subject, wait.model);
      seen = task;
      lastError = undefined;
      failures = 0;
      pause = every;
    } catch (error) {
      if (error instanceof APIUserAbortError) throw aborted(wait, error);
      const verdict = giveUpOf(error);
      if (verdict?.retryable !== true) throw error;
      task = undefined;
      lastError = error;
      pause = Math.max(every, verdict.retryAfterMs ?? backoffMs(failures, { random: clock.random }));
      failures++;
    }
  }
}

/** Creates a task (POST /v1/videos) and waits until it completes. */
export async function createAndPoll(
  core: ClientCore,
  body: unknown,
  options: PollOptions<never> | undefined,
): Promise<unknown> {
  const opts = options ?? {};
  try {
    interval(opts);
    const created = await createVideo(core, body, {
      signal: opts.signal,
      headers: opts.headers,
      maxRetries: opts.maxRetries,
      maxResponseSize: opts.maxResponseSize,
      timeout: opts.requestTimeout,
    });
    const model = (body as { model: string }).model;
    const first = asTask(created, `model '${model}'`, model);
    return await waitForTask(core, { taskId: first.id, model, first }, opts);
  } catch (error) {
    throw core.scrub(error);
  }
}

/** Waits for a task created earlier until it completes; the first poll goes out at once. */
export async function pollUntilDone(
  core: ClientCore,
  taskId: string,
  options: (PollOptions<never> & { model?: string | undefined }) | undefined,
): Promise<unknown> {
  const opts = options ?? {};
  try {
    idSegment(taskId, "task");
    return await waitForTask(core, { taskId, model: opts.model, first: undefined }, opts);
  } catch (error) {
    throw core.scrub(error);
  }
}
