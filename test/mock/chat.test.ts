import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, chunksOf, hello, KEY, MINI, REASONER, TEST_SNAPSHOT, TOOLER } from "./fixtures.js";
import { replyChecker } from "./schemas.js";

let emulator: Emulator;
let chat: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: TEST_SNAPSHOT });
  chat = `${emulator.url}/chat/completions`;
});
afterAll(() => emulator.close());

const checkers = Object.fromEntries(TEST_SNAPSHOT.models.map((model) => [model.id, replyChecker(model.document)]));

function envelope(code: number, errorCode: string, message: string | RegExp) {
  return {
    code,
    error: {
      code: errorCode,
      message: typeof message === "string" ? message : expect.stringMatching(message),
      type: "invalid_request_error",
    },
  };
}

const weatherTool = {
  type: "function",
  function: {
    name: "get_weather",
    parameters: {
      type: "object",
      required: ["city", "unit", "days"],
      properties: {
        city: { type: "string", minLength: 10 },
        unit: { enum: ["celsius", "fahrenheit"] },
        days: { type: "integer", minimum: 1, maximum: 7 },
        note: { type: "string" },
      },
    },
  },
};
const timeTool = {
  type: "function",
  function: {
    name: "get_time",
    parameters: { type: "object", required: ["zone"], properties: { zone: { const: "UTC" } } },
  },
};

