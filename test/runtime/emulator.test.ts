/*
 * The client against the emulator (src/mock) and its fault injection: every
 * failure path, with the attempts counted by the emulator's request log and
 * the delays read from an injected clock.
 */

import {
  APIConnectionError,
  APITimeoutError,
  AuthenticationError,
  type ClientOptions,
  createClient,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  StreamIdleTimeoutError,
  StreamInterruptedError,
  ValidationError,
} from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { recordingClock } from "./support/clock.js";
import { CHAT, runtimeSnapshot, THINK } from "./support/emulator-snapshot.js";
import { loader } from "./support/fixtures.js";

const KEY = "sk-emulator-test-key";
let emulator: Emulator;

beforeAll(async () => {
  emulator = await startEmulator({ snapshot: runtimeSnapshot, port: 0, apiKeys: [KEY] });
});
afterAll(() => emulator.close());

let tags = 0;

/** A client whose requests carry a tag of their own, so each test counts its own attempts. */
function client(extra: ClientOptions = {}) {
  const { clock, sleeps } = recordingClock();
  const tag = `t${++tags}`;
  const c = createClient<any>({
    baseURL: emulator.url,
    apiKey: KEY,
    schemas: loader().load,
    validate: "strict",
    clock,
    defaultHeaders: { "x-test": tag },
    ...extra,
  });
  return { c, sleeps, attempts: () => emulator.requests.filter((r) => r.headers["x-test"] === tag) };
}

function body(text: string, extra: Record<string, unknown> = {}) {
  return { model: CHAT, messages: [{ role: "user", content: text }], ...extra };
}

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const chunk of stream) out.push(chunk);
  return out;
}

