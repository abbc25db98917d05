import { inspect } from "node:util";
import { APIFreeError, createClient } from "apifree-typed";
import type { Dispatcher } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { chunkOf, hello, loader } from "./support/fixtures.js";
import { sendEvents, sendJson, startServer, type TestServer } from "./support/server.js";

const KEY = "sk-live-SECRET-0123456789abcdef";

let server: TestServer;
beforeAll(async () => {
  // The server echoes whatever Authorization it got, as some gateways do.
  server = await startServer((req, res) => {
    const echo = `invalid key: ${req.headers.authorization ?? ""}`;
    const user = req.headers["x-test"];
    if (user === "stream")
      sendEvents(res, [
        chunkOf({ content: "a" }),
        { error: { code: "invalid_api_key", message: echo, type: "authentication_error" } },
      ]);
    else if (user === "html") {
      res.writeHead(500, { "content-type": "text/html" });
      res.end(`<p>${echo}</p>`);
    } else sendJson(res, 401, { error: { code: "invalid_api_key", message: echo, type: "authentication_error" } });
  });
});
afterAll(() => server.close());

function expectNoKey(text: string): void {
  expect(text).not.toContain(KEY);
  expect(text).not.toContain(KEY.slice(3));
}

function expectCleanError(error: unknown): void {
  expect(error).toBeInstanceOf(APIFreeError);
  const e = error as APIFreeError;
  expectNoKey(e.message);
  expectNoKey(e.stack ?? "");
  expectNoKey(inspect(e, { depth: 10, showHidden: true }));
  expectNoKey(JSON.stringify(e));
  expectNoKey(String(e));
}

