import Anthropic from "@anthropic-ai/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { CLAUDE, PLATFORM_SNAPSHOT } from "./platform/snapshot.js";

/*
 * Anthropic's official SDK, unchanged, pointed at the emulator's origin (it
 * appends /v1/messages itself): proof that the Messages wire format, stream
 * included, is the one real clients read. SDK 1.x sends its `apiKey` as a
 * bearer token; Anthropic's own API (and older SDKs, curl examples) use
 * `x-api-key`, which the SDK sends when given as a header.
 */

let emulator: Emulator;
let client: Anthropic;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: PLATFORM_SNAPSHOT });
  client = new Anthropic({ apiKey: "sk-ant-test", baseURL: emulator.url.replace(/\/v1$/, ""), maxRetries: 0 });
});
afterAll(() => emulator.close());

const question = (text: string) => [{ role: "user" as const, content: text }];
const lookup = {
  name: "lookup",
  description: "Look something up.",
  input_schema: { type: "object" as const, required: ["q"], properties: { q: { type: "string" } } },
};

describe("@anthropic-ai/sdk against the emulator", () => {
  it("messages.create: a plain message, sent with the key and anthropic-version", async () => {
    const message = await client.messages.create({ model: CLAUDE, max_tokens: 512, messages: question("Say hello") });
    expect(message).toMatchObject({ type: "message", role: "assistant", model: CLAUDE, stop_reason: "end_turn" });
    const block = message.content[0]!;
    expect(block.type === "text" && block.text.length > 0).toBe(true);
    expect(message.usage.input_tokens).toBeGreaterThan(0);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
    const sent = emulator.requests.at(-1)!;
    expect(sent.path).toBe("/v1/messages");
    expect(sent.headers.authorization).toBe("Bearer sk-ant-test");
    // Forwarded upstream by APIFree; the emulator takes any version.
    expect(sent.headers["anthropic-version"]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("a client that sends its key as x-api-key", async () => {
    const keyed = await startEmulator({ snapshot: PLATFORM_SNAPSHOT, apiKeys: ["sk-ant-header"] });
    try {
      const headerClient = new Anthropic({
        apiKey: null,
        authToken: null,
        baseURL: keyed.url.replace(/\/v1$/, ""),
        defaultHeaders: { "x-api-key": "sk-ant-header" },
        maxRetries: 0,
      });
      const message = await headerClient.messages.create({ model: CLAUDE, max_tokens: 64, messages: question("hi") });
      expect(message.type).toBe("message");
      expect(keyed.requests.at(-1)!.headers).toMatchObject({ "x-api-key": "sk-ant-header" });
      expect(keyed.requests.at(-1)!.headers.authorization).toBeUndefined();
    } finally {
      await keyed.close();
    }
  });

  it("messages.create with stream: true: the raw events, in order, rebuilding the same text", async () => {
    const body = { model: CLAUDE, max_tokens: 512, messages: question("Stream please") };
    const whole = await client.messages.create(body);
    const stream = await client.messages.create({ ...body, stream: true });
    const types: string[] = [];
    let text = "";
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
    }
    // The SDK drops `ping` itself.
    expect(types[0]).toBe("message_start");
    expect(types.slice(-2)).toEqual(["message_delta", "message_stop"]);
    expect(types).not.toContain("ping");
    expect(text).toBe(whole.content[0]!.type === "text" ? whole.content[0]!.text : undefined);
  });

  it("messages.stream() and finalMessage(): thinking and text merged as the plain call returns them", async () => {
    const body = {
      model: CLAUDE,
      max_tokens: 2048,
      thinking: { type: "enabled" as const, budget_tokens: 1024 },
      messages: question("Think first"),
    };
    const whole = await client.messages.create(body);
    const stream = client.messages.stream(body);
    let thinking = "";
    stream.on("thinking", (delta) => {
      thinking += delta;
    });
    const final = await stream.finalMessage();
    expect(final.content).toEqual(whole.content);
    expect(final.content.map((block) => block.type)).toEqual(["thinking", "text"]);
    expect(thinking).toBe(final.content[0]!.type === "thinking" ? final.content[0]!.thinking : undefined);
    expect(final.stop_reason).toBe("end_turn");
    expect(final.usage.input_tokens).toBe(whole.usage.input_tokens);
    expect(final.usage.output_tokens).toBe(whole.usage.output_tokens);
  });

  it("messages.stream() with a tool: the input rebuilt from input_json_delta pieces", async () => {
    const stream = client.messages.stream({
      model: CLAUDE,
      max_tokens: 512,
      tools: [lookup],
      tool_choice: { type: "tool", name: "lookup" },
      messages: question("Find it"),
    });
    const final = await stream.finalMessage();
    expect(final.stop_reason).toBe("tool_use");
    expect(final.content).toEqual([
      { type: "tool_use", id: expect.stringMatching(/^toolu_/), name: "lookup", input: { q: "example" } },
    ]);
  });

  it("errors surface as the SDK's own classes: HTTP statuses and the stream's error event", async () => {
    const busy = client.messages.create(
      { model: CLAUDE, max_tokens: 16, messages: question("x") },
      { headers: { "x-apifree-mock-fault": "status=503" } },
    );
    await expect(busy).rejects.toBeInstanceOf(Anthropic.InternalServerError);
    const keyed = await startEmulator({ snapshot: PLATFORM_SNAPSHOT, apiKeys: ["sk-right"] });
    try {
      const wrong = new Anthropic({ apiKey: "sk-wrong", baseURL: keyed.url.replace(/\/v1$/, ""), maxRetries: 0 });
      await expect(
        wrong.messages.create({ model: CLAUDE, max_tokens: 16, messages: question("x") }),
      ).rejects.toBeInstanceOf(Anthropic.AuthenticationError);
    } finally {
      await keyed.close();
    }
    const broken = client.messages.stream(
      { model: CLAUDE, max_tokens: 512, messages: question("x") },
      { headers: { "x-apifree-mock-fault": "error-after=3" } },
    );
    const failure = await broken.finalMessage().then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(Anthropic.APIError);
    expect((failure as InstanceType<typeof Anthropic.APIError>).error).toMatchObject({
      type: "error",
      error: { type: "api_error" },
    });
  });
});
