/*
 * The same completion and stream through this client and through the
 * official `openai` SDK, against the emulator: results compared field by
 * field. (The emulator's replies are a pure function of the body, so two
 * clients sending the same body get the same reply.)
 */

import { createClient } from "apifree-typed";
import OpenAI from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { CHAT, runtimeSnapshot, THINK } from "./support/emulator-snapshot.js";
import { loader } from "./support/fixtures.js";

const KEY = "sk-parity-key";
let emulator: Emulator;
let ours: ReturnType<typeof createClient<any>>;
let theirs: OpenAI;

beforeAll(async () => {
  emulator = await startEmulator({ snapshot: runtimeSnapshot, port: 0, apiKeys: [KEY] });
  ours = createClient<any>({ baseURL: emulator.url, apiKey: KEY, schemas: loader().load, validate: "strict" });
  theirs = new OpenAI({ baseURL: emulator.url, apiKey: KEY, maxRetries: 0 });
});
afterAll(() => emulator.close());

const tools = [
  {
    type: "function" as const,
    function: {
      name: "lookup",
      parameters: { type: "object", properties: { q: { type: "string" } }, required: ["q"] },
    },
  },
];

const cases: Array<[string, Record<string, unknown>]> = [
  ["plain", { model: CHAT, messages: [{ role: "user", content: "Say something" }] }],
  ["reasoning", { model: THINK, messages: [{ role: "user", content: "Think first" }], reasoning_effort: "high" }],
  ["tool call, 2 choices", { model: CHAT, messages: [{ role: "user", content: "please lookup this" }], tools, n: 2 }],
];

/** Field-by-field equality with a readable path on the first difference. */
function expectSameFields(a: unknown, b: unknown, path = "$"): void {
  if (a !== null && typeof a === "object" && b !== null && typeof b === "object") {
    expect(Array.isArray(a), `${path} kind`).toBe(Array.isArray(b));
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const key of keys)
      expectSameFields((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`);
    return;
  }
  expect(a, path).toStrictEqual(b);
}

describe("parity with the openai SDK against the emulator", () => {
  it.each(cases)("non-stream %s: same completion", async (_name, body) => {
    const a = await ours.chat.completions.create(body);
    const b = await theirs.chat.completions.create(body as never);
    expectSameFields(a, JSON.parse(JSON.stringify(b)));
  });

  it.each(cases)(
    "stream %s: same chunks, and the accumulated completion equals the non-stream one",
    async (_name, body) => {
      const streamBody = { ...body, stream: true, stream_options: { include_usage: true } };
      const a = await ours.chat.completions.create(streamBody);
      const ourChunks: unknown[] = [];
      for await (const chunk of a) ourChunks.push(chunk);
      const b = await theirs.chat.completions.create(streamBody as never);
      const theirChunks: unknown[] = [];
      for await (const chunk of b as unknown as AsyncIterable<unknown>) theirChunks.push(chunk);
      expect(ourChunks.length).toBe(theirChunks.length);
      ourChunks.forEach((chunk, i) => {
        expectSameFields(chunk, JSON.parse(JSON.stringify(theirChunks[i])), `chunk[${i}]`);
      });

      const ourFinal = await a.finalCompletion();
      const theirPlain = JSON.parse(JSON.stringify(await theirs.chat.completions.create(body as never)));
      expectSameFields(ourFinal, theirPlain);
    },
  );

  it("the SDK's own stream accumulator agrees with ours except where it drops reasoning pieces", async () => {
    const body = {
      model: THINK,
      messages: [{ role: "user" as const, content: "Compare accumulators" }],
      stream_options: { include_usage: true },
    };
    const ourStream = await ours.chat.completions.create({ ...body, stream: true });
    const ourFinal = await ourStream.finalCompletion();
    const theirFinal = JSON.parse(
      JSON.stringify(await theirs.chat.completions.stream(body as never).finalChatCompletion()),
    ) as typeof ourFinal;
    const reasoning = ourFinal.choices[0]!.message.reasoning_content!;
    // openai-node assigns unknown delta fields instead of concatenating them: it keeps only the last piece.
    const theirReasoning = theirFinal.choices[0]!.message.reasoning_content as string;
    expect(reasoning.slice(-theirReasoning.length)).toBe(theirReasoning);
    expect(reasoning.length).toBeGreaterThan(theirReasoning.length);
    for (const choice of theirFinal.choices) {
      // The SDK's helper adds refusal: null and parsed: null to every message.
      delete (choice.message as Record<string, unknown>).refusal;
      delete (choice.message as Record<string, unknown>).parsed;
      delete choice.message.reasoning_content;
    }
    for (const choice of ourFinal.choices) delete choice.message.reasoning_content;
    expectSameFields(ourFinal, theirFinal);
  });
});
