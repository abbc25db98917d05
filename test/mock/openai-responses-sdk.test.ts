import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { PLATFORM_SNAPSHOT, RESP, RESP_LITE } from "./platform/snapshot.js";

/*
 * The official openai SDK's Responses API, unchanged, against the emulator:
 * its stream accumulator throws on an event out of place (a delta for an
 * item or part it was not told about), so a passing stream is one the SDK
 * can read.
 */

let emulator: Emulator;
let client: OpenAI;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: PLATFORM_SNAPSHOT });
  client = new OpenAI({ apiKey: "sk-sdk-test", baseURL: emulator.url, maxRetries: 0 });
});
afterAll(() => emulator.close());

const lookup = {
  type: "function" as const,
  name: "lookup",
  strict: false,
  parameters: { type: "object", required: ["q"], properties: { q: { type: "string" } } },
};

describe("openai SDK responses against the emulator", () => {
  it("responses.create: a plain response, with the SDK's output_text", async () => {
    const response = await client.responses.create({ model: RESP_LITE, input: "Say hello" });
    expect(response).toMatchObject({ object: "response", status: "completed", model: RESP_LITE });
    expect(response.output_text.length).toBeGreaterThan(0);
    expect(response.usage!.total_tokens).toBe(response.usage!.input_tokens + response.usage!.output_tokens);
    expect(emulator.requests.at(-1)!.headers.authorization).toBe("Bearer sk-sdk-test");
  });

  it("responses.create with stream: true: every event in sequence, the last one the whole response", async () => {
    const body = {
      model: RESP,
      input: "Stream please",
      reasoning: { effort: "low" as const, summary: "auto" as const },
    };
    const whole = await client.responses.create(body);
    const stream = await client.responses.create({ ...body, stream: true });
    const sequence: number[] = [];
    let text = "";
    let completed: OpenAI.Responses.Response | undefined;
    for await (const event of stream) {
      sequence.push(event.sequence_number);
      if (event.type === "response.output_text.delta") text += event.delta;
      if (event.type === "response.completed") completed = event.response;
    }
    expect(sequence).toEqual(sequence.map((_value, index) => index));
    expect(text).toBe(whole.output_text);
    expect(completed?.id).toBe(whole.id);
    expect(completed?.usage).toEqual(whole.usage);
  });

  it("responses.stream() and finalResponse(): the SDK's own accumulation equals the plain response", async () => {
    const body = { model: RESP, input: "Think", reasoning: { effort: "low" as const, summary: "auto" as const } };
    const whole = await client.responses.create(body);
    const runner = client.responses.stream(body);
    let deltas = "";
    runner.on("response.output_text.delta", (event) => {
      deltas += event.delta;
    });
    const final = await runner.finalResponse();
    // finalResponse() parses the text parts: it adds `parsed: null` to each.
    expect(final.output).toMatchObject(whole.output);
    expect(final.output_text).toBe(whole.output_text);
    expect(deltas).toBe(whole.output_text);
    expect(final.output.map((item) => item.type)).toEqual(["reasoning", "message"]);
  });

  it("responses.stream() with a function tool: arguments accumulated from their deltas", async () => {
    const runner = client.responses.stream({ model: RESP, input: "Find it", tools: [lookup], tool_choice: "required" });
    const final = await runner.finalResponse();
    const call = final.output.find((item) => item.type === "function_call");
    expect(call).toMatchObject({ type: "function_call", name: "lookup", status: "completed" });
    expect(call?.type === "function_call" && JSON.parse(call.arguments)).toEqual({ q: "example" });
  });

  it("errors: HTTP statuses as the SDK's classes, and the stream's error event reaches the caller", async () => {
    await expect(
      client.responses.create({ model: RESP_LITE, input: "x" }, { headers: { "x-apifree-mock-fault": "status=503" } }),
    ).rejects.toBeInstanceOf(OpenAI.InternalServerError);
    const stream = await client.responses.create(
      { model: RESP_LITE, input: "x", stream: true },
      { headers: { "x-apifree-mock-fault": "error-after=2" } },
    );
    const seen: string[] = [];
    for await (const event of stream) seen.push(event.type);
    expect(seen).toEqual(["response.created", "response.output_item.added", "error"]);
  });
});
