import type { ServerResponse } from "node:http";
import type { MockRequestLog, StreamFault } from "./types.js";

/*
 * Writes `data: <json>\n\n` events and the closing `data: [DONE]\n\n`,
 * batching events into large writes and honouring backpressure, so a
 * 100,000-chunk stream costs little more than its bytes. A stream fault
 * fires before event number `after` (or before [DONE] when the stream has
 * fewer events).
 */

const BATCH_BYTES = 64 * 1024;
const DONE = "data: [DONE]\n\n";
const MALFORMED = 'data: {"id":"chatcmpl-malformed","object":"chat.completion.chunk","choices":[{"index":0,\n\n';

function waitForDrain(response: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      response.off("drain", done);
      response.off("close", done);
      resolve();
    };
    response.on("drain", done);
    response.on("close", done);
  });
}

/** Write and wait until the bytes are handed to the socket (before destroying it). */
function flushed(response: ServerResponse, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (response.destroyed) return resolve();
    response.write(text, () => resolve());
  });
}

function errorEvent(fault: StreamFault): string {
  const error = {
    message: "the upstream provider failed mid-stream",
    type: "server_error",
    code: "internal_error",
    ...fault.error,
  };
  return `data: ${JSON.stringify({ error })}\n\n`;
}

export async function writeEventStream(
  response: ServerResponse,
  log: MockRequestLog,
  events: Iterable<string>,
  fault: StreamFault | undefined,
): Promise<void> {
  log.status = 200;
  log.chunks = 0;
  response.writeHead(200, {
    "content-type": "text/event-stream; charset=utf-8",
    "cache-control": "no-cache",
    connection: "keep-alive",
  });
  let batch = "";
  let written = 0;
  const flush = async (): Promise<void> => {
    if (batch === "") return;
    const text = batch;
    batch = "";
    if (!response.write(text)) await waitForDrain(response);
  };
  /** Returns true when the stream must stop here. */
  const fire = async (): Promise<boolean> => {
    if (fault === undefined) return false;
    switch (fault.kind) {
      case "cut":
        await flush();
        response.end();
        return true;
      case "reset":
        await flushed(response, batch);
        batch = "";
        response.socket?.destroy();
        return true;
      case "error":
        batch += errorEvent(fault) + DONE;
        await flush();
        response.end();
        return true;
      case "malformed":
        batch += MALFORMED;
        return false;
      case "stall":
        await flush();
        return true;
    }
  };
  for (const event of events) {
    if (response.destroyed) return;
    if (fault !== undefined && written === fault.after && (await fire())) return;
    batch += `data: ${event}\n\n`;
    written += 1;
    log.chunks = written;
    if (batch.length >= BATCH_BYTES) await flush();
  }
  // A stream shorter than `after` still gets its fault, just before [DONE].
  if (fault !== undefined && written <= fault.after && (await fire())) return;
  batch += DONE;
  await flush();
  response.end();
}