describe("the API key never leaks", () => {
  const client = () =>
    createClient<any>({ baseURL: server.url, apiKey: KEY, schemas: loader().load, clock: recordingClock().clock });

  it("is sent, but not shown by inspect() or JSON of the client", async () => {
    const c = client();
    expectNoKey(inspect(c, { depth: 10, showHidden: true }));
    expectNoKey(inspect(c.chat, { depth: 10, showHidden: true }));
    expectNoKey(JSON.stringify(c));
    await c.chat.completions.create(hello).catch(() => undefined);
    expect(server.requests.at(-1)!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("is scrubbed from API errors that echo it", async () => {
    const error = await client()
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect((error as Error).message).toContain("[redacted]");
    expectCleanError(error);
    expectCleanError(
      await client()
        .chat.completions.create(hello, { headers: { "X-Test": "html" } })
        .catch((e: unknown) => e),
    );
  });

  it("is scrubbed from errors raised inside a stream", async () => {
    const stream = await client().chat.completions.create(
      { ...hello, stream: true },
      { headers: { "x-test": "stream" } },
    );
    const error = await (async () => {
      for await (const _ of stream) {
        // read
      }
    })().catch((e: unknown) => e);
    expectCleanError(error);
    expectCleanError(await stream.finalCompletion().catch((e: unknown) => e));
  });

  it("does not appear in validation, connection or unknown-model errors", async () => {
    expectCleanError(
      await client()
        .chat.completions.create({ model: "acme/chat-1", messages: [{ role: "user", content: KEY }], temperature: 7 })
        .catch((e: unknown) => e),
    );
    expectCleanError(
      await client()
        .chat.completions.create({ model: "nope", messages: [] })
        .catch((e: unknown) => e),
    );
    const offline = createClient<any>({ baseURL: "http://127.0.0.1:9/v1", apiKey: KEY, maxRetries: 0 });
    expectCleanError(await offline.chat.completions.create(hello).catch((e: unknown) => e));
  });
});

describe("the API key never leaks, through any field or encoding", () => {
  // '/', '+', '?' and '>' make the URL-encoded and the two base64 forms all differ from the key.
  const SECRET = "sk-live/SECRET+0123~?>>?abcdef~~~";
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  const b64url = (text: string) => Buffer.from(text).toString("base64url");
  const forms = [
    SECRET,
    encodeURIComponent(SECRET),
    b64(SECRET),
    b64url(SECRET),
    b64(`Bearer ${SECRET}`),
    b64url(`Bearer ${SECRET}`),
    // Without padding, as a prefix of a longer encoded value.
    b64(SECRET).replace(/=+$/, ""),
    b64(`Bearer ${SECRET}`).slice(0, 40),
  ];
  const echoing = {
    code: b64url(`Bearer ${SECRET}`),
    type: encodeURIComponent(SECRET),
    message: `bad key ${b64(SECRET)} (${b64(`Bearer ${SECRET}`)}xyz)`,
    param: SECRET,
  };

  let echo: TestServer;
  beforeAll(async () => {
    echo = await startServer((req, res) => {
      const headers = { "x-request-id": `req-${SECRET}` };
      const mode = req.headers["x-mode"];
      if (mode === "stream") {
        res.writeHead(200, { "content-type": "text/event-stream", ...headers });
        res.write(`data: ${JSON.stringify(chunkOf({ content: "a" }))}\n\n`);
        res.end(`data: ${JSON.stringify({ error: echoing })}\n\n`);
      } else if (mode === "envelope") sendJson(res, 200, { code: 401, error: echoing }, headers);
      else sendJson(res, 401, { error: echoing }, headers);
    });
  });
  afterAll(() => echo.close());

  function expectNoSecret(text: string, where: string): void {
    for (const form of forms) expect(text, `${where} holds ${form}`).not.toContain(form);
  }

  /** Every view of the error, and every string reachable from it (own fields, causes). */
  function expectClean(error: unknown): void {
    expect(error).toBeInstanceOf(APIFreeError);
    const e = error as APIFreeError;
    expectNoSecret(inspect(e, { depth: 20, showHidden: true }), "inspect()");
    expectNoSecret(JSON.stringify(e), "JSON.stringify()");
    expectNoSecret(String(e), "String()");
    expectNoSecret(e.stack ?? "", "stack");
    const seen = new Set<unknown>();
    const walk = (value: unknown, path: string): void => {
      if (typeof value === "string") expectNoSecret(value, path);
      if (typeof value !== "object" || value === null || seen.has(value)) return;
      seen.add(value);
      for (const key of Reflect.ownKeys(value)) {
        walk((value as Record<PropertyKey, unknown>)[key], `${path}.${String(key)}`);
      }
    };
    walk(e, "error");
  }

  const client = (extra: Record<string, unknown> = {}) =>
    createClient<any>({ baseURL: echo.url, apiKey: SECRET, maxRetries: 0, ...extra });

  it("an HTTP error and an HTTP-200 envelope echoing it in code, type, param, message and request id", async () => {
    for (const mode of ["http", "envelope"]) {
      const error = await client()
        .chat.completions.create(hello, { headers: { "x-mode": mode } })
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 401, requestId: "req-[redacted]", param: "[redacted]" });
      // base64 keeps its last few characters: they depend on what follows the key.
      expect((error as APIFreeError).code).toMatch(/^\[redacted\].{0,3}$/);
      expect((error as APIFreeError).type).toBe("[redacted]");
      expectClean(error);
    }
    expect(echo.requests.at(-1)!.headers.authorization).toBe(`Bearer ${SECRET}`);
  });

  it("an error event inside a stream", async () => {
    const stream = await client().chat.completions.create(
      { ...hello, stream: true },
      { headers: { "x-mode": "stream" } },
    );
    const error = await stream.finalCompletion().catch((e: unknown) => e);
    expect(error).toMatchObject({ requestId: "req-[redacted]", param: "[redacted]" });
    expectClean(error);
  });

  it("the cause chain of a connection failure (a proxy that echoes the header)", async () => {
    const inner = Object.assign(new Error(`upstream saw ${encodeURIComponent(SECRET)}`), { code: SECRET });
    const outer = Object.assign(new Error(`proxy refused Authorization: Bearer ${SECRET}`, { cause: inner }), {
      code: "E_PROXY",
      header: b64(`Bearer ${SECRET}`),
      details: { seen: [b64url(SECRET)] },
    });
    const failing = {
      request: () => Promise.reject(outer),
    } as unknown as Dispatcher;
    const error = await client({ dispatcher: failing })
      .chat.completions.create(hello)
      .catch((e: unknown) => e);
    expect((error as APIFreeError).code).toBe("connection_error");
    expect((error as Error).cause).toBe(outer);
    expectClean(error);
  });
});
