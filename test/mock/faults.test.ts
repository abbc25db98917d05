import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, type Fault, parseFaultHeader, startEmulator } from "../../src/mock/index.js";
import { errorFromBody, isRateLimit } from "../../src/shared/error-envelope.js";
import { call, hello, KEY, MINI, readEvents, sseData, TEST_SNAPSHOT } from "./fixtures.js";

let emulator: Emulator;
let chat: string;
/** Faults chosen by the test through the hook, keyed by the x-case header. */
const hooked = new Map<string, Fault>();
beforeAll(async () => {
  emulator = await startEmulator({
    snapshot: TEST_SNAPSHOT,
    fault: (request) => hooked.get(request.headers["x-case"] ?? ""),
  });
  chat = `${emulator.url}/chat/completions`;
});
afterAll(() => emulator.close());

const withFault = (fault: string) => ({ "x-apifree-mock-fault": fault });

describe("fault header grammar", () => {
  it("parses every item", () => {
    expect(parseFaultHeader("status=503; retry-after=1")).toEqual({ fault: { status: 503, retryAfter: "1" } });
    expect(parseFaultHeader("status=500;retry-after-ms=250;times=2;id=abc")).toEqual({
      fault: { status: 500, retryAfterMs: 250 },
      times: 2,
    });
    expect(parseFaultHeader("retry-after=Wed, 21 Oct 2015 07:28:00 GMT;rate-limit")).toEqual({
      fault: { retryAfter: "Wed, 21 Oct 2015 07:28:00 GMT", rateLimit: "http" },
    });
    expect(parseFaultHeader("rate-limit=envelope")).toEqual({ fault: { rateLimit: "envelope" } });
    expect(parseFaultHeader("concurrency")).toEqual({ fault: { concurrency: "envelope" } });
    expect(parseFaultHeader("concurrency=http")).toEqual({ fault: { concurrency: "http" } });
    expect(parseFaultHeader("delay=50;reset")).toEqual({ fault: { delayMs: 50, reset: true } });
    for (const [item, kind] of [
      ["cut-after", "cut"],
      ["reset-after", "reset"],
      ["error-after", "error"],
      ["malformed-after", "malformed"],
      ["stall-after", "stall"],
    ] as const) {
      expect(parseFaultHeader(`${item}=3`)).toEqual({ fault: { stream: { after: 3, kind } } });
    }
    expect(parseFaultHeader("task-fail")).toEqual({
      fault: {
        taskFailure: {
          code: "video_generation_failed",
          message: "the upstream provider failed to generate the video",
        },
      },
    });
    expect(parseFaultHeader("task-fail=content_policy_violation;times=1")).toEqual({
      fault: {
        taskFailure: {
          code: "content_policy_violation",
          message: "the video task failed (content_policy_violation), as the x-apifree-mock-fault header asked",
        },
      },
      times: 1,
    });
    expect(() => parseFaultHeader("task-fail=a b")).toThrow(/task-fail takes a code/);
  });

  it("rejects what it does not know, naming the item", () => {
    expect(() => parseFaultHeader("explode")).toThrow(/unknown item "explode"/);
    expect(() => parseFaultHeader("status=200")).toThrow(/status needs an integer >= 400/);
    expect(() => parseFaultHeader("status=700")).toThrow(/400\.\.599/);
    expect(() => parseFaultHeader("delay=soon")).toThrow(/delay needs an integer/);
    expect(() => parseFaultHeader("rate-limit=sometimes")).toThrow(/http, envelope/);
    expect(() => parseFaultHeader("times=0")).toThrow(/times needs an integer >= 1/);
  });

  it("accepts its own item names only: names inherited from Object.prototype are unknown items", () => {
    for (const name of ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"]) {
      expect(() => parseFaultHeader(`${name}=1`)).toThrow(new RegExp(`unknown item "${name.toLowerCase()}"`));
    }
    // A known item after an inherited name still does not make the header acceptable.
    expect(() => parseFaultHeader("status=503;constructor=1")).toThrow(/unknown item "constructor"/);
  });

  it("answers a bad header with HTTP 400", async () => {
    const reply = await call(chat, { body: hello(MINI), headers: withFault("explode") });
    expect(reply.status).toBe(400);
    expect(reply.json).toMatchObject({
      error: { code: "invalid_mock_fault", message: expect.stringContaining("explode") },
    });
  });
});

