import {
  APIFreeError,
  APIPromise,
  BadRequestError,
  bindModel,
  createClient,
  Stream,
  ValidationError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { chunkOf, completion, hello, loader, MODEL } from "./support/fixtures.js";
import {
  claudeBody,
  claudeFinal,
  GEMINI,
  geminiBody,
  geminiFinal,
  gptBody,
  gptFinal,
} from "./support/protocol-fixtures.js";
import { sendEvents, sendJson, testServers } from "./support/server.js";
import { soraTask } from "./support/videos.js";

const serve = testServers();

const headers = { "x-request-id": "req-7", "x-extra": "yes" };

/** Answers each route with its protocol's result, and streams chat when asked. */
const routes = () =>
  serve((req, res, body) => {
    const url = req.url ?? "";
    if (url.startsWith("/v1/videos")) return sendJson(res, 200, soraTask({ id: "task_1" }), headers);
    if (url === "/v1/messages") return sendJson(res, 200, claudeFinal, headers);
    if (url === "/v1/responses") return sendJson(res, 200, gptFinal, headers);
    if (url === "/google/gemini") return sendJson(res, 200, geminiFinal, headers);
    if (url === "/v1/images/generations") return sendJson(res, 200, { created: 1, data: [] }, headers);
    if ((JSON.parse(body) as { stream?: boolean }).stream) {
      res.setHeader("x-request-id", "req-s");
      return sendEvents(res, [chunkOf({ content: "Hel" }), chunkOf({ content: "lo" })]);
    }
    return sendJson(res, 200, completion(), headers);
  });

function client(url: string) {
  return createClient<any>({ baseURL: url, apiKey: "sk-test", clock: recordingClock(() => 0).clock });
}

/** Lets queued microtasks and I/O callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("withResponse()", () => {
  it("gives the parsed result, the response's status and headers, and the request id; one request", async () => {
    const s = await routes();
    const c = client(s.url);
    const call = c.chat.completions.create(hello);
    expect(call).toBeInstanceOf(APIPromise);
    expect(call).toBeInstanceOf(Promise);
    const { data, response, requestId } = await call.withResponse();
    expect(data).toEqual(completion());
    expect(response).toBeInstanceOf(Response);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-extra")).toBe("yes");
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.body).toBeNull();
    expect(requestId).toBe("req-7");
    // Awaiting the same call gives the same result without another request.
    expect(await call).toBe(data);
    await settle();
    expect(s.requests).toHaveLength(1);
  });

  it("awaiting a call is unchanged: the result, then/catch/finally, errors as rejections", async () => {
    const s = await routes();
    const c = client(s.url);
    expect(await c.chat.completions.create(hello)).toEqual(completion());
    const chained = await c.chat.completions.create(hello).then((r) => (r as { object: string }).object);
    expect(chained).toBe("chat.completion");
    const error = await c.chat.completions.create({ model: "" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    let finished = false;
    await c.chat.completions.create(hello).finally(() => {
      finished = true;
    });
    expect(finished).toBe(true);
    expect(await Promise.all([c.chat.completions.create(hello)])).toEqual([completion()]);
  });

  it("a call left alone is still sent", async () => {
    const s = await routes();
    void client(s.url).chat.completions.create(hello);
    while (s.requests.length === 0) await settle();
    expect(s.requests[0]!.url).toBe("/v1/chat/completions");
  });

  it("for a stream, data is the stream and the response has its headers", async () => {
    const s = await routes();
    const { data, response, requestId } = await client(s.url)
      .chat.completions.create({ ...hello, stream: true })
      .withResponse();
    expect(data).toBeInstanceOf(Stream);
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    expect(requestId).toBe("req-s");
    const pieces: string[] = [];
    for await (const chunk of data as Stream<ReturnType<typeof chunkOf>>) {
      pieces.push(String((chunk as { choices: Array<{ delta: { content?: string } }> }).choices[0]?.delta.content));
    }
    expect(pieces.join("")).toBe("Hello");
  });

  it("every operation: Messages, Responses, Gemini, the generic call, videos create, retrieve and remix, bindings", async () => {
    const s = await routes();
    const c = client(s.url);
    const calls: Array<[string, APIPromise<unknown>, unknown]> = [
      ["messages", c.messages.create(claudeBody), claudeFinal],
      ["responses", c.responses.create(gptBody), gptFinal],
      ["gemini", c.gemini.generateContent(geminiBody), geminiFinal],
      ["call", c.call("POST /v1/images/generations", { model: "acme/img", prompt: "x" }), { created: 1, data: [] }],
      ["videos.create", c.videos.create({ model: "acme/sora", prompt: "a cat" }), soraTask({ id: "task_1" })],
      ["videos.retrieve", c.videos.retrieve("task_1"), soraTask({ id: "task_1" })],
      ["videos.remix", c.videos.remix("task_1", { prompt: "rain" }), soraTask({ id: "task_1" })],
      ["binding.create", bindModel(MODEL).create(c, { messages: hello.messages }) as APIPromise<unknown>, completion()],
      [
        "binding.gemini",
        bindModel(GEMINI).gemini.generateContent(c, { contents: geminiBody.contents } as never) as APIPromise<unknown>,
        geminiFinal,
      ],
      [
        "binding.videos.retrieve",
        bindModel("acme/sora").videos.retrieve(c, "task_1") as APIPromise<unknown>,
        soraTask({ id: "task_1" }),
      ],
    ];
    for (const [name, call, expected] of calls) {
      const { data, response, requestId } = await call.withResponse();
      expect(data, name).toEqual(expected);
      expect(response.status, name).toBe(200);
      expect(requestId, name).toBe("req-7");
    }
    expect(s.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v1/messages",
      "POST /v1/responses",
      "POST /google/gemini",
      "POST /v1/images/generations",
      "POST /v1/videos",
      "GET /v1/videos/task_1",
      "POST /v1/videos/task_1/remix",
      "POST /v1/chat/completions",
      "POST /google/gemini",
      "GET /v1/videos/task_1",
    ]);
  });

  it("after retries, the response is the one that made the result", async () => {
    const s = await serve((_req, res, _body, i) =>
      i === 0
        ? sendJson(res, 503, { error: { message: "busy", type: "server_error" } }, { "x-request-id": "req-fail" })
        : sendJson(res, 200, completion(), { "x-request-id": "req-ok" }),
    );
    const { requestId, response } = await client(s.url).chat.completions.create(hello).withResponse();
    expect(requestId).toBe("req-ok");
    expect(response.status).toBe(200);
    expect(s.requests).toHaveLength(2);
  });
});

describe("asResponse()", () => {
  it("gives the raw response with its body unread; nothing is parsed", async () => {
    const s = await routes();
    const response = await client(s.url).chat.completions.create(hello).asResponse();
    expect(response).toBeInstanceOf(Response);
    expect(response.bodyUsed).toBe(false);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-7");
    expect(await response.json()).toEqual(completion());
    expect(s.requests).toHaveLength(1);
  });

  it("an HTTP-200 error envelope is handed over as it came (awaiting the call rejects on it)", async () => {
    const envelope = {
      code: 400,
      error: { code: "invalid_request_error", message: "bad", type: "invalid_request_error" },
    };
    const s = await serve((_req, res) => sendJson(res, 200, envelope));
    const c = client(s.url);
    const raw = await c.chat.completions.create(hello).asResponse();
    expect(await raw.json()).toEqual(envelope);
    await expect(c.chat.completions.create(hello)).rejects.toBeInstanceOf(BadRequestError);
  });

  it("a stream's bytes are the caller's to read", async () => {
    const s = await routes();
    const response = await client(s.url)
      .chat.completions.create({ ...hello, stream: true })
      .asResponse();
    expect(response.headers.get("content-type")).toBe("text/event-stream");
    const text = await response.text();
    expect(text).toContain('"content":"Hel"');
    expect(text.trimEnd().endsWith("data: [DONE]")).toBe(true);
  });

  it("validation still runs first; an error status still rejects, after retries", async () => {
    const { load } = loader();
    const s = await serve((_req, res, _body, i) =>
      i === 0
        ? sendJson(res, 500, {})
        : sendJson(res, 400, { error: { message: "no", type: "invalid_request_error" } }),
    );
    const c = createClient<any>({ baseURL: s.url, apiKey: "k", schemas: load, clock: recordingClock(() => 0).clock });
    const invalid = await c.chat.completions
      .create({ ...hello, temperature: 9 })
      .asResponse()
      .catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(ValidationError);
    expect(s.requests).toHaveLength(0);
    const error = await c.chat.completions
      .create(hello)
      .asResponse()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect(s.requests).toHaveLength(2);
  });

  it("must be chained to the call: late, twice, or followed by await, it says so", async () => {
    const s = await routes();
    const c = client(s.url);
    const sent = c.chat.completions.create(hello);
    await sent;
    const late = await sent.asResponse().catch((e: unknown) => e);
    expect(late).toBeInstanceOf(APIFreeError);
    expect((late as APIFreeError).code).toBe("invalid_usage");
    expect((late as Error).message).toContain("must be chained to the call itself");

    const raw = c.chat.completions.create(hello);
    const response = await raw.asResponse();
    await response.arrayBuffer();
    await expect(raw.asResponse()).rejects.toThrow(/already called/);
    await expect(raw).rejects.toThrow(/handed out raw by asResponse\(\)/);
    expect(s.requests).toHaveLength(2);
  });
});
