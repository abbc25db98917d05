import path from "node:path";
import { StreamInterruptedError, ValidationError } from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, claudeSonnet45, createClient, gemini25Flash, gpt54 } from "../../generated/index.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";

/*
 * Messages, Responses and Gemini end to end: the committed generated/ tree
 * and the real runtime against the emulator serving the bundled snapshot,
 * plain and streaming, through the client and through the per-model
 * bindings, in strict mode so every reply is checked against the model's own
 * schema as well.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
let emulator: Emulator;
let client: Client;

beforeAll(async () => {
  emulator = await startEmulator({ snapshot: path.join(ROOT, "snapshot"), port: 0 });
  client = createClient({ apiKey: "sk-test-key", baseURL: emulator.url, maxRetries: 0, validate: "strict" });
});
afterAll(() => emulator.close());

const sent = (route: string) => emulator.requests.filter((request) => request.path === route).length;
const hello = [{ role: "user" as const, content: "Say hello" }];

describe("Anthropic Messages through the generated client", () => {
  it("plain: a message with text content and usage", async () => {
    const message = await client.messages.create({ model: "claude-sonnet-4.5", max_tokens: 64, messages: hello });
    expect(message.type).toBe("message");
    expect(message.model).toBe("claude-sonnet-4.5");
    expect(message.content.some((block) => block.type === "text")).toBe(true);
    expect(message.usage.output_tokens).toBeGreaterThan(0);
  });

  it("streaming through the binding: events in order, and finalMessage() equal to the text streamed", async () => {
    const stream = await claudeSonnet45.messages.create(client, { max_tokens: 64, messages: hello, stream: true });
    const types: string[] = [];
    let text = "";
    for await (const event of stream) {
      types.push(event.type);
      if (event.type === "content_block_delta" && event.delta.type === "text_delta") text += event.delta.text;
    }
    expect(types[0]).toBe("message_start");
    expect(types.at(-1)).toBe("message_stop");
    const final = await stream.finalMessage();
    expect(final.content.flatMap((block) => (block.type === "text" ? [block.text] : [])).join("")).toBe(text);
    expect(text.length).toBeGreaterThan(0);
  });

  it("refuses temperature 1.5 before any byte is sent", async () => {
    const before = sent("/v1/messages");
    const error = await client.messages
      .create({ model: "claude-sonnet-4.5", max_tokens: 64, messages: hello, temperature: 1.5 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/temperature/);
    expect(sent("/v1/messages")).toBe(before);
  });

  it("a stream cut before message_stop raises", async () => {
    const stream = await client.messages.create(
      { model: "claude-sonnet-4.5", max_tokens: 64, messages: hello, stream: true },
      { headers: { "x-apifree-mock-fault": "cut-after=2" } },
    );
    const error = await (async () => {
      for await (const _ of stream);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StreamInterruptedError);
  });
});

describe("OpenAI Responses through the generated client", () => {
  it("plain: a completed response with output text", async () => {
    const response = await client.responses.create({ model: "gpt-5.4", input: "Say hello" });
    expect(response.object).toBe("response");
    expect(response.status).toBe("completed");
    expect(response.output.length).toBeGreaterThan(0);
  });

  it("streaming through the binding: deltas add up to finalResponse()'s text", async () => {
    const stream = await gpt54.responses.create(client, { input: "Say hello", stream: true });
    let text = "";
    for await (const event of stream) if (event.type === "response.output_text.delta") text += event.delta;
    expect(text.length).toBeGreaterThan(0);
    expect(await stream.finalText()).toBe(text);
    expect((await stream.finalResponse()).status).toBe("completed");
  });
});

describe("Google Gemini through the generated client", () => {
  it("plain: a candidate with parts and usageMetadata", async () => {
    const response = await client.gemini.generateContent({
      model: "gemini-2.5-flash",
      contents: [{ role: "user", parts: [{ text: "Say hello" }] }],
    });
    expect(response.candidates?.[0]?.content?.parts?.length).toBeGreaterThan(0);
    expect(response.usageMetadata?.totalTokenCount).toBeGreaterThan(0);
  });

  it("streaming through the binding: chunks add up to finalText()", async () => {
    const stream = await gemini25Flash.gemini.generateContent(client, {
      contents: [{ role: "user", parts: [{ text: "Say hello" }] }],
      stream: true,
    });
    let text = "";
    for await (const chunk of stream)
      for (const part of chunk.candidates?.[0]?.content?.parts ?? []) text += "text" in part ? part.text : "";
    expect(text.length).toBeGreaterThan(0);
    expect(await stream.finalText()).toBe(text);
  });
});
