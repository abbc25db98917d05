import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costOf, type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, MINI } from "./fixtures.js";
import { geminiDocument } from "./platform/gemini-document.js";
import { GEMINI, PLATFORM_SNAPSHOT, sseEvents } from "./platform/snapshot.js";
import { operationChecker } from "./schemas.js";

let emulator: Emulator;
let url: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: PLATFORM_SNAPSHOT });
  // At the origin, outside /v1.
  url = `${emulator.url.replace(/\/v1$/, "")}/google/gemini`;
});
afterAll(() => emulator.close());

const checker = operationChecker(geminiDocument, "gemini");
const VALID = { valid: true, errors: [] };

const ask = (text: string, extra: Record<string, unknown> = {}) => ({
  model: GEMINI,
  contents: [{ role: "user", parts: [{ text }] }],
  ...extra,
});
const thoughts = { generationConfig: { thinkingConfig: { includeThoughts: true } } };
const lookup = {
  functionDeclarations: [
    { name: "lookup", parameters: { type: "object", required: ["q"], properties: { q: { type: "string" } } } },
  ],
};

async function stream(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await call(url, { body: { ...body, stream: true }, headers });
  expect(reply.status).toBe(200);
  expect(reply.text).not.toContain("[DONE]");
  const events = sseEvents(reply.text);
  expect(events.every((event) => event.event === undefined)).toBe(true);
  return events.map((event) => JSON.parse(event.data) as Record<string, any>);
}

const textOf = (chunks: Array<Record<string, any>>, thought: boolean) =>
  chunks
    .flatMap((chunk) => chunk.candidates?.[0]?.content.parts ?? [])
    .filter((part: any) => typeof part.text === "string" && (part.thought === true) === thought)
    .map((part: any) => part.text)
    .join("");

describe("POST /google/gemini: the request", () => {
  it("is served at the origin, refuses bad bodies and other models with HTTP-200 envelopes", async () => {
    expect((await call(`${emulator.url}/google/gemini`, { body: ask("hi") })).status).toBe(404);
    const typo = await call(url, { body: ask("hi", { generationConfig: { maxOutputToken: 5 } }) });
    expect(typo.status).toBe(200);
    expect((typo.json as any).error.message).toMatch(
      /^invalid request for model 'google\/gemini-test': \/generationConfig(\/maxOutputToken)?: /,
    );
    const range = await call(url, { body: ask("hi", { generationConfig: { temperature: 2.5 } }) });
    expect((range.json as any).error.message).toBe(
      `invalid request for model '${GEMINI}': /generationConfig/temperature: must be <= 2`,
    );
    const other = await call(url, { body: { ...ask("hi"), model: MINI } });
    expect(other.json).toEqual({
      code: 400,
      error: {
        code: "invalid_request_error",
        message: `model '${MINI}' does not serve the gemini operation; its document declares: chat.completions`,
        type: "invalid_request_error",
      },
    });
  });
});

