/*
 * The streaming seam: a protocol adds an event schema and an accumulator and
 * nothing else. Two protocols that exist only here go through the real client
 * core, the way the Anthropic Messages, Responses and Gemini streams will:
 *
 *   - "named": named events (`token`, `ping`, `done`, `error`), each `data`
 *     a JSON object with that `type`; complete only after `done` (a terminal
 *     event, as Anthropic's message_stop); an `error` event is an API error.
 *   - "open-ended": unnamed chunks and no sentinel; complete when the body
 *     ends after a chunk that carried a `finish` (as Gemini's finishReason).
 */
import {
  APIUserAbortError,
  createClient,
  EventStream,
  InternalServerError,
  SchemaMismatchError,
  StreamInterruptedError,
} from "apifree-typed";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import type { ClientCore } from "../../src/runtime/core/client-core.js";
import { clientCore } from "../../src/runtime/core/client-symbol.js";
import { streamKind } from "../../src/runtime/core/stream/open.js";
import type { Accumulator, StreamProtocol } from "../../src/runtime/core/stream/protocol.js";
import type { ApiErrorInfo } from "../../src/shared/error-envelope.js";
import { recordingClock } from "./support/clock.js";
import { type Handler, startServer, type TestServer } from "./support/server.js";

interface NamedEvent {
  type: string;
  text?: string;
  reason?: string;
  error?: { type: string; message: string };
}

interface NamedResult {
  text: string;
  reason: string | undefined;
  pings: number;
}

class NamedAccumulator implements Accumulator<NamedEvent, NamedResult> {
  count = 0;
  readonly complete = false;
  #text = "";
  #reason: string | undefined;
  #pings = 0;
  add(event: NamedEvent, name: string | undefined): boolean {
    this.count++;
    if (name === "token") this.#text += event.text ?? "";
    if (name === "ping") this.#pings++;
    if (name !== "done") return false;
    this.#reason = event.reason;
    return true;
  }
  result(): NamedResult {
    return { text: this.#text, reason: this.#reason, pings: this.#pings };
  }
}

const named: StreamProtocol<NamedEvent, NamedResult> = {
  ending: "done",
  noun: "events",
  errorOf(value, name): ApiErrorInfo | undefined {
    if (name !== "error") return undefined;
    const error = (value as NamedEvent).error ?? { type: "api_error", message: "unknown" };
    return { status: 200, code: error.type, type: error.type, message: error.message };
  },
  accumulator: () => new NamedAccumulator(),
};

class NamedStream extends EventStream<NamedEvent, NamedResult> {
  finalText(): Promise<NamedResult> {
    return this.finalResult();
  }
}

interface OpenChunk {
  text: string;
  finish?: string;
}

class OpenAccumulator implements Accumulator<OpenChunk, string> {
  count = 0;
  complete = false;
  #parts: string[] = [];
  add(chunk: OpenChunk): boolean {
    this.count++;
    this.#parts.push(chunk.text);
    if (chunk.finish !== undefined) this.complete = true;
    return false;
  }
  result(): string {
    return this.#parts.join("");
  }
}

const openEnded: StreamProtocol<OpenChunk, string> = {
  ending: "a chunk with a finish",
  noun: "chunks",
  errorOf: () => undefined,
  accumulator: () => new OpenAccumulator(),
};

class OpenStream extends EventStream<OpenChunk, string> {
  finalText(): Promise<string> {
    return this.finalResult();
  }
}

let servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.map((s) => s.close()));
  servers = [];
});

/** A server answering every POST with these raw SSE pieces. */
async function sse(pieces: string[], end = true): Promise<TestServer> {
  const handler: Handler = (_req, res) => {
    res.writeHead(200, { "content-type": "text/event-stream" });
    for (const piece of pieces) res.write(piece);
    if (end) res.end();
  };
  const s = await startServer(handler);
  servers.push(s);
  return s;
}

const ev = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

function coreOf(s: TestServer, extra: Record<string, unknown> = {}): ClientCore {
  const client = createClient<any>({ baseURL: s.url, apiKey: "sk-proto-key", clock: recordingClock().clock, ...extra });
  return (client as unknown as { [clientCore]: ClientCore })[clientCore];
}

