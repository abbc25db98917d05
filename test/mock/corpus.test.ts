import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { CORPUS_DIR, CORPUS_SKIP_REASON, corpusDocuments } from "../support/corpus.js";
import { call, chunksOf } from "./fixtures.js";
import { replyChecker } from "./schemas.js";

/*
 * Real documents other people wrote, served as models. The emulator speaks
 * APIFree's wire (usage with `cost`, `usage: null` on chunks while
 * include_usage is set, no `delta.role` after the first chunk), so a few
 * documents that forbid exactly that cannot accept its replies; they are
 * listed here with the reason, and the test fails if that ever changes.
 */

const RESPONSE_CONFLICTS: Record<string, string> = {
  "mistral-chat-completions":
    "its usage object is closed (additionalProperties: false), so APIFree's usage.cost is refused",
  together: "its completion requires `prompt` and an object `logprobs`",
};
const CHUNK_CONFLICTS: Record<string, string> = {
  "huggingface-tgi": "its chunk requires delta.role (and more) in every chunk",
  together: "its chunk requires delta.role in every chunk",
};
/** Documents whose request schema has no `stream_options`, so include_usage cannot be asked. */
const NO_STREAM_OPTIONS = new Set(["groq", "mistral-chat-completions"]);
const USAGE_CHUNK_CONFLICTS: Record<string, string> = {
  openrouter: "its chunk `usage` must be an object, never the null APIFree sends before the usage chunk",
};

describe.skipIf(CORPUS_DIR === undefined)(
  `emulator serving corpus documents${CORPUS_DIR === undefined ? ` (skipped: ${CORPUS_SKIP_REASON})` : ""}`,
  () => {
    const documents = corpusDocuments();
    let emulator: Emulator;
    beforeAll(async () => {
      emulator = await startEmulator({
        snapshot: {
          catalog: {
            object: "list",
            data: documents.map((doc) => ({
              id: doc.name,
              object: "model",
              pricing: { input_per_million: 1, output_per_million: 2 },
            })),
          },
          models: documents.map((doc) => ({ id: doc.name, document: doc.document, apiMd: "" })),
        },
      });
    });
    afterAll(() => emulator?.close());

    const body = (model: string, extra: Record<string, unknown> = {}) => ({
      model,
      messages: [{ role: "user", content: "Hello from the corpus" }],
      ...extra,
    });

    it.each(documents.map((doc) => [doc.name, doc.document] as const))(
      "%s: replies fit the document's own schemas, except the listed conflicts",
      async (name, document) => {
        const check = replyChecker(document);
        const reply = await call(`${emulator.url}/chat/completions`, { body: body(name) });
        expect(reply.json).toMatchObject({ object: "chat.completion" });
        expect(
          check.response(reply.json).valid,
          RESPONSE_CONFLICTS[name] ?? JSON.stringify(check.response(reply.json).errors),
        ).toBe(!(name in RESPONSE_CONFLICTS));

        const streamed = chunksOf(
          (await call(`${emulator.url}/chat/completions`, { body: body(name, { stream: true }) })).text,
        );
        expect(streamed.length).toBeGreaterThan(3);
        const badChunks = streamed.filter((chunk) => !check.chunk(chunk).valid);
        if (name in CHUNK_CONFLICTS) expect(badChunks.length, CHUNK_CONFLICTS[name]).toBeGreaterThan(0);
        else expect(badChunks, name).toEqual([]);

        if (!NO_STREAM_OPTIONS.has(name)) {
          const withUsage = chunksOf(
            (
              await call(`${emulator.url}/chat/completions`, {
                body: body(name, { stream: true, stream_options: { include_usage: true } }),
              })
            ).text,
          );
          expect(withUsage.at(-1)!.usage).toMatchObject({ total_tokens: expect.any(Number), cost: expect.any(Number) });
          const badUsage = withUsage.filter((chunk) => !check.chunk(chunk).valid);
          if (name in USAGE_CHUNK_CONFLICTS || name in CHUNK_CONFLICTS)
            expect(badUsage.length, USAGE_CHUNK_CONFLICTS[name] ?? CHUNK_CONFLICTS[name]).toBeGreaterThan(0);
          else expect(badUsage, name).toEqual([]);
        }
      },
    );

    it("sends refusal: null where the message schema requires it (OpenAI) and not elsewhere", async () => {
      const openai = (await call(`${emulator.url}/chat/completions`, { body: body("openai") })).json as any;
      expect(openai.choices[0].message.refusal).toBeNull();
      const groq = (await call(`${emulator.url}/chat/completions`, { body: body("groq") })).json as any;
      expect(groq.choices[0].message).not.toHaveProperty("refusal");
    });

    it("validates requests with each document's schema", async () => {
      const openai = await call(`${emulator.url}/chat/completions`, { body: body("openai", { temperature: 3 }) });
      expect((openai.json as any).error.message).toBe("invalid request for model 'openai': /temperature: must be <= 2");
      const seed = await call(`${emulator.url}/chat/completions`, {
        body: body("azure-openai-2024-10-21", { seed: 1e19 }),
      });
      expect((seed.json as any).error.message).toMatch(
        /^invalid request for model 'azure-openai-2024-10-21': \/seed: must be <= 9223372036854776000/,
      );
    });
  },
);
