/*
 * The idle timeout of a stream: it fires when the reader has been waiting for
 * bytes for `ms` without any arriving. Time the reader spends elsewhere (a
 * slow consumer between chunks) does not count.
 *
 * The timer is re-armed lazily instead of reset on every read: a read only
 * stamps when the wait started, which keeps timer calls off the hot path.
 */
import { performance } from "node:perf_hooks";

export class IdleWatchdog {
  readonly #ms: number;
  readonly #onIdle: () => void;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** performance.now() when the reader started waiting for bytes; -1 while it is busy. */
  #waitingSince = -1;
  #stopped = false;

  /** `ms` 0 disables it. */
  constructor(ms: number, onIdle: () => void) {
    this.#ms = ms;
    this.#onIdle = onIdle;
  }

  start(): void {
    this.#arm(this.#ms);
  }

  /** The reader now waits for bytes. */
  waiting(): void {
    this.#waitingSince = performance.now();
  }

  /** Bytes arrived: the reader is busy until the next waiting(). */
  busy(): void {
    this.#waitingSince = -1;
  }

  stop(): void {
    this.#stopped = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #arm(ms: number): void {
    if (this.#ms > 0 && !this.#stopped) this.#timer = setTimeout(this.#check, ms);
  }

  readonly #check = (): void => {
    this.#timer = undefined;
    if (this.#stopped) return;
    const since = this.#waitingSince;
    if (since < 0) {
      this.#arm(this.#ms);
      return;
    }
    const waited = performance.now() - since;
    if (waited + 1 >= this.#ms) this.#onIdle();
    else this.#arm(this.#ms - waited);
  };
}
