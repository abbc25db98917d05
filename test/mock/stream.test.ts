import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, chunksOf, hello, MINI, REASONER, sseData, TEST_SNAPSHOT, TOOLER } from "./fixtures.js";
import { replyChecker } from "./schemas.js";

let emulator: Emulator;
let chat: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: TEST_SNAPSHOT });
  chat = `${emulator.url}/chat/completions`;
});
afterAll(() => emulator.close());

const checkers = Object.fromEntries(TEST_SNAPSHOT.models.map((model) => [model.id, replyChecker(model.document)]));

async function stream(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await call(chat, { body: { ...body, stream: true }, headers });
  expect(reply.status).toBe(200);
  expect(reply.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  return { reply, data: sseData(reply.text), chunks: chunksOf(reply.text) };
}

const contentOf = (chunks: Array<Record<string, any>>, index = 0) =>
  chunks.map((chunk) => chunk.choices.find((choice: any) => choice.index === index)?.delta?.content ?? "").join("");

describe("streams", () => {
  it("frames every chunk as one data event and ends with [DONE]; every chunk fits the model's chunk schema", async () => {
    for (const model of [REASONER, MINI, TOOLER]) {
      const { reply, data, chunks } = await stream(hello(model));
      expect(reply.text).toMatch(/data: \[DONE\]\n\n$/);
      expect(
        reply.text
          .split("\n\n")
          .filter((block) => block !== "")
          .filter((block) => !/^data: [^\n]+$/.test(block)),
      ).toEqual([]);
      expect(data.at(-1)).toBe("[DONE]");
      expect(data.filter((entry) => entry === "[DONE]")).toHaveLength(1);
      expect(chunks.length).toBeGreaterThanOrEqual(4);
      for (const chunk of chunks)
        expect(checkers[model]!.chunk(chunk), `${model} ${JSON.stringify(chunk)}`).toEqual({ valid: true, errors: [] });
      expect(chunks[0]!.choices[0]).toEqual({
        index: 0,
        delta: { role: "assistant", content: "" },
        finish_reason: null,
        logprobs: null,
      });
      expect(chunks.at(-1)!.choices[0]).toEqual({ index: 0, delta: {}, finish_reason: "stop", logprobs: null });
      expect(chunks.filter((chunk) => "usage" in chunk)).toEqual([]);
      expect(new Set(chunks.map((chunk) => chunk.id)).size).toBe(1);
    }
  });

  it("says the same as the non-stream reply", async () => {
    for (const model of [REASONER, MINI]) {
      const whole = (await call(chat, { body: hello(model) })).json as any;
      const { chunks } = await stream(hello(model));
      expect(chunks[0]!.id).toBe(whole.id);
      expect(contentOf(chunks)).toBe(whole.choices[0].message.content);
    }
  });

  it("streams reasoning_content first for models whose chunk schema has it", async () => {
    const whole = (await call(chat, { body: hello(REASONER) })).json as any;
    const { chunks } = await stream(hello(REASONER));
    const reasoning = chunks.map((chunk) => chunk.choices[0]?.delta?.reasoning_content ?? "").join("");
    expect(reasoning).toBe(whole.choices[0].message.reasoning_content);
    const firstContent = chunks.findIndex((chunk) => (chunk.choices[0]?.delta?.content ?? "") !== "");
    const lastReasoning = chunks.findLastIndex((chunk) => chunk.choices[0]?.delta?.reasoning_content !== undefined);
    expect(lastReasoning).toBeLessThan(firstContent);
    const mini = await stream(hello(MINI));
    expect(mini.chunks.filter((chunk) => chunk.choices[0]?.delta?.reasoning_content !== undefined)).toEqual([]);
  });

  it("with include_usage: usage null on every chunk, then a choices-less usage chunk equal to the non-stream usage", async () => {
    for (const model of [REASONER, MINI, TOOLER]) {
      const whole = (await call(chat, { body: hello(model) })).json as any;
      const { chunks } = await stream(hello(model, { stream_options: { include_usage: true } }));
      const last = chunks.at(-1)!;
      expect(last.choices).toEqual([]);
      expect(last.usage).toEqual(whole.usage);
      expect(chunks.slice(0, -1).map((chunk) => chunk.usage)).toEqual(chunks.slice(0, -1).map(() => null));
      for (const chunk of chunks) expect(checkers[model]!.chunk(chunk).valid).toBe(true);
    }
  });

  it("stops with finish_reason length when max tokens run out", async () => {
    const { chunks } = await stream(hello(MINI, { max_tokens: 3, stream_options: { include_usage: true } }));
    const pieces = chunks.filter((chunk) => (chunk.choices[0]?.delta?.content ?? "") !== "");
    expect(pieces).toHaveLength(3);
    expect(chunks.at(-2)!.choices[0].finish_reason).toBe("length");
    expect(chunks.at(-1)!.usage.completion_tokens).toBe(3);
  });

  it("interleaves the choices of n > 1", async () => {
    const whole = (await call(chat, { body: hello(TOOLER, { n: 2 }) })).json as any;
    const { chunks } = await stream(hello(TOOLER, { n: 2 }));
    expect(chunks[0]!.choices[0].index).toBe(0);
    expect(chunks[1]!.choices[0].index).toBe(1);
    expect(contentOf(chunks, 0)).toBe(whole.choices[0].message.content);
    expect(contentOf(chunks, 1)).toBe(whole.choices[1].message.content);
    const finishes = chunks
      .filter((chunk) => chunk.choices[0]?.finish_reason === "stop")
      .map((chunk) => chunk.choices[0].index);
    expect(finishes.sort()).toEqual([0, 1]);
  });

  it("emits exactly N content chunks when asked by x-apifree-mock-chunks (benchmarks)", async () => {
    const { chunks, data } = await stream(hello(MINI, { stream_options: { include_usage: true } }), {
      "x-apifree-mock-chunks": "10000",
    });
    const content = chunks.filter(
      (chunk) => chunk.choices[0]?.delta?.content !== undefined && chunk.choices[0].delta.content !== "",
    );
    expect(content).toHaveLength(10000);
    expect(chunks.at(-1)!.usage.completion_tokens).toBe(10000);
    expect(data.at(-1)).toBe("[DONE]");
    const entry = emulator.requests.at(-1)!;
    expect(entry.chunks).toBe(chunks.length);
    const refused = await call(chat, {
      body: hello(MINI, { stream: true }),
      headers: { "x-apifree-mock-chunks": "lots" },
    });
    expect(refused.status).toBe(400);
  });
});
