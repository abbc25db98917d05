/*
 * The emulator's video tasks, in memory. A Map keeps insertion order, so the
 * first key is always the oldest task: past the bound it is evicted, and a
 * client polling it afterwards gets the 404 of an unknown id.
 */

export interface VideoTask {
  id: string;
  model: string;
  createdAtMs: number;
  durationMs: number;
  /** Set by the `task-fail` fault: the task fails with this error. */
  failure?: { code: string; message: string };
  prompt: string | undefined;
  size: unknown;
  seconds: unknown;
  remixedFrom?: string;
}

export const DEFAULT_MAX_TASKS = 1000;

export class TaskStore {
  private readonly tasks = new Map<string, VideoTask>();

  constructor(private readonly maxTasks: number = DEFAULT_MAX_TASKS) {
    if (!Number.isInteger(maxTasks) || maxTasks < 1)
      throw new RangeError(`maxTasks must be a positive integer, got ${maxTasks}`);
  }

  add(task: VideoTask): void {
    this.tasks.set(task.id, task);
    while (this.tasks.size > this.maxTasks) {
      const oldest = this.tasks.keys().next().value as string;
      this.tasks.delete(oldest);
    }
  }

  /** Map lookup only: an id like "__proto__" finds nothing. */
  get(id: string): VideoTask | undefined {
    return this.tasks.get(id);
  }

  get size(): number {
    return this.tasks.size;
  }
}
