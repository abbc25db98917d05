/*
 * A server cannot make the client buffer without bound or stream forever:
 * hand-written servers send an endless line, an endless event, an oversized
 * body, or a stream that never ends, and the client must fail with a typed
 * error and close the connection long before the server is done.
 */
import {
  APITimeoutError,
  createClient,
  DEFAULT_MAX_EVENT_SIZE,
  DEFAULT_MAX_RESPONSE_SIZE,
  InvalidResponseError,
  ResponseTooLargeError,
  StreamTimeoutError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { chunkOf, completion, hello, loader } from "./support/fixtures.js";
import { flood, type Handler, sendEvents, type TestServer, testServers } from "./support/server.js";

const MB = 1024 * 1024;
/** What a server is prepared to send; a client without caps would buffer all of it. */
const FLOOD = 400 * MB;

const serve = testServers();

function client(s: TestServer, extra: Record<string, unknown> = {}) {
  return createClient<any>({
    baseURL: s.url,
    apiKey: "sk-limits-key",
    schemas: loader().load,
    clock: recordingClock().clock,
    ...extra,
  });
}

const streamBody = { ...hello, stream: true as const };

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const seen: unknown[] = [];
  for await (const item of stream) seen.push(item);
  return seen;
}

/** Samples the heap while `work` runs; returns the largest growth seen, in bytes. */
async function heapGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growth: number }> {
  const before = process.memoryUsage().heapUsed;
  let peak = before;
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, growth: peak - before };
  } finally {
    clearInterval(sampler);
  }
}

const sse = { "content-type": "text/event-stream" };

describe("one stream event is capped (default 16 MiB)", () => {
  it("an endless line with no newline: ResponseTooLargeError, the connection closed, the heap bounded", async () => {
    let sent: Promise<number> | undefined;
    const s = await serve((_req, res) => {
      res.writeHead(200, sse);
      sent = flood(
        res,
        `data: ${JSON.stringify(chunkOf({ content: "a" }))}\n\ndata: {"x":"`,
        "x".repeat(64 * 1024),
        FLOOD,
      );
    });
    const stream = await client(s).chat.completions.create(streamBody);
    const seen: unknown[] = [];
    const { result: error, growth } = await heapGrowth(async () => {
      try {
        for await (const chunk of stream) seen.push(chunk);
      } catch (e) {
        return e;
      }
      return undefined;
    });
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "response_too_large", type: "invalid_response" });
    expect((error as Error).message).toMatch(/over the 16777216 character limit \(maxEventSize\) after 1 chunks/);
    expect(seen).toHaveLength(1);
    // The server stops when the socket closes: the cap plus what sat in socket buffers.
    const bytes = await sent!;
    expect(bytes).toBeLessThan(DEFAULT_MAX_EVENT_SIZE + 32 * MB);
    expect(growth).toBeLessThan(200 * MB);
    await expect(stream.finalCompletion()).rejects.toBe(error);
  });

  it("an endless event (data lines, never a blank line) is capped the same way", async () => {
    let sent: Promise<number> | undefined;
    const s = await serve((_req, res) => {
      res.writeHead(200, sse);
      sent = flood(res, "", `data: ${"y".repeat(1000)}\n`, FLOOD);
    });
    const error = await drain(await client(s).chat.completions.create(streamBody)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(await sent!).toBeLessThan(DEFAULT_MAX_EVENT_SIZE + 32 * MB);
    expect(s.requests).toHaveLength(1);
  });

  it("maxEventSize per client and per call; events under it pass, whatever the stream's total", async () => {
    const big = chunkOf({ content: "z".repeat(3000) });
    const s = await serve((_req, res) => sendEvents(res, [chunkOf({ content: "a" }), big, big, big]));
    // 12 KB in all, each event about 3 KB: a 4,000-character cap lets every one through.
    expect(await drain(await client(s, { maxEventSize: 4000 }).chat.completions.create(streamBody))).toHaveLength(4);
    const small = client(s, { maxEventSize: 4000 }).chat.completions.create(streamBody, { maxEventSize: 2000 });
    const error = await drain(await small).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/over the 2000 character limit \(maxEventSize\) after 1 chunks/);
    expect(() => client(s, { maxEventSize: 0 })).toThrow(/maxEventSize must be a positive integer/);
  });
});

describe("a non-stream body is capped (default 64 MiB)", () => {
  it("an endless body without content-length: ResponseTooLargeError, closed well before the server is done", async () => {
    let sent: Promise<number> | undefined;
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      sent = flood(res, '{"id":"', "x".repeat(64 * 1024), FLOOD);
    });
    const { result: error, growth } = await heapGrowth(() =>
      client(s)
        .chat.completions.create(hello)
        .catch((e: unknown) => e),
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ code: "response_too_large", httpStatus: 200 });
    expect((error as Error).message).toMatch(/is over the 67108864 byte limit \(maxResponseSize\)/);
    expect(await sent!).toBeLessThan(DEFAULT_MAX_RESPONSE_SIZE + 32 * MB);
    expect(growth).toBeLessThan(300 * MB);
    // Not retried: the same server would send the same body.
    expect(s.requests).toHaveLength(1);
  });

  it("a declared content-length over the cap is refused before reading; per-call maxResponseSize", async () => {
    const body = JSON.stringify(completion("x".repeat(5000)));
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
    await expect(client(s).chat.completions.create(hello)).resolves.toMatchObject({ object: "chat.completion" });
    const error = await client(s)
      .chat.completions.create(hello, { maxResponseSize: 1000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect((error as Error).message).toMatch(/declares \d+ bytes, over the 1000 byte limit/);
    // An error body is read through the same cap.
    const failing = await serve((_req, res) => {
      res.writeHead(500, { "content-type": "text/plain" });
      void flood(res, "", "e".repeat(64 * 1024), FLOOD);
    });
    const e500 = await client(failing, { maxResponseSize: 100_000 })
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect(e500).toBeInstanceOf(ResponseTooLargeError);
    expect(e500).toMatchObject({ httpStatus: 500 });
  });
});

describe("an optional deadline for a whole stream (streamTimeout, off by default)", () => {
  /** One chunk every 20 ms, forever: never idle, never done. */
  const endless: Handler = (_req, res) => {
    res.writeHead(200, sse);
    const timer = setInterval(() => res.write(`data: ${JSON.stringify(chunkOf({ content: "." }))}\n\n`), 20);
    res.on("close", () => clearInterval(timer));
  };

  it("a stream that keeps sending past streamTimeout fails with StreamTimeoutError and closes its socket", async () => {
    const s = await serve(endless);
    const stream = await client(s).chat.completions.create(streamBody, { streamTimeout: 300 });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of stream) seen.push(chunk);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamTimeoutError);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ code: "stream_timeout", type: "timeout" });
    expect((error as Error).message).toMatch(/did not finish within 300 ms \(streamTimeout\), after \d+ chunks/);
    await s.waitForClosedSockets(1);
  });

  it("set on the client; off by default", async () => {
    const s = await serve(endless);
    const c = client(s, { streamTimeout: 200 });
    expect(c.streamTimeout).toBe(200);
    await expect(drain(await c.chat.completions.create(streamBody))).rejects.toBeInstanceOf(StreamTimeoutError);
    expect(client(s).streamTimeout).toBe(0);
    // Off for this call: the stream is still running after the client's deadline would have passed.
    const open = await c.chat.completions.create(streamBody, { streamTimeout: 0 });
    const iterator = open[Symbol.asyncIterator]();
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect((await iterator.next()).done).toBe(false);
    open.abort();
  });
});
