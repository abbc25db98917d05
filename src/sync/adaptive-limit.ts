import pLimit, { type LimitFunction } from "p-limit";

/*
 * A p-limit queue whose concurrency only goes down. When the API answers
 * `max_concurrency_exceeded`, every request that was in flight at the same
 * level is likely to be refused too; only the first refusal per level halves
 * the concurrency, so a burst of refusals lowers it once, not to 1.
 */
export class AdaptiveLimit {
  private readonly limit: LimitFunction;
  private level = 0;

  constructor(concurrency: number) {
    this.limit = pLimit(concurrency);
  }

  get concurrency(): number {
    return this.limit.concurrency;
  }

  /** Run `task` when a slot is free; it learns the level it started at, for `lower`. */
  run<T>(task: (level: number) => Promise<T>): Promise<T> {
    return this.limit(() => task(this.level));
  }

  /** The API refused a request started at `level`: halve the concurrency unless that was already done for this level. */
  lower(level: number): void {
    if (level !== this.level || this.limit.concurrency <= 1) return;
    this.limit.concurrency = Math.max(1, Math.floor(this.limit.concurrency / 2));
    this.level += 1;
  }
}