describe("against the emulator", () => {
  it("a completion and its stream agree; strict validation passes on both", async () => {
    const { c } = client();
    const plain = (await c.chat.completions.create(body("agree", { model: THINK }))) as Record<string, unknown>;
    expect(plain).toMatchObject({ object: "chat.completion", model: THINK });
    const stream = await c.chat.completions.create(
      body("agree", { model: THINK, stream: true, stream_options: { include_usage: true } }),
    );
    const chunks = await drain(stream);
    expect(chunks.length).toBeGreaterThan(3);
    expect(await stream.finalCompletion()).toEqual(plain);
  });

  it("tool calls and several choices accumulate to the non-stream completion", async () => {
    const { c } = client();
    const tools = [
      {
        type: "function",
        function: {
          name: "weather",
          parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
        },
      },
    ];
    const plain = await c.chat.completions.create(body("tools: ask weather", { tools, n: 3 }));
    const stream = await c.chat.completions.create(
      body("tools: ask weather", { tools, n: 3, stream: true, stream_options: { include_usage: true } }),
    );
    const final = await stream.finalCompletion();
    expect(final).toEqual(plain);
    expect(final.choices).toHaveLength(3);
    expect(final.choices[0]!.message.tool_calls?.[0]?.function.name).toBe("weather");
  });

  it("an invalid body is rejected before anything reaches the emulator", async () => {
    const { c, attempts } = client();
    await expect(c.chat.completions.create(body("invalid", { temperature: 5 }))).rejects.toBeInstanceOf(
      ValidationError,
    );
    expect(attempts()).toHaveLength(0);
  });

  it("retries injected 503s honouring retry-after, then succeeds", async () => {
    const { c, sleeps, attempts } = client();
    await c.chat.completions.create(body("503"), {
      headers: { "x-apifree-mock-fault": "status=503;retry-after=1;times=2" },
    });
    expect(attempts().map((r) => r.status)).toEqual([503, 503, 200]);
    expect(sleeps).toEqual([1000, 1000]);
  });

  it.each(["rate-limit=envelope", "rate-limit=http", "concurrency=envelope", "concurrency=http"])(
    "retries %s",
    async (fault) => {
      const { c, sleeps, attempts } = client();
      const text = `limit ${fault}`;
      await c.chat.completions.create(body(text), { headers: { "x-apifree-mock-fault": `${fault};times=1` } });
      expect(attempts()).toHaveLength(2);
      expect(sleeps).toHaveLength(1);
      expect(sleeps[0]).toBeGreaterThanOrEqual(375);
      expect(sleeps[0]).toBeLessThanOrEqual(500);
    },
  );

  it("gives up after maxRetries with a RateLimitError", async () => {
    const { c, sleeps, attempts } = client({ maxRetries: 1 });
    const error = await c.chat.completions
      .create(body("always limited"), { headers: { "x-apifree-mock-fault": "concurrency=envelope" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toMatchObject({ code: "max_concurrency_exceeded", status: 429, httpStatus: 200 });
    expect(attempts()).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it("real concurrency limits are retried until a slot frees", async () => {
    const limited = await startEmulator({ snapshot: runtimeSnapshot, port: 0, maxConcurrency: 1 });
    try {
      const sleeps: number[] = [];
      let holder: { abort(): void } | undefined;
      const c = createClient<any>({
        baseURL: limited.url,
        apiKey: KEY,
        schemas: loader().load,
        maxRetries: 5,
        clock: {
          random: () => 0,
          // The wait before a retry is when the slot gets freed: the holder gives up.
          sleep: async (ms) => {
            sleeps.push(ms);
            holder?.abort();
            await new Promise((r) => setTimeout(r, 20));
          },
        },
      });
      // A stalled stream holds the only slot until it is aborted.
      const stalled = await c.chat.completions.create(body("holder", { stream: true }), {
        headers: { "x-apifree-mock-fault": "stall-after=1" },
      });
      await stalled[Symbol.asyncIterator]().next();
      holder = stalled;
      await expect(c.chat.completions.create(body("queued"))).resolves.toMatchObject({ object: "chat.completion" });
      const queued = limited.requests.filter((r) => JSON.stringify(r.body).includes("queued"));
      expect(queued[0]!.errorCode).toBe("max_concurrency_exceeded");
      expect(queued.at(-1)!.status).toBe(200);
      expect(sleeps.length).toBe(queued.length - 1);
    } finally {
      await limited.close();
    }
  });

  it("retries a connection reset before any byte", async () => {
    const { c, sleeps, attempts } = client();
    await c.chat.completions.create(body("reset"), { headers: { "x-apifree-mock-fault": "reset;times=2" } });
    expect(attempts()).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    const error = await c.chat.completions
      .create(body("reset always"), { headers: { "x-apifree-mock-fault": "reset" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(attempts()).toHaveLength(6);
  });

  it("a delay beyond the timeout is a timeout error, retried", async () => {
    const { c, sleeps } = client({ timeout: 100, maxRetries: 1 });
    const error = await c.chat.completions
      .create(body("slowpoke"), { headers: { "x-apifree-mock-fault": "delay=5000" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ code: "timeout" });
    expect(sleeps).toHaveLength(1); // two attempts, one wait between them
  });

  it("a wrong key is an AuthenticationError and is not retried", async () => {
    const { c, sleeps, attempts } = client({ apiKey: "sk-wrong-key-123" });
    const error = await c.chat.completions.create(body("wrong key")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AuthenticationError);
    expect((error as Error).message).not.toContain("sk-wrong-key-123");
    expect(attempts()).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("an id the emulator does not know comes back as model_not_found (validation off)", async () => {
    const { c } = client({ validate: "off" });
    await expect(c.chat.completions.create(body("who", { model: "vendor/nope" }))).rejects.toMatchObject({
      code: "model_not_found",
      status: 404,
      httpStatus: 200,
    });
  });

  it("a 5xx is an InternalServerError after the retries", async () => {
    const { c, attempts } = client();
    await expect(
      c.chat.completions.create(body("500"), { headers: { "x-apifree-mock-fault": "status=500" } }),
    ).rejects.toBeInstanceOf(InternalServerError);
    expect(attempts()).toHaveLength(3);
  });
});

describe("stream faults against the emulator", () => {
  const streamBody = (text: string) => body(text, { model: THINK, stream: true });

  it("cut-after=N: stream_interrupted after N chunks, never retried", async () => {
    const { c, attempts } = client();
    const stream = await c.chat.completions.create(streamBody("cut"), {
      headers: { "x-apifree-mock-fault": "cut-after=3" },
    });
    const got: unknown[] = [];
    const error = await (async () => {
      for await (const chunk of stream) got.push(chunk);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect(got).toHaveLength(3);
    expect(attempts()).toHaveLength(1);
  });

  it("reset-after=N: stream_interrupted", async () => {
    const { c, attempts } = client();
    const stream = await c.chat.completions.create(streamBody("reset mid"), {
      headers: { "x-apifree-mock-fault": "reset-after=2" },
    });
    await expect(drain(stream)).rejects.toBeInstanceOf(StreamInterruptedError);
    expect(attempts()).toHaveLength(1);
  });

  it("error-after=N: the error object raises the matching error", async () => {
    const { c, attempts } = client();
    const stream = await c.chat.completions.create(streamBody("error mid"), {
      headers: { "x-apifree-mock-fault": "error-after=2" },
    });
    const error = await drain(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error).toMatchObject({ type: "server_error" });
    expect(attempts()).toHaveLength(1);
  });

  it("malformed-after=N: invalid_response quoting the line", async () => {
    const { c } = client();
    const stream = await c.chat.completions.create(streamBody("malformed"), {
      headers: { "x-apifree-mock-fault": "malformed-after=2" },
    });
    const error = await drain(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/after 2 chunks: "data: /);
  });

  it("stall-after=N: the idle timeout ends the stream", async () => {
    const { c, attempts } = client({ idleTimeout: 50 });
    const stream = await c.chat.completions.create(streamBody("stall"), {
      headers: { "x-apifree-mock-fault": "stall-after=2" },
    });
    const error = await drain(stream).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamIdleTimeoutError);
    expect(attempts()).toHaveLength(1);
  });

  it("streams the number of chunks asked for with x-apifree-mock-chunks", async () => {
    const { c } = client();
    const stream = await c.chat.completions.create(body("big", { stream: true }), {
      headers: { "x-apifree-mock-chunks": "2000" },
    });
    const chunks = await drain(stream);
    expect(chunks.length).toBe(2002); // opening role chunk + 2000 pieces + finish
    expect((await stream.finalMessage()).content?.length).toBeGreaterThan(2000);
  });
});
