/*
 * Where an EventStream's events come from: a response body (ResponseFeed) or
 * one branch of a tee (TeeFeed). The stream owns the reader-facing state
 * (read once, batches, final result waiters); a feed owns the source.
 */
import type { APIFreeError } from "../errors.js";
import type { Stop } from "./event-decoder.js";

export interface EventFeed<Event, Final> {
  /** Set once the feed was stopped from outside (abort(), the caller's signal, a timer): the error to raise. */
  readonly reason: APIFreeError | undefined;
  /** Iteration starts. */
  start(): void;
  /**
   * Appends the next events to `into` and returns what follows them, if
   * anything; at least one event or a stop. Rejects when the source fails
   * before any event.
   */
  pull(into: Event[]): Promise<Stop | undefined>;
  /** Stops the source from outside; a pending or later pull fails with `reason`. */
  abort(reason: APIFreeError): void;
  /** The stream is over: failed (`failure`), or complete (undefined). Releases timers and the connection. */
  close(failure: APIFreeError | undefined): Promise<void>;
  /** The final result accumulated from every event so far. */
  result(): Final;
}