describe("authentication", () => {
  it("answers a missing or malformed bearer key with HTTP 401 and an OpenAI-style body", async () => {
    for (const headers of [
      {},
      { authorization: "" },
      { authorization: "Token abc" },
      { authorization: "Bearer" },
      { authorization: "Bearer two words" },
    ]) {
      const reply = await call(chat, { body: hello(MINI), key: null, headers });
      expect(reply.status, JSON.stringify(headers)).toBe(401);
      expect(reply.json).toEqual({
        error: { code: "invalid_api_key", message: expect.any(String), type: "authentication_error" },
      });
    }
  });

  it("accepts any well-formed key by default, only the listed ones when apiKeys is set, and never echoes a key", async () => {
    expect((await call(chat, { body: hello(MINI), key: "anything-goes" })).status).toBe(200);
    const strict = await startEmulator({ snapshot: TEST_SNAPSHOT, apiKeys: ["sk-good"] });
    try {
      const refused = await call(`${strict.url}/chat/completions`, { body: hello(MINI), key: "sk-bad-secret" });
      expect(refused.status).toBe(401);
      expect(refused.text).not.toContain("sk-bad-secret");
      expect((await call(`${strict.url}/chat/completions`, { body: hello(MINI), key: "sk-good" })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});

describe("request errors come back as HTTP-200 envelopes", () => {
  it("invalid JSON", async () => {
    const reply = await call(chat, { rawBody: '{"model": "beta-mini", ' });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(envelope(400, "invalid_request_error", /^request body is not valid JSON/));
  });

  it("a body that is not an object", async () => {
    expect((await call(chat, { rawBody: "[1,2]" })).json).toEqual(
      envelope(400, "invalid_request_error", "request body must be a JSON object"),
    );
  });

  it("a missing or non-string model", async () => {
    expect((await call(chat, { body: { messages: [] } })).json).toEqual(
      envelope(400, "invalid_request_error", "missing required field 'model'"),
    );
    expect((await call(chat, { body: { model: 7, messages: [] } })).json).toEqual(
      envelope(400, "invalid_request_error", "field 'model' must be a string"),
    );
  });

  it("an unknown model", async () => {
    const reply = await call(chat, { body: hello("nobody/nothing") });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(envelope(404, "model_not_found", "model 'nobody/nothing' does not exist"));
  });

  it("a body the model's schema rejects: the message names the field and the constraint", async () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      [MINI, { temperature: 1.5 }, "/temperature: must be <= 1"],
      [MINI, { top_p: 0 }, "/top_p: must be > 0"],
      [MINI, { top_k: 2.5 }, "/top_k: must be of type integer"],
      [MINI, { tools: [weatherTool] }, "/tools: is not allowed"],
      [REASONER, { temperature: 0.5 }, "/temperature: is not allowed"],
      [REASONER, { reasoning_effort: "extreme" }, '/reasoning_effort: must be one of "low", "medium", "high"'],
      [REASONER, { n: 5 }, "/n: must be <= 4"],
      [TOOLER, { temperature: 2.5 }, "/temperature: must be <= 2"],
    ];
    for (const [model, extra, detail] of cases) {
      const reply = await call(chat, { body: hello(model, extra) });
      expect(reply.status).toBe(200);
      expect(reply.json, `${model} ${JSON.stringify(extra)}`).toEqual(
        envelope(
          400,
          "invalid_request_error",
          `invalid request for model '${model}': ${detail}`.replace(
            /is not allowed$/,
            "is not allowed (no such field in the schema)",
          ),
        ),
      );
    }
    const missing = await call(chat, { body: { model: MINI } });
    expect((missing.json as any).error.message).toBe(`invalid request for model '${MINI}': /messages: is required`);
    const badMessage = await call(chat, { body: { model: MINI, messages: [{ role: "user", content: 5 }] } });
    expect((badMessage.json as any).error.message).toMatch(
      /^invalid request for model 'beta-mini': \/messages\/0\/content: /,
    );
  });

  it("accepts what the schema allows: nullable fields, bounds beyond 2^53", async () => {
    expect(
      checkers[MINI]!.response(
        (await call(chat, { body: hello(MINI, { temperature: null, stop: null, top_p: 1 }) })).json,
      ).valid,
    ).toBe(true);
    expect((await call(chat, { body: hello(REASONER, { seed: 9223372036854775807 }) })).json).toMatchObject({
      object: "chat.completion",
    });
  });

  it("logs the outcome of each request", async () => {
    await call(chat, { body: hello("nobody/nothing"), headers: { "x-trace": "t1" } });
    const entry = emulator.requests.find((request) => request.headers["x-trace"] === "t1")!;
    expect(entry).toMatchObject({
      method: "POST",
      path: "/v1/chat/completions",
      model: "nobody/nothing",
      status: 200,
      envelope: 404,
      errorCode: "model_not_found",
      stream: false,
    });
    expect(entry.headers.authorization).toBe(`Bearer ${KEY}`);
  });
});

describe("completions", () => {
  it("replies per wire.md, valid against each model's own response schema", async () => {
    for (const model of [REASONER, MINI, TOOLER]) {
      const reply = await call(chat, { body: hello(model) });
      expect(reply.status).toBe(200);
      expect(reply.headers.get("content-type")).toBe("application/json");
      const body = reply.json as any;
      expect(checkers[model]!.response(body), model).toEqual({ valid: true, errors: [] });
      expect(body).toMatchObject({
        object: "chat.completion",
        created: 1760000000,
        model,
        system_fingerprint: "fp_apifree_mock",
      });
      expect(body.id).toMatch(/^chatcmpl-[0-9a-f]{24}$/);
      expect(body.choices).toHaveLength(1);
      expect(body.choices[0]).toMatchObject({
        index: 0,
        finish_reason: "stop",
        logprobs: null,
        message: { role: "assistant", content: expect.any(String) },
      });
      expect(body.choices[0].message.content.length).toBeGreaterThan(0);
    }
  });

  it("is deterministic: the same request gives the same bytes, a different one different content", async () => {
    const first = await call(chat, { body: hello(MINI) });
    const second = await call(chat, { body: hello(MINI), key: "another-key" });
    expect(second.text).toBe(first.text);
    const other = await call(chat, {
      body: { model: MINI, messages: [{ role: "user", content: "Something else entirely" }] },
    });
    expect((other.json as any).id).not.toBe((first.json as any).id);
  });

  it("prices usage from the catalog: cost = (prompt*in + completion*out)/1e6", async () => {
    for (const model of [REASONER, MINI, TOOLER]) {
      const { usage } = (await call(chat, { body: hello(model) })).json as any;
      const pricing = (TEST_SNAPSHOT.catalog.data.find((entry) => entry.id === model) as any).pricing;
      expect(usage.total_tokens).toBe(usage.prompt_tokens + usage.completion_tokens);
      expect(usage.prompt_tokens).toBeGreaterThan(0);
      expect(usage.cost).toBeCloseTo(
        (usage.prompt_tokens * pricing.input_per_million + usage.completion_tokens * pricing.output_per_million) / 1e6,
        10,
      );
    }
  });

  it("gives reasoning models reasoning_content and reasoning token counts, and others neither", async () => {
    const reasoner = (await call(chat, { body: hello(REASONER) })).json as any;
    expect(reasoner.choices[0].message.reasoning_content.length).toBeGreaterThan(0);
    const reasoningWords = reasoner.choices[0].message.reasoning_content.split(" ").length;
    const answerWords = reasoner.choices[0].message.content.split(" ").length;
    expect(reasoner.usage.completion_tokens_details).toEqual({ reasoning_tokens: reasoningWords });
    expect(reasoner.usage.completion_tokens).toBe(reasoningWords + answerWords);
    const mini = (await call(chat, { body: hello(MINI) })).json as any;
    expect(mini.choices[0].message).not.toHaveProperty("reasoning_content");
    expect(mini.usage).not.toHaveProperty("completion_tokens_details");
  });

  it("stops early with finish_reason length under max_tokens / max_completion_tokens", async () => {
    const mini = (await call(chat, { body: hello(MINI, { max_tokens: 2 }) })).json as any;
    expect(mini.choices[0].finish_reason).toBe("length");
    expect(mini.usage.completion_tokens).toBe(2);
    expect(mini.choices[0].message.content.split(" ")).toHaveLength(2);
    expect(checkers[MINI]!.response(mini).valid).toBe(true);
    const reasoner = (await call(chat, { body: hello(REASONER, { max_completion_tokens: 3 }) })).json as any;
    expect(reasoner.choices[0]).toMatchObject({ finish_reason: "length", message: { content: "" } });
    expect(reasoner.usage.completion_tokens).toBe(3);
    expect(checkers[REASONER]!.response(reasoner).valid).toBe(true);
  });

  it("answers n > 1 with n distinct choices", async () => {
    const body = (await call(chat, { body: hello(TOOLER, { n: 3 }) })).json as any;
    expect(body.choices.map((choice: any) => choice.index)).toEqual([0, 1, 2]);
    expect(new Set(body.choices.map((choice: any) => choice.message.content)).size).toBe(3);
    expect(checkers[TOOLER]!.response(body).valid).toBe(true);
  });
});

describe("tool calls", () => {
  async function firstCall(model: string, extra: Record<string, unknown>, text = "Hello there") {
    const body = (await call(chat, { body: { model, messages: [{ role: "user", content: text }], ...extra } }))
      .json as any;
    expect(checkers[model]!.response(body), JSON.stringify(body)).toEqual({ valid: true, errors: [] });
    return body.choices[0];
  }

  it("tool_choice required calls the first tool with arguments built from its required parameters", async () => {
    const choice = await firstCall(TOOLER, { tools: [weatherTool, timeTool], tool_choice: "required" });
    expect(choice.finish_reason).toBe("tool_calls");
    expect(choice.message.content).toBeNull();
    expect(choice.message.tool_calls).toHaveLength(1);
    expect(choice.message.tool_calls[0]).toMatchObject({
      id: expect.stringMatching(/^call_[0-9a-f]{24}$/),
      type: "function",
      function: { name: "get_weather" },
    });
    const args = JSON.parse(choice.message.tool_calls[0].function.arguments);
    expect(Object.keys(args).sort()).toEqual(["city", "days", "unit"]);
    expect(args.city.length).toBeGreaterThanOrEqual(10);
    expect(args.unit).toBe("celsius");
    expect(args.days).toBe(1);
  });

  it("a named tool_choice calls that tool", async () => {
    const choice = await firstCall(REASONER, {
      tools: [weatherTool, timeTool],
      tool_choice: { type: "function", function: { name: "get_time" } },
    });
    expect(choice.message.tool_calls[0].function).toEqual({ name: "get_time", arguments: '{"zone":"UTC"}' });
    expect(choice.message.reasoning_content).toEqual(expect.any(String));
  });

  it("auto calls a tool the last user message names, else answers in text; none never calls", async () => {
    const named = await firstCall(
      TOOLER,
      { tools: [weatherTool, timeTool], tool_choice: "auto" },
      "Please run get_time for me",
    );
    expect(named.message.tool_calls[0].function.name).toBe("get_time");
    const implicit = await firstCall(TOOLER, { tools: [weatherTool, timeTool] }, "What does GET_WEATHER say?");
    expect(implicit.message.tool_calls[0].function.name).toBe("get_weather");
    const text = await firstCall(TOOLER, { tools: [weatherTool, timeTool], tool_choice: "auto" }, "Just chat");
    expect(text.finish_reason).toBe("stop");
    expect(text.message).not.toHaveProperty("tool_calls");
    const none = await firstCall(TOOLER, { tools: [weatherTool], tool_choice: "none" }, "get_weather now");
    expect(none.message).not.toHaveProperty("tool_calls");
  });

  it("streams tool-call deltas that add up to the non-stream call", async () => {
    const request = hello(TOOLER, { tools: [weatherTool], tool_choice: "required" });
    const whole = ((await call(chat, { body: request })).json as any).choices[0].message.tool_calls[0];
    const chunks = chunksOf((await call(chat, { body: { ...request, stream: true } })).text);
    for (const chunk of chunks)
      expect(checkers[TOOLER]!.chunk(chunk), JSON.stringify(chunk)).toEqual({ valid: true, errors: [] });
    const deltas = chunks.flatMap((chunk) => chunk.choices[0]?.delta?.tool_calls ?? []);
    expect(deltas[0]).toEqual({
      index: 0,
      id: whole.id,
      type: "function",
      function: { name: "get_weather", arguments: "" },
    });
    expect(deltas.length).toBeGreaterThan(2);
    expect(deltas.slice(1).map((delta: any) => ({ id: delta.id, index: delta.index }))).toEqual(
      deltas.slice(1).map(() => ({ id: undefined, index: 0 })),
    );
    expect(deltas.map((delta: any) => delta.function.arguments).join("")).toBe(whole.function.arguments);
    expect(chunks.at(-1)!.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: "tool_calls", logprobs: null });
  });
});
