/*
 * Helpers of the stream tests: read a stream whole, split a text at
 * arbitrary points (for property tests of the accumulators), answer with
 * raw SSE pieces, and a client of the protocol fixtures' models.
 */
import type http from "node:http";
import { createClient } from "apifree-typed";
import { recordingClock } from "./clock.js";
import { protocolSchemas } from "./protocol-fixtures.js";
import type { TestServer } from "./server.js";

export async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

/** Splits `text` at the given cut points (each taken modulo the length + 1). */
export function pieces(text: string, cuts: number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let last = 0;
  for (const p of points) {
    out.push(text.slice(last, p));
    last = p;
  }
  out.push(text.slice(last));
  return out;
}

/** A handler answering with these raw SSE pieces; `end: false` leaves the response open (a hung stream). */
export function sseResponse(sse: string[], end = true) {
  return (_req: unknown, res: http.ServerResponse): void => {
    res.writeHead(200, { "content-type": "text/event-stream", "x-request-id": "req_proto" });
    for (const piece of sse) res.write(piece);
    if (end) res.end();
  };
}

/** An untyped client of the test server with the protocol fixtures' validators and an instant clock. */
export function protocolClient(s: TestServer, extra: Record<string, unknown> = {}) {
  return createClient<any>({
    baseURL: s.url,
    apiKey: "sk-protocol-secret-key-0123456789",
    schemas: protocolSchemas,
    clock: recordingClock().clock,
    ...extra,
  });
}
