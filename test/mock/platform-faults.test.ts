import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, type Fault, startEmulator } from "../../src/mock/index.js";
import { errorFromBody, isRateLimit } from "../../src/shared/error-envelope.js";
import { call, KEY, readEvents } from "./fixtures.js";
import { geminiDocument } from "./platform/gemini-document.js";
import { claudeDocument } from "./platform/messages-document.js";
import { responsesDocument } from "./platform/responses-document.js";
import { CLAUDE, GEMINI, PLATFORM_SNAPSHOT, RESP, sseEvents } from "./platform/snapshot.js";
import { operationChecker } from "./schemas.js";

/*
 * Fault injection on the Messages, Responses and Gemini paths: the same
 * items as chat, each stream fault in the protocol's own words.
 */

let emulator: Emulator;
let origin: string;
const hooked = new Map<string, Fault>();
beforeAll(async () => {
  emulator = await startEmulator({
    snapshot: PLATFORM_SNAPSHOT,
    fault: (request) => hooked.get(request.headers["x-case"] ?? ""),
  });
  origin = emulator.url.replace(/\/v1$/, "");
});
afterAll(() => emulator.close());

interface ProtocolCase {
  name: string;
  path: string;
  body: Record<string, unknown>;
  /** The event that completes a stream, if the protocol has one. */
  terminal: string | undefined;
  check: ReturnType<typeof operationChecker>;
}

const PROTOCOLS: ProtocolCase[] = [
  {
    name: "messages",
    path: "/v1/messages",
    body: { model: CLAUDE, max_tokens: 100, messages: [{ role: "user", content: "hi" }] },
    terminal: "message_stop",
    check: operationChecker(claudeDocument, "messages"),
  },
  {
    name: "responses",
    path: "/v1/responses",
    body: { model: RESP, input: "hi" },
    terminal: "response.completed",
    check: operationChecker(responsesDocument, "responses"),
  },
  {
    name: "gemini",
    path: "/google/gemini",
    body: { model: GEMINI, contents: [{ role: "user", parts: [{ text: "hi" }] }] },
    terminal: undefined,
    check: operationChecker(geminiDocument, "gemini"),
  },
];

const withFault = (fault: string) => ({ "x-apifree-mock-fault": fault });

async function streamed(protocol: ProtocolCase, headers: Record<string, string>) {
  const reply = await call(origin + protocol.path, { body: { ...protocol.body, stream: true }, headers });
  expect(reply.status).toBe(200);
  return sseEvents(reply.text);
}

