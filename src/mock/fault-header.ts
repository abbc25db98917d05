import type { Fault, StreamFault } from "./types.js";

/*
 * The `x-apifree-mock-fault` request header, for clients that control only
 * their headers. Grammar (items separated by `;`, whitespace ignored):
 *
 *   delay=MS                    wait MS milliseconds before answering
 *   status=CODE                 answer HTTP CODE (400..599) with an OpenAI-style error body
 *   retry-after=VALUE           add `retry-after: VALUE` (seconds or an HTTP date) to status/rate-limit/concurrency
 *   retry-after-ms=MS           add `retry-after-ms: MS`
 *   rate-limit[=http|envelope]  429 rate_limit_exceeded as HTTP 429 (default) or as the HTTP-200 envelope
 *   concurrency[=envelope|http] max_concurrency_exceeded as the HTTP-200 envelope (default) or with HTTP 429
 *   reset                       destroy the connection before any byte
 *   cut-after=N                 stream: end cleanly after N data events, no [DONE]
 *   reset-after=N               stream: destroy the connection after N data events
 *   error-after=N               stream: after N data events send data: {"error":{...}} then [DONE]
 *   malformed-after=N           stream: after N data events send a data line that is not JSON, then go on
 *   stall-after=N               stream: after N data events send nothing more, keep the connection open
 *   task-fail[=CODE]            video create or remix: the task fails halfway through its duration with
 *                               `error: {code: CODE, message}` (CODE default `video_generation_failed`)
 *   times=N                     only the first N requests carrying this exact header value get the fault
 *   id=TEXT                     ignored; makes a header value unique, so `times` counts it apart from others
 *
 * e.g. `status=503;retry-after=1;times=2`, `error-after=1`, `rate-limit=envelope`.
 */

export const FAULT_HEADER = "x-apifree-mock-fault";

export class FaultSyntaxError extends Error {}

const DEFAULT_TASK_FAILURE = "video_generation_failed";

function taskFailureMessage(code: string): string {
  return code === DEFAULT_TASK_FAILURE
    ? "the upstream provider failed to generate the video"
    : `the video task failed (${code}), as the x-apifree-mock-fault header asked`;
}

export interface ParsedFaultHeader {
  fault: Fault;
  /** Apply to this many requests with the same header value, then serve normally. */
  times?: number;
}

const STREAM_KEYS: Record<string, StreamFault["kind"]> = {
  "cut-after": "cut",
  "reset-after": "reset",
  "error-after": "error",
  "malformed-after": "malformed",
  "stall-after": "stall",
};

function count(name: string, value: string | undefined, min = 0): number {
  if (value === undefined || !/^\d{1,9}$/.test(value) || Number(value) < min) {
    throw new FaultSyntaxError(
      `${FAULT_HEADER}: ${name} needs an integer >= ${min}, got ${JSON.stringify(value ?? "")}`,
    );
  }
  return Number(value);
}

function choice<const V extends string>(
  name: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new FaultSyntaxError(
      `${FAULT_HEADER}: ${name} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`,
    );
  }
  return value as V;
}

export function parseFaultHeader(text: string): ParsedFaultHeader {
  const fault: Fault = {};
  let times: number | undefined;
  for (const item of text.split(";")) {
    const trimmed = item.trim();
    if (trimmed === "") continue;
    const equals = trimmed.indexOf("=");
    const name = (equals < 0 ? trimmed : trimmed.slice(0, equals)).trim().toLowerCase();
    const value = equals < 0 ? undefined : trimmed.slice(equals + 1).trim();
    // Own keys only: `name in` would also accept "constructor", "toString"...
    const streamKind = Object.hasOwn(STREAM_KEYS, name) ? STREAM_KEYS[name] : undefined;
    if (streamKind !== undefined) {
      fault.stream = { after: count(name, value), kind: streamKind };
      continue;
    }
    switch (name) {
      case "delay":
        fault.delayMs = count(name, value);
        break;
      case "status": {
        const status = count(name, value, 400);
        if (status > 599) throw new FaultSyntaxError(`${FAULT_HEADER}: status must be 400..599, got ${status}`);
        fault.status = status;
        break;
      }
      case "retry-after":
        if (value === undefined || value === "")
          throw new FaultSyntaxError(`${FAULT_HEADER}: retry-after needs a value`);
        fault.retryAfter = value;
        break;
      case "retry-after-ms":
        fault.retryAfterMs = count(name, value);
        break;
      case "rate-limit":
        fault.rateLimit = choice(name, value, ["http", "envelope"], "http");
        break;
      case "concurrency":
        fault.concurrency = choice(name, value, ["envelope", "http"], "envelope");
        break;
      case "reset":
        fault.reset = true;
        break;
      case "task-fail": {
        const code = value === undefined || value === "" ? DEFAULT_TASK_FAILURE : value;
        if (!/^[\w.-]{1,64}$/.test(code))
          throw new FaultSyntaxError(
            `${FAULT_HEADER}: task-fail takes a code of letters, digits, _ . -, got ${JSON.stringify(code)}`,
          );
        fault.taskFailure = { code, message: taskFailureMessage(code) };
        break;
      }
      case "times":
        times = count(name, value, 1);
        break;
      case "id":
        break;
      default:
        throw new FaultSyntaxError(
          `${FAULT_HEADER}: unknown item ${JSON.stringify(name)}; known: delay, status, retry-after, retry-after-ms, rate-limit, concurrency, reset, ${Object.keys(STREAM_KEYS).join(", ")}, task-fail, times, id`,
        );
    }
  }
  return times === undefined ? { fault } : { fault, times };
}
