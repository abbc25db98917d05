/*
 * The text of the client's log lines, pure: what happened in, a line out.
 * A line names the request (method, path, model), what came back (status,
 * request id, error code), how long it took and which attempt it was. Only
 * `debug` details carry headers and bodies, and every string that leaves
 * here went through the key scrubber (shared/redact.ts): a key in a header,
 * a body or a server's echo shows as [redacted].
 */
import type { IncomingHttpHeaders } from "node:http";
import { redactText } from "../../shared/redact.js";

const PREFIX = "[apifree]";

/** Headers whose value is a credential, whatever it holds. */
const SECRET_HEADERS = new Set([
  "authorization",
  "proxy-authorization",
  "x-api-key",
  "api-key",
  "cookie",
  "set-cookie",
]);

/** A debug body longer than this is cut (a 64 MiB response is no log line). */
const MAX_LOGGED_BODY = 4096;

/** A value as is when it is one plain token, else quoted: an id or a server's text cannot break the line. */
function token(value: string): string {
  return /^[\w./:@+-]+$/.test(value) ? value : JSON.stringify(value);
}

export interface AttemptRecord {
  method: string;
  path: string;
  model: string | undefined;
  /** HTTP status; undefined when no response came (connection failure, timeout). */
  status: number | undefined;
  durationMs: number;
  /** 1-based. */
  attempt: number;
  /** The most attempts this call may make (maxRetries + 1). */
  attempts: number;
  requestId: string | undefined;
  /** The failure's code, when the attempt failed. */
  errorCode?: string | undefined;
}

function describe(record: AttemptRecord): string {
  const parts = [`${record.method} ${token(record.path)}`];
  if (record.model !== undefined) parts.push(`model=${token(record.model)}`);
  parts.push(`status=${record.status ?? "none"}`);
  if (record.errorCode !== undefined) parts.push(`error=${token(record.errorCode)}`);
  parts.push(`duration=${Math.round(record.durationMs)}ms`, `attempt=${record.attempt}/${record.attempts}`);
  if (record.requestId !== undefined) parts.push(`request_id=${token(record.requestId)}`);
  return parts.join(" ");
}

/** One attempt's line (info). */
export function attemptLine(record: AttemptRecord, secrets: readonly string[]): string {
  return redactText(`${PREFIX} ${describe(record)}`, secrets);
}

/** A retry about to wait (info): the reason and the delay. */
export function retryLine(record: AttemptRecord, reason: string, delayMs: number, secrets: readonly string[]): string {
  return redactText(
    `${PREFIX} ${describe(record)}: retrying in ${Math.round(delayMs)} ms (${reason.split("\n")[0]})`,
    secrets,
  );
}

/** A call that failed on a failure worth retrying, with no retry left (warn); the reason says how many attempts. */
export function gaveUpLine(record: AttemptRecord, reason: string, secrets: readonly string[]): string {
  return redactText(`${PREFIX} ${describe(record)}: ${reason.split("\n")[0]}`, secrets);
}

/** A response the client could not read (error). */
export function unreadableLine(record: AttemptRecord, reason: string, secrets: readonly string[]): string {
  return redactText(`${PREFIX} ${describe(record)}: unreadable response (${reason.split("\n")[0]})`, secrets);
}

/** Headers for a debug line: credentials replaced whole, every other value scrubbed. */
export function loggedHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>> | IncomingHttpHeaders,
  secrets: readonly string[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    const text = Array.isArray(value) ? value.join(", ") : value;
    out[name] = SECRET_HEADERS.has(name.toLowerCase()) ? "[redacted]" : redactText(text, secrets);
  }
  return out;
}

/** A body for a debug line: scrubbed, then cut past MAX_LOGGED_BODY characters (a cut cannot split a key). */
export function loggedBody(text: string, secrets: readonly string[]): string {
  const clean = redactText(text, secrets);
  if (clean.length <= MAX_LOGGED_BODY) return clean;
  return `${clean.slice(0, MAX_LOGGED_BODY)}... (${clean.length - MAX_LOGGED_BODY} more characters)`;
}

/** The debug line's message for a request about to go out. */
export function requestDebugLine(
  method: string,
  path: string,
  model: string | undefined,
  attempt: number,
  secrets: readonly string[],
): string {
  const who = model === undefined ? "" : ` model=${token(model)}`;
  return redactText(`${PREFIX} sending ${method} ${token(path)}${who} attempt=${attempt}`, secrets);
}
