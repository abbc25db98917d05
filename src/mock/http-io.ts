import type { IncomingMessage, ServerResponse } from "node:http";
import type { MockRequestLog } from "./types.js";

/*
 * Every byte the emulator sends goes through these helpers, so the request log
 * records the status before the client can see the reply.
 */

export const JSON_TYPE = "application/json";

/** Request bodies above this are refused: nothing legitimate is that large. */
const MAX_BODY_BYTES = 32 * 1024 * 1024;

export class BodyTooLarge extends Error {}

export async function readBody(request: IncomingMessage): Promise<Buffer> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const part of request) {
    const buffer = part as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new BodyTooLarge(`request body is larger than ${MAX_BODY_BYTES} bytes`);
    parts.push(buffer);
  }
  return parts.length === 1 ? parts[0]! : Buffer.concat(parts);
}

export function sendBytes(
  response: ServerResponse,
  log: MockRequestLog,
  status: number,
  contentType: string,
  body: string | Uint8Array,
  headers: Record<string, string> = {},
): void {
  log.status = status;
  const bytes = typeof body === "string" ? Buffer.from(body, "utf8") : body;
  response.writeHead(status, { "content-type": contentType, "content-length": String(bytes.byteLength), ...headers });
  response.end(bytes);
}

export function sendJson(
  response: ServerResponse,
  log: MockRequestLog,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  sendBytes(response, log, status, JSON_TYPE, JSON.stringify(value), headers);
}

/** Drop the connection without a byte: what a crashed proxy looks like to the client. */
export function resetConnection(response: ServerResponse, log: MockRequestLog): void {
  log.status = 0;
  response.socket?.destroy();
}

export function headerRecord(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(", ") : value;
  }
  return headers;
}
