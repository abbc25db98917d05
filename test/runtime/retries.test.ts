import type { ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import net from "node:net";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  BadRequestError,
  createClient,
  InternalServerError,
  RateLimitError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { completion, hello } from "./support/fixtures.js";
import { type Handler, sendJson, testServers } from "./support/server.js";

const serve = testServers();

/** Fails `failures` times with `fail`, then answers a completion. */
function failThenSucceed(failures: number, fail: (res: ServerResponse) => void): Handler {
  return (_req, res, _body, i) => (i < failures ? fail(res) : sendJson(res, 200, completion()));
}

const rateLimitEnvelope = {
  code: 429,
  error: { code: "max_concurrency_exceeded", message: "too many concurrent requests", type: "rate_limit_error" },
};

describe("retries", () => {
  it("retries 5xx with exponential backoff and jitter, up to maxRetries", async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 503, { error: { message: "overloaded", type: "server_error" } }),
    );
    const { clock, sleeps } = recordingClock(() => 0.999);
    const c = createClient<any>({ baseURL: s.url, clock });
    const error = await c.chat.completions.create(hello).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain("gave up after 3 attempts");
    expect(s.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
    // base 500 ms doubling, minus up to 25 % jitter
    expect(sleeps[0]).toBeGreaterThanOrEqual(375);
    expect(sleeps[0]).toBeLessThanOrEqual(500);
    expect(sleeps[1]).toBeGreaterThanOrEqual(750);
    expect(sleeps[1]).toBeLessThanOrEqual(1000);
    expect(s.requests.map((r) => r.body)).toEqual(s.requests.map(() => s.requests[0]!.body));
  });

  it("backoff is capped at 8 s", async () => {
    const s = await serve((_req, res) => sendJson(res, 500, {}));
    const { clock, sleeps } = recordingClock(() => 0);
    const c = createClient<any>({ baseURL: s.url, clock, maxRetries: 6 });
    await c.chat.completions.create(hello).catch(() => undefined);
    expect(s.requests).toHaveLength(7);
    expect(sleeps).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
  });

  it.each([
    [
      "HTTP 429",
      (res: ServerResponse) =>
        sendJson(res, 429, { error: { code: "rate_limit_exceeded", message: "slow", type: "rate_limit_error" } }),
    ],
    ["HTTP-200 max_concurrency_exceeded", (res: ServerResponse) => sendJson(res, 200, rateLimitEnvelope)],
    ["HTTP 429 envelope", (res: ServerResponse) => sendJson(res, 429, rateLimitEnvelope)],
    ["408", (res: ServerResponse) => sendJson(res, 408, { error: { message: "timeout" } })],
    ["409", (res: ServerResponse) => sendJson(res, 409, { error: { message: "conflict" } })],
    [
      "HTTP-200 envelope 503",
      (res: ServerResponse) =>
        sendJson(res, 200, { code: 503, error: { code: "server_error", message: "busy", type: "server_error" } }),
    ],
  ])("retries %s and then succeeds", async (_name, fail) => {
    const s = await serve(failThenSucceed(2, fail));
    const { clock, sleeps } = recordingClock();
    const c = createClient<any>({ baseURL: s.url, clock });
    await expect(c.chat.completions.create(hello)).resolves.toEqual(completion());
    expect(s.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("honours retry-after-ms, then retry-after seconds, and ignores asks beyond 60 s", async () => {
    const asks = [{ "retry-after-ms": "1234" }, { "retry-after": "3" }, { "retry-after": "120" }];
    const s = await serve((_req, res, _b, i) =>
      i < 3 ? sendJson(res, 200, rateLimitEnvelope, asks[i]) : sendJson(res, 200, completion()),
    );
    const { clock, sleeps } = recordingClock(() => 0);
    const c = createClient<any>({ baseURL: s.url, clock, maxRetries: 3 });
    await c.chat.completions.create(hello);
    expect(sleeps).toEqual([1234, 3000, 2000]);
  });

  it("never retries a 400-class error", async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 200, {
        code: 400,
        error: { code: "invalid_request_error", message: "bad", type: "invalid_request_error" },
      }),
    );
    const { clock, sleeps } = recordingClock();
    const c = createClient<any>({ baseURL: s.url, clock });
    await expect(c.chat.completions.create(hello)).rejects.toBeInstanceOf(BadRequestError);
    const s401 = await serve((_req, res) => sendJson(res, 401, { error: { code: "invalid_api_key", message: "no" } }));
    await expect(createClient<any>({ baseURL: s401.url, clock }).chat.completions.create(hello)).rejects.toMatchObject({
      status: 401,
    });
    expect(s.requests).toHaveLength(1);
    expect(s401.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("x-should-retry from the server overrides the status rule", async () => {
    const s = await serve((_req, res, _b, i) =>
      i === 0
        ? sendJson(res, 400, { error: { message: "retry me" } }, { "x-should-retry": "true" })
        : sendJson(res, 503, {}, { "x-should-retry": "false" }),
    );
    const { clock, sleeps } = recordingClock();
    await expect(createClient<any>({ baseURL: s.url, clock }).chat.completions.create(hello)).rejects.toMatchObject({
      status: 503,
    });
    expect(s.requests).toHaveLength(2);
    expect(sleeps).toHaveLength(1);
  });

  it("maxRetries per request overrides the client's", async () => {
    const s = await serve((_req, res) => sendJson(res, 500, {}));
    const { clock } = recordingClock();
    const c = createClient<any>({ baseURL: s.url, clock, maxRetries: 5 });
    await c.chat.completions.create(hello, { maxRetries: 1 }).catch(() => undefined);
    expect(s.requests).toHaveLength(2);
    await c.chat.completions.create(hello, { maxRetries: 0 }).catch(() => undefined);
    expect(s.requests).toHaveLength(3);
  });

  it("retries a connection reset before any response byte", async () => {
    const s = await serve((req, res, _b, i) => {
      if (i < 2) req.socket.destroy();
      else sendJson(res, 200, completion());
    });
    const { clock, sleeps } = recordingClock();
    await expect(createClient<any>({ baseURL: s.url, clock }).chat.completions.create(hello)).resolves.toEqual(
      completion(),
    );
    expect(s.requests).toHaveLength(3);
    expect(sleeps).toHaveLength(2);
  });

  it("retries a refused connection and reports connection_error", async () => {
    const probe = net.createServer();
    await new Promise<void>((r) => probe.listen(0, "127.0.0.1", r));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((r) => probe.close(() => r()));
    const { clock, sleeps } = recordingClock();
    const error = await createClient<any>({ baseURL: `http://127.0.0.1:${port}/v1`, clock })
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toMatchObject({ code: "connection_error" });
    expect(sleeps).toHaveLength(2);
    // The suffix is said once, in the message and in the stack alike.
    const { message, stack } = error as Error;
    expect(message.match(/gave up after 3 attempts/g)).toHaveLength(1);
    expect(stack?.match(/gave up after 3 attempts/g)).toHaveLength(1);
    expect(stack?.split("\n")[0]).toBe(`APIConnectionError: ${message}`);
  });

  it("a timeout aborts the attempt, is retried, and ends as code timeout", async () => {
    const s = await serve(() => undefined); // never answers
    const { clock, sleeps } = recordingClock();
    const error = await createClient<any>({ baseURL: s.url, clock, timeout: 50, maxRetries: 1 })
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toMatchObject({ code: "timeout" });
    expect(sleeps).toHaveLength(1); // two attempts, one wait between them
    expect(s.requests.length).toBeLessThanOrEqual(2);
  });

  it("the sleep between retries is abortable through the signal", async () => {
    const controller = new AbortController();
    const s = await serve((_req, res) => {
      sendJson(res, 200, rateLimitEnvelope, { "retry-after-ms": "50000" });
      setImmediate(() => controller.abort());
    });
    const c = createClient<any>({ baseURL: s.url }); // the real clock: only the abort can end this sleep
    const started = Date.now();
    const error = await c.chat.completions.create(hello, { signal: controller.signal }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(error).toMatchObject({ code: "aborted" });
    expect(Date.now() - started).toBeLessThan(40_000);
    expect(s.requests).toHaveLength(1);
  });

  it("an already aborted signal sends nothing; an abort in flight is not retried", async () => {
    const s = await serve(() => undefined);
    const { clock, sleeps } = recordingClock();
    const c = createClient<any>({ baseURL: s.url, clock });
    await expect(c.chat.completions.create(hello, { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(
      APIUserAbortError,
    );
    expect(s.requests).toHaveLength(0);
    const controller = new AbortController();
    const pending = c.chat.completions.create(hello, { signal: controller.signal });
    while (s.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(s.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
  });

  it("rate limits are RateLimitError after the last retry", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, rateLimitEnvelope));
    const { clock } = recordingClock();
    const error = await createClient<any>({ baseURL: s.url, clock })
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(s.requests).toHaveLength(3);
  });
});
