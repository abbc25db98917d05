import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costOf, type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, KEY, MINI } from "./fixtures.js";
import { claudeDocument, messagesLiteDocument } from "./platform/messages-document.js";
import { CLAUDE, MESSAGES_LITE, PLATFORM_SNAPSHOT, parsedEvents, sseEvents } from "./platform/snapshot.js";
import { operationChecker } from "./schemas.js";

let emulator: Emulator;
let url: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: PLATFORM_SNAPSHOT });
  url = `${emulator.url}/messages`;
});
afterAll(() => emulator.close());

const claude = operationChecker(claudeDocument, "messages");
const lite = operationChecker(messagesLiteDocument, "messages");
const VALID = { valid: true, errors: [] };

const ask = (text: string, extra: Record<string, unknown> = {}) => ({
  model: CLAUDE,
  max_tokens: 1024,
  messages: [{ role: "user", content: text }],
  ...extra,
});
const lookup = {
  name: "lookup",
  input_schema: {
    type: "object",
    required: ["q", "limit"],
    properties: { q: { type: "string" }, limit: { type: "integer", minimum: 3 } },
  },
};
const thinking = { type: "enabled", budget_tokens: 2048 };

async function stream(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await call(url, { body: { ...body, stream: true }, headers });
  expect(reply.status).toBe(200);
  expect(reply.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  return parsedEvents(reply.text);
}

const envelope = (code: number, message: unknown) => ({
  code,
  error: { code: code === 404 ? "model_not_found" : "invalid_request_error", message, type: "invalid_request_error" },
});

describe("POST /v1/messages: the request", () => {
  it("takes the key as a bearer token or as Anthropic's x-api-key header, and nothing else", async () => {
    expect((await call(url, { body: ask("hi") })).status).toBe(200);
    const apiKey = await call(url, { body: ask("hi"), key: null, headers: { "x-api-key": KEY } });
    expect(apiKey.status).toBe(200);
    const none = await call(url, { body: ask("hi"), key: null });
    expect(none.status).toBe(401);
    expect((none.json as any).error.message).toMatch(/Authorization: Bearer <key>.*x-api-key: <key>/);
    const chatWithApiKey = await call(`${emulator.url}/chat/completions`, {
      body: { model: MINI, messages: [{ role: "user", content: "hi" }] },
      key: null,
      headers: { "x-api-key": KEY },
    });
    expect(chatWithApiKey.status).toBe(401);
    const only = await startEmulator({ snapshot: PLATFORM_SNAPSHOT, apiKeys: ["sk-right"] });
    try {
      const wrong = await call(`${only.url}/messages`, {
        body: ask("hi"),
        key: null,
        headers: { "x-api-key": "sk-wrong" },
      });
      expect(wrong.status).toBe(401);
      expect(wrong.text).not.toContain("sk-wrong");
      const right = await call(`${only.url}/messages`, {
        body: ask("hi"),
        key: null,
        headers: { "x-api-key": "sk-right" },
      });
      expect(right.status).toBe(200);
    } finally {
      await only.close();
    }
  });

  it("refuses bodies with APIFree's HTTP-200 envelopes", async () => {
    const broken = await call(url, { rawBody: "{" });
    expect(broken.status).toBe(200);
    expect(broken.json).toEqual(envelope(400, expect.stringMatching(/^request body is not valid JSON/)));
    expect((await call(url, { body: { max_tokens: 5 } })).json).toEqual(
      envelope(400, "missing required field 'model'"),
    );
    expect((await call(url, { body: ask("hi", { model: "nobody" }) })).json).toEqual(
      envelope(404, "model 'nobody' does not exist"),
    );
    const hot = await call(url, { body: ask("hi", { temperature: 1.5 }) });
    expect(hot.status).toBe(200);
    expect(hot.json).toEqual(envelope(400, `invalid request for model '${CLAUDE}': /temperature: must be <= 1`));
    const { max_tokens: _dropped, ...noMax } = ask("hi");
    expect((await call(url, { body: noMax })).json).toEqual(
      envelope(400, `invalid request for model '${CLAUDE}': /max_tokens: is required`),
    );
  });

  it("refuses a model whose document does not declare the Messages operation, naming the operation", async () => {
    const reply = await call(url, { body: { ...ask("hi"), model: MINI } });
    expect(reply.status).toBe(200);
    expect(reply.json).toEqual(
      envelope(400, `model '${MINI}' does not serve the messages operation; its document declares: chat.completions`),
    );
    // And the other way round: chat is an operation like any other.
    const chat = await call(`${emulator.url}/chat/completions`, {
      body: { model: CLAUDE, messages: [{ role: "user", content: "hi" }] },
    });
    expect(chat.json).toEqual(
      envelope(400, `model '${CLAUDE}' does not serve the chat.completions operation; its document declares: messages`),
    );
  });
});

describe("POST /v1/messages: the message", () => {
  it("is a valid Anthropic message with usage in its own fields and APIFree's cost", async () => {
    const body = (await call(url, { body: ask("Why is the sky blue?", { system: "Be brief." }) })).json as any;
    expect(claude.response(body)).toEqual(VALID);
    expect(body).toMatchObject({ type: "message", role: "assistant", model: CLAUDE, stop_reason: "end_turn" });
    expect(body.content).toHaveLength(1);
    expect(body.content[0].type).toBe("text");
    const { input_tokens, output_tokens, cost } = body.usage;
    expect(output_tokens).toBe(body.content[0].text.split(" ").length);
    expect(cost).toBe(costOf(input_tokens, output_tokens, { inputPerMillion: 3, outputPerMillion: 15 }));
    // Deterministic: the same body says the same thing.
    expect((await call(url, { body: ask("Why is the sky blue?", { system: "Be brief." }) })).json).toEqual(body);
  });

  it("thinks first, in a signed thinking block, only when thinking is enabled", async () => {
    const body = (await call(url, { body: ask("Think", { thinking }) })).json as any;
    expect(claude.response(body)).toEqual(VALID);
    expect(body.content.map((block: any) => block.type)).toEqual(["thinking", "text"]);
    expect(body.content[0].signature).toEqual(expect.any(String));
    const words = (text: string) => text.split(" ").length;
    expect(body.usage.output_tokens).toBe(words(body.content[0].thinking) + words(body.content[1].text));
    const plain = (await call(url, { body: ask("Think") })).json as any;
    expect(plain.content.map((block: any) => block.type)).toEqual(["text"]);
  });

  it("calls a tool when tools are given and tool_choice asks, with an input valid against its input_schema", async () => {
    for (const tool_choice of [{ type: "any" }, { type: "tool", name: "lookup" }]) {
      const body = (await call(url, { body: ask("Find it", { tools: [lookup], tool_choice }) })).json as any;
      expect(claude.response(body)).toEqual(VALID);
      expect(body.stop_reason).toBe("tool_use");
      expect(body.content).toEqual([
        { type: "tool_use", id: expect.stringMatching(/^toolu_/), name: "lookup", input: { q: "example", limit: 3 } },
      ]);
    }
    const mentioned = (await call(url, { body: ask("please use lookup", { tools: [lookup] }) })).json as any;
    expect(mentioned.content[0].type).toBe("tool_use");
    const declined = (await call(url, { body: ask("use lookup", { tools: [lookup], tool_choice: { type: "none" } }) }))
      .json as any;
    expect(declined.content[0].type).toBe("text");
  });

  it("stops at max_tokens, and sends a tool call whole or not at all", async () => {
    const short = (await call(url, { body: ask("hi", { max_tokens: 3 }) })).json as any;
    expect(short.stop_reason).toBe("max_tokens");
    expect(short.usage.output_tokens).toBe(3);
    expect(short.content[0].text.split(" ")).toHaveLength(3);
    const cut = (await call(url, { body: ask("x", { max_tokens: 1, tools: [lookup], tool_choice: { type: "any" } }) }))
      .json as any;
    expect(claude.response(cut)).toEqual(VALID);
    expect(cut).toMatchObject({ stop_reason: "max_tokens", content: [], usage: { output_tokens: 0 } });
  });
});

describe("POST /v1/messages: the stream", () => {
  it("sends Anthropic's named events in order, each valid against the model's event schema", async () => {
    const events = await stream(ask("Think", { thinking }));
    for (const { event, data } of events) {
      expect(data.type).toBe(event);
      expect(claude.event(data), JSON.stringify(data)).toEqual(VALID);
    }
    const names = events.map((entry) => entry.event);
    expect(names.slice(0, 3)).toEqual(["message_start", "ping", "content_block_start"]);
    expect(names.slice(-2)).toEqual(["message_delta", "message_stop"]);
    const deltas = events
      .filter((entry) => entry.event === "content_block_delta")
      .map((entry) => entry.data.delta.type);
    const firstText = deltas.indexOf("text_delta");
    expect(deltas.slice(0, firstText).every((type) => type === "thinking_delta" || type === "signature_delta")).toBe(
      true,
    );
    expect(deltas[firstText - 1]).toBe("signature_delta");
    expect(events.filter((entry) => entry.event === "content_block_stop").map((entry) => entry.data.index)).toEqual([
      0, 1,
    ]);
    expect(events[0]!.data.message).toMatchObject({ content: [], stop_reason: null, usage: { output_tokens: 0 } });
  });

  it("says what the non-stream message says: blocks rebuilt from deltas, stop reason, usage", async () => {
    const body = ask("Think", { thinking });
    const whole = (await call(url, { body })).json as any;
    const events = await stream(body);
    const blocks: any[] = [];
    for (const { data } of events) {
      if (data.type === "content_block_start") blocks[data.index] = { ...data.content_block };
      if (data.type !== "content_block_delta") continue;
      const block = blocks[data.index];
      if (data.delta.type === "text_delta") block.text += data.delta.text;
      if (data.delta.type === "thinking_delta") block.thinking += data.delta.thinking;
      if (data.delta.type === "signature_delta") block.signature = data.delta.signature;
    }
    expect(blocks).toEqual(whole.content);
    const delta = events.find((entry) => entry.event === "message_delta")!.data;
    expect(delta.delta.stop_reason).toBe(whole.stop_reason);
    expect(delta.usage).toEqual({ output_tokens: whole.usage.output_tokens, cost: whole.usage.cost });
    expect(events[0]!.data.message.id).toBe(whole.id);
    expect(events[0]!.data.message.usage.input_tokens).toBe(whole.usage.input_tokens);
  });

  it("streams a tool call as input_json_delta pieces that concatenate to the tool's input", async () => {
    const body = ask("x", { tools: [lookup], tool_choice: { type: "any" } });
    const whole = (await call(url, { body })).json as any;
    const events = await stream(body);
    for (const { data } of events) expect(claude.event(data)).toEqual(VALID);
    const start = events.find((entry) => entry.event === "content_block_start")!.data;
    expect(start.content_block).toEqual({ ...whole.content[0], input: {} });
    const pieces = events
      .filter((entry) => entry.data.delta?.type === "input_json_delta")
      .map((entry) => entry.data.delta.partial_json as string);
    expect(pieces.length).toBeGreaterThan(1);
    expect(JSON.parse(pieces.join(""))).toEqual(whole.content[0].input);
    expect(events.find((entry) => entry.event === "message_delta")!.data.delta.stop_reason).toBe("tool_use");
  });

  it("sends exactly N text deltas when asked by x-apifree-mock-chunks", async () => {
    const events = await stream(ask("hi", { max_tokens: 16 }), { "x-apifree-mock-chunks": "5000" });
    expect(events.filter((entry) => entry.data.delta?.type === "text_delta")).toHaveLength(5000);
    expect(events.at(-2)!.data.usage.output_tokens).toBe(5000);
    expect(emulator.requests.at(-1)!.chunks).toBe(events.length);
  });

  it("a document without an event-stream schema gets the real API's events (ping, usage with input tokens and cost)", async () => {
    const body = { model: MESSAGES_LITE, max_tokens: 50, messages: [{ role: "user", content: "hi" }] };
    const whole = (await call(url, { body })).json as any;
    expect(lite.response(whole)).toEqual(VALID);
    expect(whole.usage).toEqual({
      input_tokens: expect.any(Number),
      output_tokens: expect.any(Number),
      cost: expect.any(Number),
    });
    const events = await stream(body);
    expect(events.map((entry) => entry.event)).toContain("ping");
    expect(events.at(-2)!.data.usage).toEqual({
      input_tokens: whole.usage.input_tokens,
      output_tokens: whole.usage.output_tokens,
      cost: whole.usage.cost,
    });
    expect(
      sseEvents((await call(url, { body: { ...body, stream: true } })).text).every(
        (entry) => entry.event !== undefined,
      ),
    ).toBe(true);
  });
});
