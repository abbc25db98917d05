/*
 * Gemini specifics: how finalResponse() merges the chunks, when a stream
 * without a sentinel is complete, and Google's error objects.
 */
import { BadRequestError, InternalServerError, RateLimitError, StreamInterruptedError } from "apifree-typed";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GeminiAccumulator, responseText } from "../../src/runtime/resources/gemini-accumulator.js";
import { GEMINI, geminiBody } from "./support/protocol-fixtures.js";
import { testServers } from "./support/server.js";
import { pieces, protocolClient, sseResponse } from "./support/streams.js";

const serve = testServers();

async function finalOf(chunks: unknown[]): Promise<unknown> {
  const s = await serve(sseResponse(chunks.map((chunk) => `data: ${JSON.stringify(chunk)}\n\n`)));
  const stream = await protocolClient(s).gemini.generateContent({ ...geminiBody, stream: true });
  return stream.finalResponse().catch((e: unknown) => e);
}

const usage = (n: number) => ({ promptTokenCount: 4, totalTokenCount: 4 + n });
const chunk = (candidates: unknown[], extra: Record<string, unknown> = {}) => ({
  candidates,
  usageMetadata: usage(1),
  modelVersion: "gemini-x-001",
  ...extra,
});
const candidate = (parts: unknown[], extra: Record<string, unknown> = {}) => ({
  content: { role: "model", parts },
  ...extra,
});

function merged(chunks: unknown[]) {
  const acc = new GeminiAccumulator();
  for (const c of chunks) expect(acc.add(c)).toBe(false);
  return acc;
}

describe("GeminiAccumulator", () => {
  it("concatenates text however it is split, keeping thoughts and the answer apart", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.nat(), { maxLength: 8 }), (thought, answer, cuts) => {
        const split = (s: string) => pieces(s, cuts);
        const acc = merged([
          ...split(thought).map((text) => chunk([candidate([{ text, thought: true }])])),
          ...split(answer).map((text) => chunk([candidate([{ text }])])),
        ]);
        const parts = (acc.result() as any).candidates[0].content.parts;
        expect(parts).toEqual([{ text: thought, thought: true }, { text: answer }]);
        expect(responseText(acc.result())).toBe(answer);
        expect(acc.complete).toBe(false);
      }),
    );
  });

  it("keeps function calls and other parts as sent; text after them starts a new part; two signatures stay apart", () => {
    const call = { functionCall: { name: "f", args: { a: 1 } } };
    const acc = merged([
      chunk([candidate([{ text: "A" }, { text: "B", thoughtSignature: "s1" }])]),
      chunk([candidate([{ text: "C", thoughtSignature: "s2" }, call])]),
      chunk([candidate([call, { text: "D" }, { inlineData: { mimeType: "image/png", data: "AA==" } }])]),
    ]);
    expect((acc.result() as any).candidates[0].content.parts).toEqual([
      { text: "AB", thoughtSignature: "s1" },
      { text: "C", thoughtSignature: "s2" },
      call,
      call,
      { text: "D" },
      { inlineData: { mimeType: "image/png", data: "AA==" } },
    ]);
  });

  it("keeps the last finishReason, usageMetadata, modelVersion and responseId; candidates by index", () => {
    const acc = merged([
      chunk([candidate([{ text: "b0" }], { index: 1 }), candidate([{ text: "a0" }], { index: 0 })], {
        responseId: "r1",
      }),
      { candidates: [candidate([{ text: "a1" }], { index: 0, finishReason: "MAX_TOKENS" })], modelVersion: "v2" },
      chunk([candidate([{ text: "b1" }], { index: 1, finishReason: "STOP", safetyRatings: [] })], {
        usageMetadata: usage(7),
      }),
    ]);
    expect(acc.complete).toBe(true);
    expect(acc.result()).toEqual({
      candidates: [
        { index: 0, finishReason: "MAX_TOKENS", content: { role: "model", parts: [{ text: "a0a1" }] } },
        {
          index: 1,
          finishReason: "STOP",
          safetyRatings: [],
          content: { role: "model", parts: [{ text: "b0b1" }] },
        },
      ],
      usageMetadata: usage(7),
      modelVersion: "gemini-x-001",
      responseId: "r1",
    });
  });

  it("is complete once every candidate finished, or when the prompt was blocked", () => {
    const two = merged([
      chunk([candidate([{ text: "a" }], { index: 0 }), candidate([{ text: "b" }], { index: 1 })]),
      chunk([candidate([], { index: 0, finishReason: "STOP" })]),
    ]);
    expect(two.complete).toBe(false);
    two.add(chunk([candidate([], { index: 1, finishReason: "STOP" })]));
    expect(two.complete).toBe(true);
    const blocked = merged([{ promptFeedback: { blockReason: "SAFETY" }, usageMetadata: usage(0), modelVersion: "v" }]);
    expect(blocked.complete).toBe(true);
    expect(blocked.result()).toEqual({
      promptFeedback: { blockReason: "SAFETY" },
      usageMetadata: usage(0),
      modelVersion: "v",
    });
  });
});

describe("Gemini streams", () => {
  it("a body that ends after one of two candidates finished was cut", async () => {
    const error = await finalOf([
      chunk([candidate([{ text: "a" }], { index: 0 }), candidate([{ text: "b" }], { index: 1 })]),
      chunk([candidate([], { index: 0, finishReason: "STOP" })]),
    ]);
    expect(error).toBeInstanceOf(StreamInterruptedError);
    expect((error as Error).message).toContain("after 2 chunks without a chunk with a finishReason");
  });

  it("a blocked prompt ends a complete stream", async () => {
    expect(
      await finalOf([{ promptFeedback: { blockReason: "SAFETY" }, usageMetadata: usage(0), modelVersion: "v" }]),
    ).toEqual({
      promptFeedback: { blockReason: "SAFETY" },
      usageMetadata: usage(0),
      modelVersion: "v",
    });
  });

  it("Google's error objects: the HTTP status in code, the reason in status", async () => {
    const first = chunk([candidate([{ text: "a" }])]);
    const cases: Array<[number, string, new (...args: never[]) => Error]> = [
      [429, "RESOURCE_EXHAUSTED", RateLimitError],
      [400, "INVALID_ARGUMENT", BadRequestError],
      [500, "INTERNAL", InternalServerError],
    ];
    for (const [code, status, Class] of cases) {
      const error = await finalOf([first, { error: { code, message: `it was ${status}`, status } }]);
      expect(error).toBeInstanceOf(Class);
      expect(error).toMatchObject({ code: status, type: status, status: code, httpStatus: 200, model: GEMINI });
      expect((error as Error).message).toContain(`it was ${status}`);
    }
    const bare = await finalOf([first, { error: { code: 503, message: "down" } }]);
    expect(bare).toMatchObject({ code: "503", status: 503 });
  });
});
