/*
 * One attempt's cancellation: the caller's signal, the per-attempt timeout
 * and (for streams) abort() and the idle timer all end up firing one abort
 * channel handed to undici, which then destroys the socket. The error we
 * aborted with is kept, so a low-level "aborted" becomes the readable reason.
 *
 * The channel is an EventEmitter, which undici accepts as a signal: measured
 * on loopback, handing undici an AbortSignal added ~75 µs to every call.
 */
import { EventEmitter } from "node:events";
import { type APIFreeError, APIUserAbortError } from "./errors.js";

/** What undici reads of a signal: `aborted`, `reason` and an 'abort' event. */
class AbortChannel extends EventEmitter {
  aborted = false;
  reason: unknown = undefined;
}

export class AttemptControl {
  readonly #channel = new AbortChannel();
  #reason: APIFreeError | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  readonly #userSignal: AbortSignal | undefined;
  readonly #onUserAbort = (): void => this.abort(new APIUserAbortError());

  constructor(userSignal: AbortSignal | undefined, timeoutMs: number, timeoutError: () => APIFreeError) {
    this.#userSignal = userSignal;
    if (userSignal) {
      if (userSignal.aborted) this.abort(new APIUserAbortError());
      else userSignal.addEventListener("abort", this.#onUserAbort, { once: true });
    }
    if (timeoutMs > 0 && !this.#reason) this.#timer = setTimeout(() => this.abort(timeoutError()), timeoutMs);
  }

  /** The signal to hand to undici. */
  get signal(): EventEmitter {
    return this.#channel;
  }

  /** Why this attempt was aborted, if it was. */
  get reason(): APIFreeError | undefined {
    return this.#reason;
  }

  /** Calls `listener` once when the attempt is aborted. */
  onAbort(listener: () => void): void {
    if (this.#reason) listener();
    else this.#channel.once("abort", listener);
  }

  abort(reason: APIFreeError): void {
    if (this.#reason) return;
    this.#reason = reason;
    this.stopTimer();
    this.#channel.aborted = true;
    this.#channel.reason = reason;
    this.#channel.emit("abort");
  }

  /** The response (or a stream's headers) arrived: the timeout no longer applies. */
  stopTimer(): void {
    if (this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
    }
  }

  /** The attempt is over: drop the timer and the link to the caller's signal. */
  release(): void {
    this.stopTimer();
    this.#userSignal?.removeEventListener("abort", this.#onUserAbort);
  }
}