describe("immediate faults", () => {
  it("HTTP 5xx, 408 and 409 with and without retry-after / retry-after-ms", async () => {
    const plain = await call(chat, { body: hello(MINI), headers: withFault("status=500") });
    expect(plain.status).toBe(500);
    expect(plain.headers.get("retry-after")).toBeNull();
    expect(errorFromBody(plain.json, plain.status)).toMatchObject({
      status: 500,
      code: "server_error",
      type: "server_error",
    });
    const busy = await call(chat, { body: hello(MINI), headers: withFault("status=503;retry-after=2") });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    const quick = await call(chat, { body: hello(MINI), headers: withFault("status=503;retry-after-ms=120") });
    expect(quick.headers.get("retry-after-ms")).toBe("120");
    expect((await call(chat, { body: hello(MINI), headers: withFault("status=408") })).status).toBe(408);
    const conflict = await call(chat, { body: hello(MINI), headers: withFault("status=409") });
    expect(conflict.status).toBe(409);
    expect(conflict.json).toMatchObject({ error: { code: "conflict" } });
  });

  it("429 as HTTP 429 and as the HTTP-200 envelope", async () => {
    const http = await call(chat, { body: hello(MINI), headers: withFault("rate-limit=http;retry-after=1") });
    expect(http.status).toBe(429);
    expect(http.headers.get("retry-after")).toBe("1");
    expect(isRateLimit(errorFromBody(http.json, http.status)!)).toBe(true);
    const envelope = await call(chat, { body: hello(MINI), headers: withFault("rate-limit=envelope") });
    expect(envelope.status).toBe(200);
    expect(envelope.json).toEqual({
      code: 429,
      error: { code: "rate_limit_exceeded", message: expect.any(String), type: "rate_limit_error" },
    });
    expect(isRateLimit(errorFromBody(envelope.json, envelope.status)!)).toBe(true);
  });

  it("max_concurrency_exceeded on demand", async () => {
    const reply = await call(chat, { body: hello(MINI), headers: withFault("concurrency") });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual({
      code: 429,
      error: { code: "max_concurrency_exceeded", message: "too many concurrent requests", type: "rate_limit_error" },
    });
    expect((await call(chat, { body: hello(MINI), headers: withFault("concurrency=http") })).status).toBe(429);
  });

  it("a connection reset before any byte", async () => {
    await expect(call(chat, { body: hello(MINI), headers: withFault("reset") })).rejects.toThrow();
    expect(emulator.requests.at(-1)).toMatchObject({ status: 0, fault: { reset: true } });
  });

  it("a delay, then the normal reply", async () => {
    const reply = await call(chat, { body: hello(MINI), headers: withFault("delay=20") });
    expect(reply.json).toMatchObject({ object: "chat.completion" });
    expect(emulator.requests.at(-1)!.fault).toEqual({ delayMs: 20 });
  });

  it("times=N: only the first N requests with that header value fail", async () => {
    const headers = withFault("status=503;retry-after=0;times=2;id=times-test");
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt += 1)
      statuses.push((await call(chat, { body: hello(MINI), headers })).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it("applies to the read endpoints too", async () => {
    const reply = await call(`${emulator.url}/model/openapi.json?model=${MINI}`, {
      headers: withFault("status=503;retry-after=1"),
    });
    expect(reply.status).toBe(503);
    expect(reply.headers.get("retry-after")).toBe("1");
  });

  it("a raw response from the hook: any status, content type and body", async () => {
    hooked.set("html", {
      raw: { status: 200, headers: { "Content-Type": "text/html" }, body: "<html>gateway</html>" },
    });
    const html = await call(chat, { body: hello(MINI), headers: { "x-case": "html" } });
    expect(html.status).toBe(200);
    expect(html.headers.get("content-type")).toBe("text/html");
    expect(html.text).toBe("<html>gateway</html>");
    const big = "x".repeat(5 * 1024 * 1024);
    hooked.set("big", {
      raw: { status: 200, headers: { "content-type": "application/json" }, body: `{"pad":"${big}"}` },
    });
    const oversized = await call(`${emulator.url}/model/openapi.json?model=${MINI}`, { headers: { "x-case": "big" } });
    expect(oversized.text.length).toBe(big.length + 10);
  });

  it("the hook sees the request and wins over the header", async () => {
    const seen: string[] = [];
    const spy = await startEmulator({
      snapshot: TEST_SNAPSHOT,
      fault: (request) => {
        seen.push(`${request.method} ${request.path} ${request.model} ${(request.body as any)?.messages?.length}`);
        return { status: 502 };
      },
    });
    try {
      const reply = await call(`${spy.url}/chat/completions`, { body: hello(MINI), headers: withFault("status=503") });
      expect(reply.status).toBe(502);
      expect(seen).toEqual([`POST /v1/chat/completions ${MINI} 1`]);
    } finally {
      await spy.close();
    }
  });
});

describe("stream faults", () => {
  const streamBody = hello(MINI, { stream: true });

  it("cut-after=N: N chunks, then the stream ends without [DONE]", async () => {
    const reply = await call(chat, { body: streamBody, headers: withFault("cut-after=2") });
    const data = sseData(reply.text);
    expect(data).toHaveLength(2);
    expect(data).not.toContain("[DONE]");
  });

  it("a cut past the end of the stream still drops [DONE]", async () => {
    const reply = await call(chat, { body: streamBody, headers: withFault("cut-after=100000") });
    expect(sseData(reply.text).length).toBeGreaterThan(3);
    expect(sseData(reply.text)).not.toContain("[DONE]");
  });

  it("reset-after=N: the connection drops mid-body", async () => {
    const response = await fetch(chat, {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, ...withFault("reset-after=1") },
      body: JSON.stringify(streamBody),
    });
    expect(response.status).toBe(200);
    await expect(response.text()).rejects.toThrow();
  });

  it("error-after=N: N chunks, an OpenAI-style error event, then [DONE]", async () => {
    const reply = await call(chat, { body: streamBody, headers: withFault("error-after=1") });
    const data = sseData(reply.text);
    expect(data).toHaveLength(3);
    expect(JSON.parse(data[0]!)).toMatchObject({ object: "chat.completion.chunk" });
    expect(JSON.parse(data[1]!)).toEqual({
      error: { message: expect.any(String), type: "server_error", code: "internal_error" },
    });
    expect(data[2]).toBe("[DONE]");
  });

  it("the hook can give the error event its own body", async () => {
    hooked.set("overloaded", {
      stream: {
        after: 0,
        kind: "error",
        error: { message: "overloaded", type: "overloaded_error", code: "overloaded" },
      },
    });
    const reply = await call(chat, { body: streamBody, headers: { "x-case": "overloaded" } });
    expect(JSON.parse(sseData(reply.text)[0]!)).toEqual({
      error: { message: "overloaded", type: "overloaded_error", code: "overloaded" },
    });
  });

  it("malformed-after=N: a data line that is not JSON after N chunks, then the rest", async () => {
    const reply = await call(chat, { body: streamBody, headers: withFault("malformed-after=2") });
    const data = sseData(reply.text);
    expect(() => JSON.parse(data[2]!)).toThrow();
    expect(data.at(-1)).toBe("[DONE]");
    const rest = data.filter((entry, index) => index !== 2 && entry !== "[DONE]");
    expect(rest.map((entry) => JSON.parse(entry).object)).toEqual(rest.map(() => "chat.completion.chunk"));
  });

  it("stall-after=N: N chunks, then silence with the connection open", async () => {
    const controller = new AbortController();
    const response = await fetch(chat, {
      method: "POST",
      signal: controller.signal,
      headers: { authorization: `Bearer ${KEY}`, ...withFault("stall-after=2;id=stall") },
      body: JSON.stringify(streamBody),
    });
    const { reader, data: received } = await readEvents(response, 2);
    const entry = emulator.requests.find(
      (request) => request.headers["x-apifree-mock-fault"] === "stall-after=2;id=stall",
    )!;
    expect(entry.chunks).toBe(2);
    expect(received).toHaveLength(2);
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
  });

  it("stream faults leave non-stream requests alone", async () => {
    const reply = await call(chat, { body: hello(MINI), headers: withFault("cut-after=1") });
    expect(reply.json).toMatchObject({ object: "chat.completion" });
  });
});
