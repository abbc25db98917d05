import { inspect } from "node:util";
import { APIFreeError, createClient } from "apifree-typed";
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
