import type { ServerResponse } from "node:http";
import type { MockRequestLog, StreamFault } from "./types.js";

/*
 * Writes a stream's events (already framed by their protocol: `data: ...`
 * or `event: NAME` + `data: ...`), then the protocol's closing text,
 * batching events into large writes and honouring backpressure, so a
 * 100,000-event stream costs little more than its bytes. A stream fault
 * fires before event number `after` (or before the close when the stream
 * has fewer events), in the protocol's own words (its framing).
 */

const BATCH_BYTES = 64 * 1024;

/** How one protocol frames its stream's ends and its faults. */
export interface StreamFraming {
  /** Written after the last event (chat: `data: [DONE]`; empty for protocols whose last event says it all). */
  end: string;
  /**
   * The protocol's error event(s) for an `error` fault after `index` events,
   * with the hook's error fields over the protocol's defaults; the response
   * ends after it.
   */
  error(error: StreamFault["error"], index: number): string;
  /** An event whose data is not JSON, for a `malformed` fault; the stream goes on after it. */
  malformed: string;
}

/** What an `error` fault reports unless the hook gives its own message. */
export const MID_STREAM_FAILURE = "the upstream provider failed mid-stream";

export function dataEvent(json: string): string {
  return `data: ${json}\n\n`;
}

export function namedEvent(name: string, json: string): string {
  return `event: ${name}\ndata: ${json}\n\n`;
}

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

export async function writeEventStream(
  response: ServerResponse,
  log: MockRequestLog,
  events: Iterable<string>,
  fault: StreamFault | undefined,
  framing: StreamFraming,
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
        batch += framing.error(fault.error, written);
        await flush();
        response.end();
        return true;
      case "malformed":
        batch += framing.malformed;
        return false;
      case "stall":
        await flush();
        return true;
    }
  };
  for (const event of events) {
    if (response.destroyed) return;
    if (fault !== undefined && written === fault.after && (await fire())) return;
    batch += event;
    written += 1;
    log.chunks = written;
    if (batch.length >= BATCH_BYTES) await flush();
  }
  // A stream shorter than `after` still gets its fault, just before its close.
  if (fault !== undefined && written <= fault.after && (await fire())) return;
  batch += framing.end;
  await flush();
  response.end();
}
