import {
  APIFreeError,
  bindModel,
  createClient,
  DEFAULT_BASE_URL,
  DEFAULT_IDLE_TIMEOUT_MS,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  Stream,
} from "apifree-typed";
import { MockAgent } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chunkOf, completion, hello, loader, MODEL } from "./support/fixtures.js";
import { sendEvents, sendJson, startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((req, res, body) => {
    if ((JSON.parse(body) as { stream?: boolean }).stream)
      sendEvents(res, [chunkOf({ role: "assistant", content: "" }), chunkOf({ content: "hi" }), chunkOf({}, "stop")]);
    else sendJson(res, 200, completion(), { "x-request-id": "req_123" });
    void req;
  });
});
afterAll(() => server.close());

function withEnv<T>(vars: Record<string, string | undefined>, fn: () => T): T {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  for (const [k, v] of Object.entries(vars)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  try {
    return fn();
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}

describe("options", () => {
  it("defaults: APIFREE_BASE_URL / APIFREE_API_KEY from the environment, else the public URL; documented numbers", async () => {
    const fromEnv = withEnv({ APIFREE_BASE_URL: `${server.url}/`, APIFREE_API_KEY: "sk-from-env" }, () =>
      createClient<any>(),
    );
    expect(fromEnv.baseURL).toBe(server.url);
    await fromEnv.chat.completions.create(hello);
    expect(server.requests.at(-1)!.headers.authorization).toBe("Bearer sk-from-env");
    const plain = withEnv({ APIFREE_BASE_URL: undefined, APIFREE_API_KEY: "sk-from-env" }, () => createClient<any>());
    expect(plain).toMatchObject({
      baseURL: DEFAULT_BASE_URL,
      maxRetries: DEFAULT_MAX_RETRIES,
      timeout: DEFAULT_TIMEOUT_MS,
      idleTimeout: DEFAULT_IDLE_TIMEOUT_MS,
      validate: "request",
    });
    expect(DEFAULT_BASE_URL).toBe("https://api.apifree.ai/v1");
    expect([DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT_MS]).toEqual([2, 600_000]);
  });

  it("without a key and without a base URL, construction fails naming APIFREE_API_KEY", async () => {
    const none = { APIFREE_BASE_URL: undefined, APIFREE_API_KEY: undefined };
    for (const options of [{}, { apiKey: "" }, { apiKey: undefined, maxRetries: 0 }]) {
      const error = withEnv(none, () => {
        try {
          createClient<any>(options);
        } catch (e) {
          return e;
        }
        return undefined;
      });
      expect(error).toBeInstanceOf(APIFreeError);
      expect(error).toMatchObject({ code: "missing_api_key", message: expect.stringContaining("APIFREE_API_KEY") });
    }
    // A keyless client pointed at a base URL of the caller's choice stays allowed, and sends no Authorization.
    const keyless = withEnv(none, () => createClient<any>({ baseURL: server.url }));
    await keyless.chat.completions.create(hello);
    expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
    expect(withEnv({ ...none, APIFREE_BASE_URL: server.url }, () => createClient<any>()).baseURL).toBe(server.url);
  });

  it("rejects nonsense settings at construction", () => {
    expect(() => createClient<any>({ baseURL: "not a url" })).toThrow(/baseURL/);
    expect(() => createClient<any>({ maxRetries: -1 })).toThrow(/maxRetries/);
    expect(() => createClient<any>({ timeout: Number.NaN })).toThrow(/timeout/);
    expect(() => createClient<any>({ validate: "sometimes" as never })).toThrow(/validate/);
  });

  it("defaultHeaders and per-request headers merge case-insensitively; null removes", async () => {
    const c = createClient<any>({
      baseURL: server.url,
      apiKey: "sk-x-12345",
      defaultHeaders: { "X-Team": "a", "User-Agent": "mine/1" },
    });
    await c.chat.completions.create(hello, { headers: { "x-team": "b", "x-extra": "1", "user-agent": null } });
    const sent = server.requests.at(-1)!.headers;
    expect(sent["x-team"]).toBe("b");
    expect(sent["x-extra"]).toBe("1");
    expect(sent["user-agent"]).toBeUndefined();
    await c.chat.completions.create(hello);
    expect(server.requests.at(-1)!.headers["user-agent"]).toBe("mine/1");
  });

  it("uses the given undici dispatcher (or fetchOptions.dispatcher, as openai-node spells it)", async () => {
    const agent = new MockAgent();
    agent.disableNetConnect();
    agent
      .get("https://proxy.example")
      .intercept({ path: "/v1/chat/completions", method: "POST" })
      .reply(200, completion("via mock"))
      .times(2);
    for (const options of [{ dispatcher: agent }, { fetchOptions: { dispatcher: agent } }]) {
      const c = createClient<any>({ baseURL: "https://proxy.example/v1", ...options });
      await expect(c.chat.completions.create(hello)).resolves.toEqual(completion("via mock"));
    }
    await agent.close();
  });
});

describe("per-model bindings", () => {
  it("binding.create(client, body) calls the same client with the model filled in", async () => {
    const c = createClient<any>({ baseURL: server.url, schemas: loader().load });
    const binding = bindModel(MODEL);
    expect(binding.model).toBe(MODEL);
    await expect(binding.create(c, { messages: hello.messages } as never)).resolves.toEqual(completion());
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ model: MODEL, messages: hello.messages });
    const stream = await binding.create(c, { messages: hello.messages, stream: true } as never);
    expect(stream).toBeInstanceOf(Stream);
    expect((await (stream as Stream<unknown>).finalMessage()).content).toBe("hi");
    await expect(binding.create(c, { messages: [], temperature: 9 } as never)).rejects.toMatchObject({
      code: "validation_error",
    });
    await expect(binding.create({} as never, {} as never)).rejects.toThrow(/createClient/);
  });
});