describe("POST /google/gemini: the reply", () => {
  it("is a valid GenerateContentResponse with usageMetadata in Google's fields and APIFree's cost", async () => {
    const body = (await call(url, { body: ask("Why is the sky blue?") })).json as any;
    expect(checker.response(body)).toEqual(VALID);
    expect(body.modelVersion).toBe(GEMINI);
    const [candidate] = body.candidates;
    expect(candidate).toMatchObject({ finishReason: "STOP", index: 0, content: { role: "model" } });
    // The model thinks by default (the catalog says it reasons); the thoughts are counted, not shown.
    expect(candidate.content.parts).toEqual([{ text: expect.any(String) }]);
    const usage = body.usageMetadata;
    expect(usage.candidatesTokenCount).toBe(candidate.content.parts[0].text.split(" ").length);
    expect(usage.thoughtsTokenCount).toBeGreaterThan(0);
    expect(usage.totalTokenCount).toBe(usage.promptTokenCount + usage.candidatesTokenCount + usage.thoughtsTokenCount);
    const output = usage.candidatesTokenCount + usage.thoughtsTokenCount;
    expect(usage.cost).toBe(costOf(usage.promptTokenCount, output, { inputPerMillion: 0.3, outputPerMillion: 2.5 }));
    const off = (await call(url, { body: ask("hi", { generationConfig: { thinkingConfig: { thinkingBudget: 0 } } }) }))
      .json as any;
    expect(off.usageMetadata.thoughtsTokenCount).toBeUndefined();
  });

  it("shows thought parts with includeThoughts, answers several candidates, calls functions", async () => {
    const thinking = (await call(url, { body: ask("hi", thoughts) })).json as any;
    expect(checker.response(thinking)).toEqual(VALID);
    expect(thinking.candidates[0].content.parts.map((part: any) => part.thought === true)).toEqual([true, false]);
    const many = (await call(url, { body: ask("hi", { generationConfig: { candidateCount: 3 } }) })).json as any;
    expect(checker.response(many)).toEqual(VALID);
    expect(many.candidates.map((candidate: any) => candidate.index)).toEqual([0, 1, 2]);
    const called = (
      await call(url, {
        body: ask("x", { tools: [lookup], toolConfig: { functionCallingConfig: { mode: "ANY" } } }),
      })
    ).json as any;
    expect(checker.response(called)).toEqual(VALID);
    expect(called.candidates[0]).toMatchObject({
      content: { parts: [{ functionCall: { name: "lookup", args: { q: "example" } } }] },
      finishReason: "STOP",
    });
    const none = (
      await call(url, {
        body: ask("use lookup", { tools: [lookup], toolConfig: { functionCallingConfig: { mode: "NONE" } } }),
      })
    ).json as any;
    expect(none.candidates[0].content.parts[0].text).toEqual(expect.any(String));
    expect((await call(url, { body: ask("use lookup", { tools: [lookup] }) })).json).toMatchObject({
      candidates: [{ content: { parts: [{ functionCall: { name: "lookup" } }] } }],
    });
  });

  it("stops with MAX_TOKENS; a function call that does not fit is not made", async () => {
    const short = (await call(url, { body: ask("hi", { generationConfig: { maxOutputTokens: 2 } }) })).json as any;
    expect(checker.response(short)).toEqual(VALID);
    expect(short.candidates[0].finishReason).toBe("MAX_TOKENS");
    const cut = (
      await call(url, {
        body: ask("x", {
          tools: [lookup],
          toolConfig: { functionCallingConfig: { mode: "ANY" } },
          generationConfig: { maxOutputTokens: 1, thinkingConfig: { thinkingBudget: 0 } },
        }),
      })
    ).json as any;
    expect(checker.response(cut)).toEqual(VALID);
    expect(cut.candidates[0]).toMatchObject({ content: { parts: [{ text: "" }] }, finishReason: "MAX_TOKENS" });
  });
});

describe("POST /google/gemini: the stream", () => {
  it("sends unnamed data events, each a valid GenerateContentResponse; the last has finishReason and the final usage", async () => {
    const body = ask("hi", thoughts);
    const whole = (await call(url, { body })).json as any;
    const chunks = await stream(body);
    for (const chunk of chunks) expect(checker.event(chunk), JSON.stringify(chunk)).toEqual(VALID);
    expect(chunks.slice(0, -1).every((chunk) => chunk.candidates[0].finishReason === undefined)).toBe(true);
    expect(chunks.at(-1)!.candidates[0].finishReason).toBe("STOP");
    expect(chunks.at(-1)!.usageMetadata).toEqual(whole.usageMetadata);
    expect(textOf(chunks, false)).toBe(whole.candidates[0].content.parts[1].text);
    expect(textOf(chunks, true)).toBe(whole.candidates[0].content.parts[0].text);
    const counted = chunks.map((chunk) => chunk.usageMetadata.candidatesTokenCount);
    expect(counted).toEqual([...counted].sort((a, b) => a - b));
    expect(new Set(chunks.map((chunk) => chunk.responseId))).toEqual(new Set([whole.responseId]));
  });

  it("sends a function call whole in one chunk, and interleaves candidates", async () => {
    const called = await stream(ask("x", { tools: [lookup], toolConfig: { functionCallingConfig: { mode: "ANY" } } }));
    expect(called).toHaveLength(1);
    expect(called[0]!.candidates[0].content.parts[0].functionCall).toEqual({ name: "lookup", args: { q: "example" } });
    const whole = (await call(url, { body: ask("hi", { generationConfig: { candidateCount: 2 } }) })).json as any;
    const chunks = await stream(ask("hi", { generationConfig: { candidateCount: 2 } }));
    for (const chunk of chunks) expect(checker.event(chunk)).toEqual(VALID);
    expect(chunks[0]!.candidates[0].index).toBe(0);
    expect(chunks[1]!.candidates[0].index).toBe(1);
    for (const index of [0, 1]) {
      const own = chunks.filter((chunk) => chunk.candidates[0].index === index);
      expect(textOf(own, false)).toBe(whole.candidates[index].content.parts[0].text);
      expect(own.at(-1)!.candidates[0].finishReason).toBe("STOP");
    }
  });

  it("sends exactly N text chunks when asked by x-apifree-mock-chunks", async () => {
    const chunks = await stream(ask("hi"), { "x-apifree-mock-chunks": "5000" });
    expect(chunks).toHaveLength(5000);
    expect(chunks.at(-1)!.usageMetadata.candidatesTokenCount).toBe(5000);
  });
});
