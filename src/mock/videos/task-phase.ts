/*
 * Where a video task stands at a moment, computed from its creation time and
 * duration on every read rather than advanced by timers: nothing runs between
 * polls, and a test that moves the clock sees the task move with it.
 *
 *   first 10% of the duration   queued, progress 0
 *   until the end               in_progress, progress rising 1..99
 *   from the end                completed, progress 100
 *
 * A task told to fail (the `task-fail` fault) fails halfway through and keeps
 * the progress it had reached there.
 */

type TaskStatus = "queued" | "in_progress" | "completed" | "failed";

export interface TaskTiming {
  createdAtMs: number;
  durationMs: number;
  fails: boolean;
}

export interface TaskPhase {
  status: TaskStatus;
  progress: number;
  /** When the task reached `completed` or `failed`; undefined before. */
  finishedAtMs?: number;
}

const QUEUED_SHARE = 0.1;

function progressAt(fraction: number): number {
  return fraction < QUEUED_SHARE ? 0 : Math.min(99, Math.max(1, Math.floor(fraction * 100)));
}

export function taskPhase(task: TaskTiming, nowMs: number): TaskPhase {
  const elapsed = Math.max(0, nowMs - task.createdAtMs);
  if (task.fails) {
    const failAtMs = task.durationMs / 2;
    if (elapsed >= failAtMs) {
      const progress = task.durationMs === 0 ? 0 : progressAt(failAtMs / task.durationMs);
      return { status: "failed", progress, finishedAtMs: task.createdAtMs + Math.ceil(failAtMs) };
    }
  } else if (elapsed >= task.durationMs) {
    return { status: "completed", progress: 100, finishedAtMs: task.createdAtMs + task.durationMs };
  }
  const fraction = elapsed / task.durationMs;
  return fraction < QUEUED_SHARE
    ? { status: "queued", progress: 0 }
    : { status: "in_progress", progress: progressAt(fraction) };
}