describe.each(PROTOCOLS)("faults on $path", (protocol) => {
  const url = () => origin + protocol.path;

  it("HTTP errors, rate limits and concurrency refusals, in both forms, before the body is read", async () => {
    const busy = await call(url(), { body: protocol.body, headers: withFault("status=503;retry-after=2") });
    expect(busy.status).toBe(503);
    expect(busy.headers.get("retry-after")).toBe("2");
    expect(errorFromBody(busy.json, busy.status)).toMatchObject({ code: "service_unavailable" });
    const limited = await call(url(), { body: protocol.body, headers: withFault("rate-limit") });
    expect(limited.status).toBe(429);
    const envelope = await call(url(), { body: protocol.body, headers: withFault("rate-limit=envelope") });
    expect(envelope.status).toBe(200);
    expect(isRateLimit(errorFromBody(envelope.json, 200)!)).toBe(true);
    const crowded = await call(url(), { body: protocol.body, headers: withFault("concurrency") });
    expect(crowded.json).toMatchObject({ code: 429, error: { code: "max_concurrency_exceeded" } });
    // A fault fires before the body is looked at: even an invalid body gets it.
    expect((await call(url(), { rawBody: "{", headers: withFault("status=500") })).status).toBe(500);
    await expect(call(url(), { body: protocol.body, headers: withFault("reset") })).rejects.toThrow();
    const slow = await call(url(), { body: protocol.body, headers: withFault("delay=20") });
    expect(slow.status).toBe(200);
    expect(emulator.requests.at(-1)!.fault).toEqual({ delayMs: 20 });
  });

  it("cut-after=N: N events, then the stream ends without its terminal event", async () => {
    const events = await streamed(protocol, withFault("cut-after=2"));
    expect(events).toHaveLength(2);
    const whole = await streamed(protocol, {});
    expect(events).toEqual(whole.slice(0, 2));
    if (protocol.terminal !== undefined) expect(whole.at(-1)!.event).toBe(protocol.terminal);
    else expect(JSON.parse(whole.at(-1)!.data).candidates[0].finishReason).toBe("STOP");
  });

  it("error-after=N: N events, then the protocol's own error event, valid against the event schema", async () => {
    const events = await streamed(protocol, withFault("error-after=1"));
    expect(events).toHaveLength(2);
    const error = JSON.parse(events[1]!.data);
    expect(protocol.check.event(error)).toEqual({ valid: protocol.name !== "gemini", errors: expect.any(Array) });
    switch (protocol.name) {
      case "messages":
        expect(events[1]!.event).toBe("error");
        expect(error).toEqual({ type: "error", error: { type: "api_error", message: expect.any(String) } });
        break;
      case "responses":
        expect(events[1]!.event).toBe("error");
        expect(error).toEqual({
          type: "error",
          sequence_number: 1,
          code: "server_error",
          message: expect.any(String),
          param: null,
        });
        break;
      default:
        expect(events[1]!.event).toBeUndefined();
        expect(error).toEqual({ error: { code: 500, message: expect.any(String), status: "INTERNAL" } });
    }
    // Messages and Gemini nest an `error` object, as APIFree's envelopes do; Responses names the event instead.
    expect(errorFromBody(error, 200) !== undefined).toBe(protocol.name !== "responses");
  });

  it("the hook gives the error event its own type and message", async () => {
    hooked.set(`overloaded-${protocol.name}`, {
      stream: {
        after: 0,
        kind: "error",
        error: { message: "overloaded", type: "overloaded_error", code: "overloaded" },
      },
    });
    const events = await streamed(protocol, { "x-case": `overloaded-${protocol.name}` });
    expect(events).toHaveLength(1);
    const error = JSON.parse(events[0]!.data);
    if (protocol.name === "messages") expect(error.error).toEqual({ type: "overloaded_error", message: "overloaded" });
    if (protocol.name === "responses")
      expect(error).toMatchObject({ code: "overloaded", message: "overloaded", sequence_number: 0 });
    if (protocol.name === "gemini") expect(error.error).toMatchObject({ message: "overloaded", status: "overloaded" });
  });

  it("malformed-after=N: an event whose data is not JSON, then the rest of the stream", async () => {
    const events = await streamed(protocol, withFault("malformed-after=2"));
    expect(() => JSON.parse(events[2]!.data)).toThrow();
    const whole = await streamed(protocol, {});
    expect(events.filter((_event, index) => index !== 2)).toEqual(whole);
  });

  it("reset-after=N drops the connection mid-stream; stall-after=N goes silent with it open", async () => {
    const reset = await fetch(url(), {
      method: "POST",
      headers: { authorization: `Bearer ${KEY}`, ...withFault("reset-after=1") },
      body: JSON.stringify({ ...protocol.body, stream: true }),
    });
    expect(reset.status).toBe(200);
    await expect(reset.text()).rejects.toThrow();

    const controller = new AbortController();
    const stalled = await fetch(url(), {
      method: "POST",
      signal: controller.signal,
      headers: { authorization: `Bearer ${KEY}`, ...withFault(`stall-after=2;id=${protocol.name}`) },
      body: JSON.stringify({ ...protocol.body, stream: true }),
    });
    const { reader } = await readEvents(stalled, 2);
    const entry = emulator.requests.find((request) =>
      request.headers["x-apifree-mock-fault"]?.endsWith(`id=${protocol.name}`),
    )!;
    expect(entry.chunks).toBe(2);
    controller.abort();
    await expect(reader.read()).rejects.toThrow();
  });
});
