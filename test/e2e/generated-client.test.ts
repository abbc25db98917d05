import path from "node:path";
import { APIFreeError, RateLimitError, StreamInterruptedError, ValidationError } from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  type Client,
  createClient,
  deepseekAiDeepseekV4Flash,
  loadSchemas,
  openaiGpt41,
} from "../../generated/index.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";

/*
 * The committed generated/ tree driving the real runtime against the
 * emulator serving the bundled snapshot: what a user's code does, end to end.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
let emulator: Emulator;
let client: Client;
const user = [{ role: "user" as const, content: "Say hello" }];

beforeAll(async () => {
  emulator = await startEmulator({ snapshot: path.join(ROOT, "snapshot"), port: 0 });
  client = createClient({ apiKey: "sk-test-key", baseURL: emulator.url, maxRetries: 1 });
});
afterAll(() => emulator.close());

const chatRequests = () => emulator.requests.filter((request) => request.path === "/v1/chat/completions");

describe("generated client against the emulator", () => {
  it("completes a request, typed and validated, with usage and cost", async () => {
    const reply = await client.chat.completions.create({ model: "openai/gpt-4.1", messages: user, temperature: 0.2 });
    expect(reply.object).toBe("chat.completion");
    expect(reply.model).toBe("openai/gpt-4.1");
    expect(typeof reply.choices[0]?.message.content).toBe("string");
    expect(reply.usage?.cost).toBeGreaterThan(0);
  });

  it("streams a thinking model's chunks and accumulates reasoning and content", async () => {
    const stream = await client.chat.completions.create({
      model: "deepseek-ai/deepseek-v4-flash",
      messages: user,
      stream: true,
      stream_options: { include_usage: true },
    });
    let reasoning = "";
    for await (const chunk of stream) reasoning += chunk.choices[0]?.delta.reasoning_content ?? "";
    expect(reasoning.length).toBeGreaterThan(0);
    const completion = await stream.finalCompletion();
    expect(completion.choices[0]?.message.reasoning_content).toBe(reasoning);
    expect(completion.usage).toMatchObject({ total_tokens: expect.any(Number), cost: expect.any(Number) });
  });

  it("rejects a value the schema forbids before anything is sent", async () => {
    const before = chatRequests().length;
    // Types cannot say "at most 128000"; the validator can.
    const error = await client.chat.completions
      .create({ model: "openai/gpt-5.2", messages: user, max_completion_tokens: 1_000_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).code).toBe("validation_error");
    expect((error as Error).message).toMatch(/max_completion_tokens.*128000/);
    expect(chatRequests().length).toBe(before);
  });

  it("per-model bindings call the same client", async () => {
    const reply = await openaiGpt41.create(client, { messages: user, max_tokens: 16 });
    expect(reply.model).toBe("openai/gpt-4.1");
    const stream = await deepseekAiDeepseekV4Flash.create(client, { messages: user, stream: true });
    const completion = await stream.finalCompletion();
    expect(completion.choices[0]?.finish_reason).toMatch(/stop|length/);
  });

  it("turns an HTTP-200 error envelope into a typed error", async () => {
    const error = await client.chat.completions
      .create(
        { model: "openai/gpt-4.1", messages: user },
        { headers: { "x-apifree-mock-fault": "rate-limit=envelope;retry-after-ms=1" }, maxRetries: 0 },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error).toBeInstanceOf(APIFreeError);
    expect((error as APIFreeError).status).toBe(429);
  });

  it("raises when a stream is cut before [DONE]", async () => {
    const stream = await client.chat.completions.create(
      { model: "openai/gpt-4.1", messages: user, stream: true },
      { headers: { "x-apifree-mock-fault": "cut-after=2" } },
    );
    const consume = async () => {
      for await (const _chunk of stream) void _chunk;
    };
    await expect(consume()).rejects.toBeInstanceOf(StreamInterruptedError);
  });

  it("validates responses in strict mode with the model's own schemas", async () => {
    const strict = createClient({ apiKey: "sk-test-key", baseURL: emulator.url, validate: "strict" });
    const reply = await strict.chat.completions.create({ model: "qwen/qwen3-32b", messages: user });
    expect(reply.choices.length).toBe(1);
    const schemas = await loadSchemas("qwen/qwen3-32b");
    expect(schemas.response.safeParse(reply).success).toBe(true);
  });
});
