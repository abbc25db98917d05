import { setTimeout as delay } from "node:timers/promises";
import { backoffMs } from "../shared/retry-policy.js";
import type { AdaptiveLimit } from "./adaptive-limit.js";
import { type HttpClient, TransportError } from "./http.js";
import { type Accepted, type BodyKind, type Interpreted, interpretResponse } from "./response.js";
import type { Sleep } from "./types.js";

/*
 * One body fetched politely: each attempt takes a slot of the shared limit,
 * the wait between attempts does not (a request backing off must not keep
 * others from running). Waits are the server's retry-after when it sent one,
 * else exponential backoff with jitter.
 */

export type FailureKind = "auth" | "dns" | "unreachable" | "refused" | "invalid";

/** A body that could not be had, after whatever retries made sense. */
export class FetchFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly reason: string,
    readonly attempts: number,
  ) {
    super(reason);
    this.name = "FetchFailure";
  }

  /** Failures that will not get better for the next model either: the run stops. */
  get fatal(): boolean {
    return this.kind === "auth" || this.kind === "dns";
  }
}

export interface RunCounters {
  requests: number;
  retries: number;
  bytes: number;
}

export interface FetchContext {
  http: HttpClient;
  limit: AdaptiveLimit;
  maxRetries: number;
  sleep: Sleep;
  random: () => number;
  /** Aborted when the caller aborts or a fatal failure stops the run. */
  signal: AbortSignal;
  counters: RunCounters;
  onRetry: (detail: { url: string; attempt: number; delayMs: number; reason: string }) => void;
}

export const defaultSleep: Sleep = (ms, signal) => delay(ms, undefined, { signal });

type Attempt = { level: number; result: Interpreted } | { level: number; transport: TransportError };

function accept(kind: BodyKind): string {
  return kind === "json" ? "application/json" : "text/markdown, text/plain;q=0.9, */*;q=0.1";
}

function attempts(count: number): string {
  return count === 1 ? "" : ` (after ${count} attempts)`;
}

export async function fetchWithRetries(context: FetchContext, url: string, kind: BodyKind): Promise<Accepted> {
  for (let attempt = 0; ; attempt++) {
    context.signal.throwIfAborted();
    const outcome = await context.limit.run(async (level): Promise<Attempt> => {
      // A queued attempt may start after the run was stopped.
      context.signal.throwIfAborted();
      context.counters.requests += 1;
      try {
        const response = await context.http.get(url, { accept: accept(kind), signal: context.signal });
        context.counters.bytes += response.body.length;
        return { level, result: interpretResponse(response, kind) };
      } catch (error) {
        if (error instanceof TransportError && error.kind !== "aborted") return { level, transport: error };
        throw error;
      }
    });
    if ("result" in outcome && outcome.result.ok) return outcome.result;

    let retryable: boolean;
    let reason: string;
    let waitMs: number | undefined;
    let failure: FailureKind;
    if ("transport" in outcome) {
      const error = outcome.transport;
      retryable = error.retryable;
      reason = error.message;
      waitMs = undefined;
      failure = error.kind === "dns" ? "dns" : error.kind === "too-large" ? "invalid" : "unreachable";
    } else {
      const refused = outcome.result as Exclude<Interpreted, Accepted>;
      retryable = refused.retryable;
      reason = refused.reason;
      waitMs = refused.retryAfterMs;
      failure = refused.auth ? "auth" : refused.invalid ? "invalid" : "refused";
      if (refused.concurrencyExceeded) context.limit.lower(outcome.level);
    }
    if (!retryable || attempt >= context.maxRetries)
      throw new FetchFailure(failure, `${reason}${attempts(attempt + 1)}`, attempt + 1);

    const delayMs = waitMs ?? backoffMs(attempt, { random: context.random });
    context.counters.retries += 1;
    context.onRetry({ url, attempt: attempt + 1, delayMs, reason });
    await context.sleep(delayMs, context.signal);
  }
}
