import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { REASONER, TEST_SNAPSHOT, TOOLER } from "./fixtures.js";

/*
 * The official SDK, unchanged, pointed at the emulator: proof that the
 * emulator speaks the protocol real clients speak.
 */

let emulator: Emulator;
let client: OpenAI;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: TEST_SNAPSHOT });
  client = new OpenAI({ apiKey: "sk-sdk-test", baseURL: emulator.url, maxRetries: 0 });
});
afterAll(() => emulator.close());

describe("openai SDK against the emulator", () => {
  it("a plain completion", async () => {
    const completion = await client.chat.completions.create({
      model: TOOLER,
      messages: [{ role: "user", content: "Say hello" }],
    });
    expect(completion.object).toBe("chat.completion");
    expect(completion.model).toBe(TOOLER);
    expect(completion.choices[0]!.message.role).toBe("assistant");
    expect(completion.choices[0]!.message.content!.length).toBeGreaterThan(0);
    expect(completion.choices[0]!.finish_reason).toBe("stop");
    expect(completion.usage!.total_tokens).toBe(completion.usage!.prompt_tokens + completion.usage!.completion_tokens);
    expect(emulator.requests.at(-1)!.headers.authorization).toBe("Bearer sk-sdk-test");
  });

  it("a stream, with usage, and the SDK's own accumulation of it", async () => {
    const whole = await client.chat.completions.create({
      model: REASONER,
      messages: [{ role: "user", content: "Stream please" }],
    });
    const stream = await client.chat.completions.create({
      model: REASONER,
      messages: [{ role: "user", content: "Stream please" }],
      stream: true,
      stream_options: { include_usage: true },
    });
    let text = "";
    let chunks = 0;
    let usage: OpenAI.CompletionUsage | null | undefined;
    let finish: string | null | undefined;
    for await (const chunk of stream) {
      chunks += 1;
      text += chunk.choices[0]?.delta.content ?? "";
      finish ??= chunk.choices[0]?.finish_reason;
      if (chunk.usage) usage = chunk.usage;
    }
    expect(chunks).toBeGreaterThan(3);
    expect(text).toBe(whole.choices[0]!.message.content);
    expect(finish).toBe("stop");
    expect(usage).toEqual(whole.usage);
  });

  it("a streamed tool call through the SDK's stream helper", async () => {
    const runner = client.chat.completions.stream({
      model: TOOLER,
      messages: [{ role: "user", content: "Use lookup" }],
      tools: [
        {
          type: "function",
          function: {
            name: "lookup",
            parameters: { type: "object", required: ["q"], properties: { q: { type: "string" } } },
          },
        },
      ],
      tool_choice: "required",
    });
    const final = await runner.finalChatCompletion();
    const toolCall = final.choices[0]!.message.tool_calls![0]!;
    expect(toolCall.type).toBe("function");
    expect(toolCall.type === "function" && JSON.parse(toolCall.function.arguments)).toEqual({ q: "example" });
    expect(final.choices[0]!.finish_reason).toBe("tool_calls");
  });

  it("errors surface as the SDK's own error classes", async () => {
    const malformed = client.chat.completions.create(
      { model: TOOLER, messages: [{ role: "user", content: "x" }] },
      { headers: { Authorization: "Basic abc" } },
    );
    await expect(malformed).rejects.toBeInstanceOf(OpenAI.AuthenticationError);
    const busy = client.chat.completions.create(
      { model: TOOLER, messages: [{ role: "user", content: "x" }] },
      { headers: { "x-apifree-mock-fault": "status=503" } },
    );
    await expect(busy).rejects.toBeInstanceOf(OpenAI.InternalServerError);
  });

  it("the SDK's retries honour the emulator's retry-after-ms", async () => {
    const retrying = new OpenAI({ apiKey: "sk-sdk-test", baseURL: emulator.url, maxRetries: 2 });
    const completion = await retrying.chat.completions.create(
      { model: TOOLER, messages: [{ role: "user", content: "retry me" }] },
      { headers: { "x-apifree-mock-fault": "status=503;retry-after-ms=1;times=2;id=sdk-retry" } },
    );
    expect(completion.object).toBe("chat.completion");
    const attempts = emulator.requests.filter((request) =>
      request.headers["x-apifree-mock-fault"]?.includes("id=sdk-retry"),
    );
    expect(attempts.map((request) => request.status)).toEqual([503, 503, 200]);
    expect(attempts.map((request) => request.headers["x-stainless-retry-count"])).toEqual(["0", "1", "2"]);
  });
});