function post<S>(core: ClientCore, kind: ReturnType<typeof streamKind>, eventSchema?: z.ZodType): Promise<S> {
  return core.post({
    path: "/events",
    model: "test/model",
    payload: "{}",
    stream: kind,
    responseSchema: undefined,
    eventSchema,
    options: undefined,
  }) as Promise<S>;
}

const namedKind = streamKind(named, NamedStream);
const openKind = streamKind(openEnded, OpenStream);

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe("a protocol with named events and a terminal event", () => {
  const events = [
    ev("token", { type: "token", text: "Hel" }),
    ": a comment\n\n",
    ev("ping", { type: "ping" }),
    ev("token", { type: "token", text: "lo" }),
    ev("done", { type: "done", reason: "stop" }),
  ];

  it("yields every event typed, completes at the terminal event, and accumulates the final result", async () => {
    const s = await sse(events);
    const stream = await post<NamedStream>(coreOf(s), namedKind);
    expect(stream).toBeInstanceOf(NamedStream);
    expect((await collect(stream)).map((e) => e.type)).toEqual(["token", "ping", "token", "done"]);
    expect(await stream.finalText()).toEqual({ text: "Hello", reason: "stop", pings: 1 });
    expect(s.requests[0]!.headers.accept).toBe("text/event-stream");
  });

  it("stops reading at the terminal event: what the server sends after it is never decoded", async () => {
    const s = await sse([...events, "this line is not SSE and would be malformed\n\n"]);
    const stream = await post<NamedStream>(coreOf(s), namedKind);
    expect(await collect(stream)).toHaveLength(4);
  });

  it("a body that ends before the terminal event was cut, naming what was missing", async () => {
    const s = await sse(events.slice(0, 4));
    const stream = await post<NamedStream>(coreOf(s), namedKind);
    const error = await collect(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect((error as Error).message).toBe(
      "The stream from model 'test/model' ended after 3 events without done: the response was cut.",
    );
  });

  it("an error event becomes the typed API error, after the events before it", async () => {
    const s = await sse([
      events[0]!,
      ev("error", { type: "error", error: { type: "overloaded_error", message: "busy" } }),
      events[4]!,
    ]);
    const stream = await post<NamedStream>(coreOf(s), namedKind);
    const seen: NamedEvent[] = [];
    const error = await (async () => {
      for await (const e of stream) seen.push(e);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ code: "overloaded_error", status: 503, model: "test/model" });
    expect(seen).toHaveLength(1);
    await expect(stream.finalText()).rejects.toBe(error);
  });

  it("events are validated against the schema the operation passes, like chat chunks", async () => {
    const schema = z.looseObject({ type: z.enum(["token", "ping", "done"]) });
    const s = await sse([events[0]!, ev("token", { type: "surprise" }), events[4]!]);
    const stream = await post<NamedStream>(coreOf(s, { validate: "strict" }), namedKind, schema);
    await expect(collect(stream)).rejects.toBeInstanceOf(SchemaMismatchError);
  });

  it("abort() and tee() come with the shared machinery", async () => {
    const s = await sse(events.slice(0, 2), false);
    const stream = await post<NamedStream>(coreOf(s), namedKind);
    const [left, right] = stream.tee();
    expect(left).toBeInstanceOf(NamedStream);
    const first = await left[Symbol.asyncIterator]().next();
    expect(first.value).toEqual({ type: "token", text: "Hel" });
    left.abort();
    await expect(right.finalText()).rejects.toBeInstanceOf(APIUserAbortError);
    await s.waitForClosedSockets(1);
  });
});

describe("a protocol without a sentinel that is complete at the end of the body", () => {
  it("ends normally when the body ends after a chunk that said it finished", async () => {
    const s = await sse(['data: {"text":"a"}\n\n', 'data: {"text":"b","finish":"STOP"}\n\n', 'data: {"text":""}\n\n']);
    const stream = await post<OpenStream>(coreOf(s), openKind);
    expect(await collect(stream)).toHaveLength(3);
    expect(await stream.finalText()).toBe("ab");
  });

  it("is cut when the body ends before any chunk said so", async () => {
    const s = await sse(['data: {"text":"a"}\n\n']);
    const error = await collect(await post<OpenStream>(coreOf(s), openKind)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect((error as Error).message).toMatch(
      /ended after 1 chunks without a chunk with a finish: the response was cut/,
    );
  });
});
