/*
 * Stream.tee(): two independent streams of the same events, as openai-node's:
 * each read once at its own pace, both seeing every chunk, an error reaching
 * both, each with its own final result.
 */
import { APIUserAbortError, createClient, Stream, StreamInterruptedError } from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { chunkOf, hello, loader, MODEL } from "./support/fixtures.js";
import { sendEvents, type TestServer, testServers } from "./support/server.js";

const serve = testServers();

const chunks = [
  chunkOf({ role: "assistant", content: "" }),
  chunkOf({ content: "Hel" }),
  chunkOf({ content: "lo" }),
  chunkOf({}, "stop"),
];

async function open(s: TestServer): Promise<Stream<unknown>> {
  const c = createClient<any>({
    baseURL: s.url,
    apiKey: "sk-tee-key",
    schemas: loader().load,
    clock: recordingClock().clock,
  });
  return c.chat.completions.create({ ...hello, stream: true }, {}) as Promise<Stream<unknown>>;
}

async function collect<T>(stream: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

describe("Stream.tee()", () => {
  it("both branches see every chunk, one after the other or interleaved, with the same final completion", async () => {
    const s = await serve((_req, res) => sendEvents(res, chunks, {}));
    const [a, b] = (await open(s)).tee();
    expect(a).toBeInstanceOf(Stream);
    expect(b).toBeInstanceOf(Stream);
    expect([a.model, b.model]).toEqual([MODEL, MODEL]);
    expect(await collect(a)).toEqual(chunks);
    expect(await collect(b)).toEqual(chunks);
    expect((await a.finalMessage()).content).toBe("Hello");
    expect(await b.finalCompletion()).toEqual(await a.finalCompletion());

    const [c, d] = (await open(s)).tee();
    const ci = c[Symbol.asyncIterator]();
    const di = d[Symbol.asyncIterator]();
    const seen: unknown[][] = [[], []];
    for (let i = 0; i < chunks.length; i++) {
      const [x, y] = await Promise.all([di.next(), ci.next()]);
      seen[0]!.push(y.value);
      seen[1]!.push(x.value);
    }
    expect(await Promise.all([ci.next(), di.next()])).toEqual([
      { value: undefined, done: true },
      { value: undefined, done: true },
    ]);
    expect(seen).toEqual([chunks, chunks]);
  });

  it("an error reaches both branches, after the same chunks", async () => {
    const s = await serve((_req, res) => sendEvents(res, chunks.slice(0, 2), { done: false }));
    const [a, b] = (await open(s)).tee();
    const seen: unknown[][] = [[], []];
    const read = async (stream: Stream<unknown>, into: unknown[]) => {
      for await (const chunk of stream) into.push(chunk);
    };
    const [ea, eb] = await Promise.all([
      read(a, seen[0]!).catch((e: unknown) => e),
      read(b, seen[1]!).catch((e: unknown) => e),
    ]);
    expect(ea).toBeInstanceOf(StreamInterruptedError);
    expect(eb).toBe(ea);
    expect(seen).toEqual([chunks.slice(0, 2), chunks.slice(0, 2)]);
    await expect(b.finalCompletion()).rejects.toBe(ea);
  });

  it("the original is consumed; each branch is read once", async () => {
    const s = await serve((_req, res) => sendEvents(res, chunks, {}));
    const stream = await open(s);
    const [a] = stream.tee();
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/can be read once/);
    expect(() => stream.tee()).toThrow(/can be read once/);
    await collect(a);
    expect(() => a[Symbol.asyncIterator]()).toThrow(/can be read once/);
  });

  it("leaving one branch early lets the other run to the end; leaving both closes the connection", async () => {
    const s = await serve((_req, res) => sendEvents(res, chunks, {}));
    const [a, b] = (await open(s)).tee();
    for await (const _ of a) break;
    expect(await collect(b)).toEqual(chunks);
    await expect(a.finalCompletion()).rejects.toBeInstanceOf(APIUserAbortError);

    const hung = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(chunks[0])}\n\n`); // then nothing
    });
    const [c, d] = (await open(hung)).tee();
    for await (const _ of c) break;
    expect(hung.closedSockets()).toBe(0);
    for await (const _ of d) break;
    await hung.waitForClosedSockets(1);
  });

  it("abort() on one branch closes the one connection: both fail", async () => {
    const hung = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(`data: ${JSON.stringify(chunks[0])}\n\n`);
    });
    const [a, b] = (await open(hung)).tee();
    const pending = collect(b).catch((e: unknown) => e);
    await a[Symbol.asyncIterator]().next();
    a.abort();
    expect(await pending).toBeInstanceOf(APIUserAbortError);
    await hung.waitForClosedSockets(1);
  });
});
