/*
 * The errors only video tasks raise: a task that failed at APIFree, a wait
 * that reached its deadline (the task goes on: resume it by id), and an
 * upload whose own source could not be read.
 */
import { APIFreeError } from "../core/errors.js";

/** Why a task failed, as the task reports it. */
export interface VideoTaskError {
  code?: string;
  message?: string;
  [key: string]: unknown;
}

/** What the client reads of every task, whatever the model: the rest stays as the server sent it. */
export interface VideoTaskLike {
  id: string;
  status: string;
  progress?: number;
  error?: VideoTaskError | null;
  [key: string]: unknown;
}

function describe(taskId: string, model: string | undefined): string {
  return model === undefined ? `Video task '${taskId}'` : `Video task '${taskId}' (model '${model}')`;
}

/** The task reached `failed`. `task` is the failed task, `taskError` its `error` object. */
export class TaskFailedError extends APIFreeError {
  readonly taskId: string;
  readonly task: VideoTaskLike;
  readonly taskError: VideoTaskError | undefined;

  constructor(task: VideoTaskLike, model: string | undefined) {
    const error = task.error ?? undefined;
    const code = typeof error?.code === "string" ? `${error.code}: ` : "";
    const why = typeof error?.message === "string" ? error.message : "the task reports no reason";
    super(`${describe(task.id, model)} failed: ${code}${why}`, { code: "task_failed", type: "task_error", model });
    this.taskId = task.id;
    this.task = task;
    this.taskError = error;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), taskId: this.taskId, taskError: this.taskError };
  }
}

/**
 * The wait reached its deadline (`timeout`) before the task finished. The task
 * goes on at APIFree: `pollUntilDone(taskId)` or `retrieve(taskId)` picks it up.
 * `task` is the last one seen; `cause` the last poll's failure, if it failed.
 */
export class TaskTimeoutError extends APIFreeError {
  readonly taskId: string;
  readonly task: VideoTaskLike | undefined;
  readonly timeoutMs: number;

  constructor(
    taskId: string,
    model: string | undefined,
    timeoutMs: number,
    task: VideoTaskLike | undefined,
    cause?: unknown,
  ) {
    const last =
      task === undefined
        ? "no poll succeeded"
        : `last seen ${task.status}${typeof task.progress === "number" ? ` at ${task.progress}%` : ""}`;
    super(
      `${describe(taskId, model)} did not finish within ${timeoutMs} ms (${last}); it goes on at APIFree: ` +
        `resume with videos.pollUntilDone('${taskId}') or videos.retrieve('${taskId}').`,
      { code: "task_timeout", type: "timeout", model, cause },
    );
    this.taskId = taskId;
    this.task = task;
    this.timeoutMs = timeoutMs;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), taskId: this.taskId };
  }
}

/** The bytes of an upload could not be read (a file removed or changed, a stream that failed); not retried. */
export class UploadError extends APIFreeError {
  /** The form field of the upload, e.g. `input_reference`. */
  readonly field: string;

  constructor(message: string, field: string, model: string | undefined, cause?: unknown) {
    super(message, { code: "upload_error", type: "invalid_request_error", model, cause });
    this.field = field;
  }
}
