/*
 * Messages, Responses and Gemini behave exactly as chat does, each in its
 * own wire format: the same table of cases runs against each protocol
 * through the real client, with a hand-written server on 127.0.0.1:0.
 */
import {
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  bindModel,
  GeminiStream,
  InternalServerError,
  InvalidResponseError,
  MessageStream,
  RateLimitError,
  ResponseStream,
  ResponseTooLargeError,
  type SchemaMismatch,
  SchemaMismatchError,
  StreamIdleTimeoutError,
  StreamInterruptedError,
  ValidationError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import {
  CLAUDE,
  claudeBody,
  claudeEvents,
  claudeFinal,
  GEMINI,
  GPT,
  geminiBody,
  geminiChunks,
  geminiFinal,
  gptBody,
  gptEvents,
  gptFinal,
  named,
} from "./support/protocol-fixtures.js";
import { sendJson, testServers } from "./support/server.js";
import { collect, protocolClient, sseResponse } from "./support/streams.js";

const serve = testServers();
const KEY = "sk-protocol-secret-key-0123456789"; // protocolClient's key

type AnyClient = ReturnType<typeof protocolClient>;
type AnyStream = MessageStream<unknown, unknown> | ResponseStream<unknown, unknown> | GeminiStream<unknown, unknown>;

interface Protocol {
  name: string;
  model: string;
  /** The path the request must reach (the test server's base URL ends in /v1). */
  path: string;
  body: Record<string, unknown>;
  /** A body the model's validator refuses. */
  invalid: Record<string, unknown>;
  create(client: AnyClient, body: Record<string, unknown>, options?: Record<string, unknown>): Promise<any>;
  Class: typeof MessageStream | typeof ResponseStream | typeof GeminiStream;
  events: unknown[];
  /** One event as the wire carries it. */
  render(event: unknown): string;
  final: unknown;
  finalOf(stream: AnyStream): Promise<unknown>;
  finalText: string;
  /** What a cut stream says it missed. */
  ending: string;
  /** The protocol's own error event and what it becomes. */
  errorEvent: { piece: string; Class: new (...args: never[]) => Error; fields: Record<string, unknown> };
  /** An event the model's event schema refuses. */
  odd: unknown;
  /** A non-stream reply. */
  reply: unknown;
}

const renderData = (event: unknown) => `data: ${JSON.stringify(event)}\n\n`;

const PROTOCOLS: Protocol[] = [
  {
    name: "Anthropic Messages",
    model: CLAUDE,
    path: "/v1/messages",
    body: claudeBody,
    invalid: { ...claudeBody, temperature: 1.5 },
    create: (client, body, options) => client.messages.create(body, options),
    Class: MessageStream,
    events: claudeEvents,
    render: (event) => named(event as { type: string }),
    final: claudeFinal,
    finalOf: (stream) => (stream as MessageStream<unknown, unknown>).finalMessage(),
    finalText: "Hello!",
    ending: "without message_stop",
    errorEvent: {
      piece: named({ type: "error", error: { type: "overloaded_error", message: "Overloaded" } } as { type: string }),
      Class: InternalServerError,
      fields: { code: "overloaded_error", status: 503, httpStatus: 200, model: CLAUDE },
    },
    odd: { type: "ping", surprise: 1 },
    reply: claudeFinal,
  },
  {
    name: "OpenAI Responses",
    model: GPT,
    path: "/v1/responses",
    body: gptBody,
    invalid: { ...gptBody, max_output_tokens: 4 },
    create: (client, body, options) => client.responses.create(body, options),
    Class: ResponseStream,
    events: gptEvents(),
    render: (event) => named(event as { type: string }),
    final: gptFinal,
    finalOf: (stream) => (stream as ResponseStream<unknown, unknown>).finalResponse(),
    finalText: "Hello!",
    ending: "without response.completed or response.incomplete",
    errorEvent: {
      piece: named({
        type: "error",
        sequence_number: 3,
        code: "rate_limit_exceeded",
        message: "Slow down",
        param: null,
      } as { type: string }),
      Class: RateLimitError,
      fields: { code: "rate_limit_exceeded", status: 429, httpStatus: 200, model: GPT },
    },
    odd: { type: "response.in_progress", sequence_number: 2 },
    reply: gptFinal,
  },
  {
    name: "Google Gemini",
    model: GEMINI,
    path: "/google/gemini",
    body: geminiBody,
    invalid: { ...geminiBody, generationConfig: { temperature: 3 } },
    create: (client, body, options) => client.gemini.generateContent(body, options),
    Class: GeminiStream,
    events: geminiChunks,
    render: renderData,
    final: geminiFinal,
    finalOf: (stream) => (stream as GeminiStream<unknown, unknown>).finalResponse(),
    finalText: "Hello!",
    ending: "without a chunk with a finishReason",
    errorEvent: {
      piece: renderData({ error: { code: 503, message: "The model is overloaded.", status: "UNAVAILABLE" } }),
      Class: InternalServerError,
      fields: { code: "UNAVAILABLE", status: 503, httpStatus: 200, model: GEMINI },
    },
    odd: { candidates: [], modelVersion: "gemini-x-001" },
    reply: geminiFinal,
  },
];

const clientFor = protocolClient;
const sse = sseResponse;

const envelope = (code: number, error: Record<string, string>) => ({ code, error });
const busy = envelope(429, {
  code: "max_concurrency_exceeded",
  message: "too many concurrent requests",
  type: "rate_limit_error",
});

describe.each(PROTOCOLS)("$name", (p) => {
  const wire = p.events.map((event) => p.render(event));
  const streamBody = { ...p.body, stream: true };

  it("a plain call sends the body to its path and returns the reply", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, p.reply));
    expect(await p.create(clientFor(s), p.body)).toEqual(p.reply);
    const request = s.requests[0]!;
    expect(new URL(request.url, "http://x").pathname).toBe(p.path);
    expect(request.body).toBe(JSON.stringify(p.body));
    expect(request.headers.accept).toBe("application/json");
    expect(request.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("a stream yields every event and assembles the final result; tee() gives two", async () => {
    const s = await serve(sse(wire));
    const client = clientFor(s);
    const stream = await p.create(client, streamBody);
    expect(stream).toBeInstanceOf(p.Class);
    expect(stream.requestId).toBe("req_proto");
    expect(await collect(stream)).toEqual(p.events);
    expect(await p.finalOf(stream)).toEqual(p.final);
    expect(await stream.finalText()).toBe(p.finalText);
    expect(s.requests[0]!.headers.accept).toBe("text/event-stream");

    // Without iterating, the final helper reads the stream itself.
    expect(await p.finalOf(await p.create(client, streamBody))).toEqual(p.final);

    const [left, right] = (await p.create(client, streamBody)).tee();
    expect(left).toBeInstanceOf(p.Class);
    const [a, b] = await Promise.all([collect(left), collect(right)]);
    expect(a).toEqual(p.events);
    expect(b).toEqual(p.events);
    expect(await p.finalOf(right)).toEqual(p.final);
  });

  it("events split across network writes, CRLF line ends and comments are read the same", async () => {
    const bytes = `: keep-alive\r\n\r\n${wire.join("").replaceAll("\n", "\r\n")}`;
    const s = await serve(async (_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      for (let i = 0; i < bytes.length; i += 37) {
        res.write(bytes.slice(i, i + 37));
        await new Promise((r) => setImmediate(r));
      }
      res.end();
    });
    const stream = await p.create(clientFor(s), streamBody);
    expect(await collect(stream)).toEqual(p.events);
    expect(await p.finalOf(stream)).toEqual(p.final);
  });

  it("a stream that ends before its terminal event is a StreamInterruptedError, not retried", async () => {
    const s = await serve(sse(wire.slice(0, 3)));
    const stream = await p.create(clientFor(s), streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(error).toMatchObject({ code: "stream_interrupted", model: p.model, requestId: "req_proto" });
    expect((error as Error).message).toContain(`after 3 `);
    expect((error as Error).message).toContain(p.ending);
    expect(seen).toEqual(p.events.slice(0, 3));
    await expect(p.finalOf(stream)).rejects.toBe(error);
    expect(s.requests).toHaveLength(1);
  });

  it("a connection reset mid-stream is a StreamInterruptedError", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(wire[0]!);
      setTimeout(() => res.socket?.destroy(), 20);
    });
    await expect(collect(await p.create(clientFor(s), streamBody))).rejects.toBeInstanceOf(StreamInterruptedError);
  });

  it("the protocol's error event is the matching typed error, after the events before it", async () => {
    const s = await serve(sse([wire[0]!, p.errorEvent.piece, ...wire.slice(1)]));
    const stream = await p.create(clientFor(s), streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(p.errorEvent.Class);
    expect(error).toMatchObject(p.errorEvent.fields);
    expect(seen).toEqual([p.events[0]]);
    expect(s.requests).toHaveLength(1);
  });

  it("APIFree's HTTP-200 envelope: inside the stream, as the answer to a stream, and to a plain call", async () => {
    const inStream = await serve(sse([wire[0]!, renderData(busy)]));
    const error = await collect(await p.create(clientFor(inStream), streamBody)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "max_concurrency_exceeded", status: 429, httpStatus: 200 });

    const bad = envelope(400, { code: "invalid_request_error", message: "bad field", type: "invalid_request_error" });
    const refused = await serve((_req, res) => sendJson(res, 200, bad));
    const client = clientFor(refused);
    for (const body of [p.body, streamBody]) {
      const e = await p.create(client, body).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(BadRequestError);
      expect(e).toMatchObject({ code: "invalid_request_error", status: 400, httpStatus: 200, model: p.model });
    }
    expect(refused.requests).toHaveLength(2); // a 400 is never retried
  });

  it("429 and 503 before the stream starts are retried; then the stream runs", async () => {
    const s = await serve((_req, res, _body, i) => {
      if (i === 0) sendJson(res, 200, busy);
      else if (i === 1) sendJson(res, 503, { error: { message: "down", type: "server_error" } });
      else sse(wire)(_req, res);
    });
    const { clock, sleeps } = recordingClock();
    const stream = await p.create(clientFor(s, { clock }), streamBody);
    expect(await p.finalOf(stream)).toEqual(p.final);
    expect(s.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("a body the model's validator refuses is not sent", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, p.reply));
    const error = await p.create(clientFor(s), { ...p.invalid, stream: true }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain(p.model);
    expect(s.requests).toHaveLength(0);
  });

  it("abort() mid-stream and the caller's signal close the connection", async () => {
    const s = await serve(sse(wire.slice(0, 2), false));
    const stream = await p.create(clientFor(s), streamBody);
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) {
        seen.push(event);
        if (seen.length === 2) setTimeout(() => stream.abort(), 10);
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(seen).toHaveLength(2);
    await s.waitForClosedSockets(1);

    const controller = new AbortController();
    const signalled = await p.create(clientFor(s), streamBody, { signal: controller.signal });
    const pending = collect(signalled);
    setTimeout(() => controller.abort(), 10);
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    await s.waitForClosedSockets(2);
  });

  it("the idle timeout ends a stream that stops sending", async () => {
    const s = await serve(sse(wire.slice(0, 1), false));
    const stream = await p.create(clientFor(s, { idleTimeout: 40 }), streamBody);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamIdleTimeoutError);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect((error as Error).message).toContain("after 1 ");
    await s.waitForClosedSockets(1);
  });

  it("an event over maxEventSize is a ResponseTooLargeError", async () => {
    const s = await serve(sse(wire));
    const error = await collect(await p.create(clientFor(s, { maxEventSize: 120 }), streamBody)).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ code: "response_too_large", model: p.model });
  });

  it("validates events: onSchemaMismatch by default, SchemaMismatchError in strict mode, nothing when off", async () => {
    const odd = p.render(p.odd);
    const s = await serve(sse([wire[0]!, odd, ...wire.slice(1)]));
    const seen: SchemaMismatch[] = [];
    const reported = await p.create(clientFor(s, { onSchemaMismatch: (m: SchemaMismatch) => seen.push(m) }), {
      ...streamBody,
    });
    expect(await collect(reported)).toHaveLength(p.events.length + 1);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ kind: "chunk", model: p.model, value: p.odd });

    const strict = await p.create(clientFor(s, { validate: "strict" }), streamBody);
    const error = await collect(strict).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaMismatchError);
    expect(error).toMatchObject({ code: "schema_mismatch", model: p.model });

    const off = await p.create(clientFor(s, { validate: "off", onSchemaMismatch: () => seen.push() }), streamBody);
    expect(await collect(off)).toEqual([p.events[0], p.odd, ...p.events.slice(1)]);
    expect(seen).toHaveLength(1);

    // The valid stream passes strict validation whole.
    const clean = await serve(sse(wire));
    expect(await collect(await p.create(clientFor(clean, { validate: "strict" }), streamBody))).toEqual(p.events);
  });

  it("the API key never appears in an error raised inside the stream", async () => {
    const echo = p.errorEvent.piece.replace("Overloaded", KEY).replace("Slow down", KEY).replace("overloaded.", KEY);
    expect(echo).toContain(KEY);
    const s = await serve(sse([wire[0]!, echo]));
    const error = (await collect(await p.create(clientFor(s), streamBody)).catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(p.errorEvent.Class);
    for (const text of [error.message, error.stack ?? "", JSON.stringify(error), String(error)]) {
      expect(text).not.toContain(KEY);
    }
  });

  it("client.call() by operation key and the per-model binding stream the same way", async () => {
    const s = await serve(sse(wire));
    const client = clientFor(s);
    const key = { [CLAUDE]: "messages", [GPT]: "responses", [GEMINI]: "gemini" }[p.model]!;
    const viaCall = await client.call(key, streamBody);
    expect(viaCall).toBeInstanceOf(p.Class);
    expect(await p.finalOf(viaCall as AnyStream)).toEqual(p.final);
    const binding = bindModel<any, string>(p.model) as any;
    const { model: _model, ...rest } = streamBody as Record<string, unknown>;
    const bound =
      key === "gemini" ? await binding.gemini.generateContent(client, rest) : await binding[key].create(client, rest);
    expect(bound).toBeInstanceOf(p.Class);
    expect(await collect(bound)).toEqual(p.events);
    for (const request of s.requests) {
      expect(new URL(request.url, "http://x").pathname).toBe(p.path);
      expect(JSON.parse(request.body)).toEqual(streamBody);
    }
  });

  it("a JSON answer that is no error, to a stream request, is an InvalidResponseError", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, p.reply));
    await expect(p.create(clientFor(s), streamBody)).rejects.toBeInstanceOf(InvalidResponseError);
  });
});
