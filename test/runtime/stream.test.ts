import {
  APITimeoutError,
  APIUserAbortError,
  createClient,
  InvalidResponseError,
  RateLimitError,
  type SchemaMismatch,
  Stream,
  StreamIdleTimeoutError,
  StreamInterruptedError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { chunkOf, completion, hello, loader, MODEL } from "./support/fixtures.js";
import { sendEvents, sendJson, type TestServer, testServers } from "./support/server.js";

const serve = testServers();

const streamBody = { ...hello, stream: true as const };

const reasoningChunks = [
  chunkOf({ role: "assistant", content: "" }),
  chunkOf({ reasoning_content: "Let me " }),
  chunkOf({ reasoning_content: "think." }),
  chunkOf({ content: "Hel" }),
  chunkOf({ content: "lo!" }),
  chunkOf({}, "stop"),
];

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

function streamClient(s: TestServer, extra: Record<string, unknown> = {}) {
  return createClient<any>({
    baseURL: s.url,
    apiKey: "sk-stream-key",
    schemas: loader().load,
    clock: recordingClock().clock,
    ...extra,
  });
}

describe("streams", () => {
  it("yields each chunk and accumulates the completion", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    expect(stream).toBeInstanceOf(Stream);
    expect(await collect(stream)).toEqual(reasoningChunks);
    const done = await stream.finalCompletion();
    expect(done).toMatchObject({
      id: "chatcmpl-0123456789abcdef01234567",
      object: "chat.completion",
      model: MODEL,
      choices: [
        {
          index: 0,
          finish_reason: "stop",
          message: { role: "assistant", content: "Hello!", reasoning_content: "Let me think." },
        },
      ],
    });
    expect(await stream.finalMessage()).toEqual({
      role: "assistant",
      content: "Hello!",
      reasoning_content: "Let me think.",
    });
    expect(s.requests[0]!.headers.accept).toBe("text/event-stream");
    expect(s.requests[0]!.body).toBe(JSON.stringify(streamBody));
  });

  it("merges tool calls by index, concatenates argument fragments, handles several choices and usage", async () => {
    const chunks = [
      chunkOf({ role: "assistant", content: "" }),
      chunkOf({ role: "assistant", content: "" }, null, 1),
      chunkOf({
        tool_calls: [{ index: 0, id: "call_a", type: "function", function: { name: "weather", arguments: "" } }],
      }),
      chunkOf({
        tool_calls: [{ index: 1, id: "call_b", type: "function", function: { name: "time", arguments: "" } }],
      }),
      chunkOf({ tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      chunkOf({ tool_calls: [{ index: 1, function: { arguments: '{"tz":"UTC"}' } }] }),
      chunkOf({ tool_calls: [{ index: 0, function: { arguments: '"Paris"}' } }] }),
      chunkOf({ content: "second" }, null, 1),
      chunkOf({}, "tool_calls"),
      chunkOf({}, "length", 1),
      { ...chunkOf({}), choices: [], usage: { prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, cost: 0.5 } },
    ];
    const s = await serve((_req, res) => sendEvents(res, chunks));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const done = await stream.finalCompletion(); // nobody iterates: finalCompletion reads it all
    expect(done.choices).toEqual([
      {
        index: 0,
        finish_reason: "tool_calls",
        logprobs: null,
        message: {
          role: "assistant",
          content: null,
          tool_calls: [
            { id: "call_a", type: "function", function: { name: "weather", arguments: '{"city":"Paris"}' } },
            { id: "call_b", type: "function", function: { name: "time", arguments: '{"tz":"UTC"}' } },
          ],
        },
      },
      { index: 1, finish_reason: "length", logprobs: null, message: { role: "assistant", content: "second" } },
    ]);
    expect(done.usage).toEqual({ prompt_tokens: 3, completion_tokens: 4, total_tokens: 7, cost: 0.5 });
  });

  it("finalCompletion() while another reader iterates resolves when the stream ends", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const iterator = stream[Symbol.asyncIterator]();
    await iterator.next();
    const final = stream.finalCompletion();
    while (!(await iterator.next()).done) {
      // read on
    }
    expect((await final).choices[0]!.message.content).toBe("Hello!");
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/read once/);
  });

  it("parses CRLF line ends, comments and events split across network writes", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream; charset=utf-8" });
      res.write(": keep-alive\r\n\r\n");
      const text = `data: ${JSON.stringify(chunkOf({ content: "é😀" }))}\r\n\r\ndata: [DONE]\r\n\r\n`;
      const bytes = Buffer.from(text);
      let i = 0;
      const step = () => {
        if (i >= bytes.length) return res.end();
        res.write(bytes.subarray(i, i + 7));
        i += 7;
        setImmediate(step);
      };
      step();
    });
    const stream = await streamClient(s).chat.completions.create(streamBody);
    expect(await collect(stream)).toEqual([chunkOf({ content: "é😀" })]);
  });

  it("a stream that ends without [DONE] is stream_interrupted, and is not retried", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks.slice(0, 3), { done: false }));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const c of stream) seen.push(c);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(error).toMatchObject({ code: "stream_interrupted", model: MODEL });
    expect((error as Error).message).toContain("after 3 chunks");
    expect(seen).toHaveLength(3);
    await expect(stream.finalCompletion()).rejects.toBe(error);
    expect(s.requests).toHaveLength(1);
  });

  it("a connection cut mid-stream is stream_interrupted", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(reasoningChunks[0])}\n\n`);
      setTimeout(() => res.socket?.destroy(), 20);
    });
    const stream = await streamClient(s).chat.completions.create(streamBody);
    await expect(collect(stream)).rejects.toBeInstanceOf(StreamInterruptedError);
    expect(s.requests).toHaveLength(1);
  });

  it("an error object inside the stream raises the matching error", async () => {
    const s = await serve((_req, res) =>
      sendEvents(
        res,
        [
          reasoningChunks[0],
          {
            code: 429,
            error: {
              code: "max_concurrency_exceeded",
              message: "too many concurrent requests",
              type: "rate_limit_error",
            },
          },
        ],
        { done: false },
      ),
    );
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "max_concurrency_exceeded", status: 429 });
    expect(s.requests).toHaveLength(1);
  });

  it("a malformed event raises invalid_response quoting the line, truncated", async () => {
    const long = `{"id": "broken ${"x".repeat(500)}`;
    const s = await serve((_req, res) => sendEvents(res, [reasoningChunks[0], `data: ${long}\n\n`]));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const error = (await collect(stream).catch((e: unknown) => e)) as InvalidResponseError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.message).toContain('data: {\\"id\\": \\"broken xxx');
    expect(error.message).toContain("after 1 chunks");
    expect(error.message.length).toBeLessThan(400);
    const garbage = await serve((_req, res) => sendEvents(res, ["this is not sse\n\n"]));
    const e2 = await collect(await streamClient(garbage).chat.completions.create(streamBody)).catch((e: unknown) => e);
    expect(e2).toBeInstanceOf(InvalidResponseError);
    expect((e2 as Error).message).toContain("this is not sse");
  });

  it("an error before the stream starts is handled like a non-stream call (and retried)", async () => {
    const s = await serve((_req, res, _b, i) =>
      i === 0
        ? sendJson(res, 200, {
            code: 429,
            error: { code: "max_concurrency_exceeded", message: "busy", type: "rate_limit_error" },
          })
        : sendEvents(res, reasoningChunks),
    );
    const { clock, sleeps } = recordingClock();
    const stream = await streamClient(s, { clock }).chat.completions.create(streamBody);
    expect(await collect(stream)).toHaveLength(reasoningChunks.length);
    expect(s.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it("abort() stops the stream and closes its socket", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(reasoningChunks[0])}\n\n`); // and then nothing: a hung stream
    });
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const c of stream) {
        seen.push(c);
        setTimeout(() => stream.abort(), 10);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(1);
    await s.waitForClosedSockets(1);
    expect(s.closedSockets()).toBe(1);
  });

  it("the caller's signal stops a stream mid-way", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(reasoningChunks[0])}\n\n`);
    });
    const controller = new AbortController();
    const stream = await streamClient(s).chat.completions.create(streamBody, { signal: controller.signal });
    const pending = collect(stream);
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await s.waitForClosedSockets(1);
  });

  it("breaking out of the loop closes the socket", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (const c of reasoningChunks) res.write(`data: ${JSON.stringify(c)}\n\n`);
    });
    const stream = await streamClient(s).chat.completions.create(streamBody);
    for await (const c of stream) {
      expect(c).toEqual(reasoningChunks[0]);
      break;
    }
    await s.waitForClosedSockets(1);
    await expect(stream.finalCompletion()).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it("the idle timeout ends a stream that stops sending, and closes the socket", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(reasoningChunks[0])}\n\n`);
    });
    const stream = await streamClient(s, { idleTimeout: 40 }).chat.completions.create(streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const c of stream) seen.push(c);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamIdleTimeoutError);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ code: "idle_timeout" });
    expect(seen).toHaveLength(1);
    await s.waitForClosedSockets(1);
  });

  it("the idle timeout does not count time the reader spends between chunks", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks));
    const stream = await streamClient(s, { idleTimeout: 100 }).chat.completions.create(streamBody);
    const seen: unknown[] = [];
    for await (const c of stream) {
      seen.push(c);
      await new Promise((r) => setTimeout(r, 150)); // a slow reader, not a silent server
    }
    expect(seen).toHaveLength(reasoningChunks.length);
  });

  it("the timeout covers a stream's headers", async () => {
    const s = await serve(() => undefined);
    const error = await streamClient(s, { timeout: 30, maxRetries: 0 })
      .chat.completions.create(streamBody)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ code: "timeout" });
  });

  it("after [DONE] the keep-alive socket is reused", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks));
    const c = streamClient(s);
    for (let i = 0; i < 4; i++) await collect(await c.chat.completions.create(streamBody));
    await new Promise((r) => setTimeout(r, 20));
    // undici's pool may alternate between two idle sockets; none is closed.
    expect(new Set(s.requests.map((r) => r.socket)).size).toBeLessThanOrEqual(2);
    expect(s.closedSockets()).toBe(0);
  });

  it("toReadableStream() gives newline-delimited JSON chunks", async () => {
    const s = await serve((_req, res) => sendEvents(res, reasoningChunks));
    const stream = await streamClient(s).chat.completions.create(streamBody);
    const text = await new Response(stream.toReadableStream() as unknown as ReadableStream).text();
    expect(
      text
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line)),
    ).toEqual(reasoningChunks);
  });

  it("validates chunks: onSchemaMismatch in the default mode, an error in strict mode", async () => {
    const odd = chunkOf({ content: "x", surprise: 1 });
    const s = await serve((_req, res) => sendEvents(res, [reasoningChunks[0], odd]));
    const seen: SchemaMismatch[] = [];
    const stream = await streamClient(s, {
      onSchemaMismatch: (info: SchemaMismatch) => seen.push(info),
    }).chat.completions.create(streamBody);
    expect(await collect(stream)).toEqual([reasoningChunks[0], odd]);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: "chunk", model: MODEL, pointer: "/choices/0/delta/surprise", value: odd });
    const strict = await streamClient(s, { validate: "strict" }).chat.completions.create(streamBody);
    await expect(collect(strict)).rejects.toMatchObject({ code: "schema_mismatch" });
  });

  it("a JSON answer to a stream request that is not an error is invalid_response", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, completion()));
    await expect(streamClient(s).chat.completions.create(streamBody)).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
