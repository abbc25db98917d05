import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { locateOperations } from "../../src/openapi/operations.js";
import type { StoredSnapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { ROOT } from "../support/built-dist.js";
import { call, chunksOf } from "./fixtures.js";
import { replyChecker } from "./schemas.js";

/*
 * Every model of the bundled catalog (snapshot/), served by the emulator:
 * each reply form must validate against that model's own response / chunk
 * schema, checked by the oracle. This is what "the catalog's schemas accept
 * exactly what the emulator replies" (wire.md) means in practice.
 */

const SNAPSHOT_DIR = path.join(ROOT, "snapshot");
const present = existsSync(path.join(SNAPSHOT_DIR, "manifest.json"));

const lookupTool = {
  type: "function",
  function: {
    name: "lookup_order",
    description: "Find an order",
    parameters: {
      type: "object",
      required: ["order_id", "include_items"],
      properties: { order_id: { type: "string" }, include_items: { type: "boolean" } },
    },
  },
};

describe.skipIf(!present)(
  `bundled catalog through the emulator${present ? "" : " (skipped: snapshot/manifest.json does not exist yet)"}`,
  () => {
    let snapshot: StoredSnapshot;
    let emulator: Emulator;
    beforeAll(async () => {
      snapshot = await readSnapshot(SNAPSHOT_DIR);
      emulator = await startEmulator({ snapshot });
    });
    afterAll(() => emulator?.close());

    async function ask(body: Record<string, unknown>) {
      const reply = await call(`${emulator.url}/chat/completions`, { body });
      const error = (reply.json as any)?.error;
      if (error !== undefined) throw new Error(`${body.model}: ${error.message}`);
      return reply;
    }

    it("serves every model", () => {
      expect(snapshot.models.length).toBeGreaterThanOrEqual(30);
    });

    const entryOf = (id: string) => snapshot.catalog.data.find((entry) => entry.id === id) as any;
    // This file is about chat; each other protocol has its own catalog test.
    const chatModels = () =>
      snapshot.models.filter((model) =>
        locateOperations(model.document).operations.some((operation) => operation.key === "chat.completions"),
      );

    it("every model: completion, stream, stream with usage, and a capped reply validate against the model's schemas", async () => {
      const failures: string[] = [];
      for (const model of chatModels()) {
        const streams = entryOf(model.id)?.capabilities?.streaming !== false;
        const check = replyChecker(model.document);
        const base = { model: model.id, messages: [{ role: "user", content: "Hello, who are you?" }] };
        const expectValid = (what: string, result: { valid: boolean; errors: unknown[] }, value: unknown) => {
          if (!result.valid)
            failures.push(
              `${model.id} ${what}: ${JSON.stringify(result.errors.slice(0, 3))} in ${JSON.stringify(value).slice(0, 400)}`,
            );
        };
        const completion = (await ask(base)).json;
        expectValid("completion", check.response(completion), completion);
        if (streams) {
          for (const chunk of chunksOf((await ask({ ...base, stream: true })).text))
            expectValid("chunk", check.chunk(chunk), chunk);
          const withUsage = chunksOf(
            (await ask({ ...base, stream: true, stream_options: { include_usage: true } })).text,
          );
          expect(withUsage.at(-1)!.usage, model.id).toMatchObject({ cost: expect.any(Number) });
          for (const chunk of withUsage) expectValid("chunk with usage", check.chunk(chunk), chunk);
        } else {
          const refused = await call(`${emulator.url}/chat/completions`, { body: { ...base, stream: true } });
          expect((refused.json as any).error?.message, model.id).toMatch(/\/stream/);
        }
        const capField = JSON.stringify(model.document).includes('"max_completion_tokens"')
          ? "max_completion_tokens"
          : "max_tokens";
        const capped = (await ask({ ...base, [capField]: 2 })).json as any;
        expect(capped.choices[0].finish_reason, model.id).toBe("length");
        expectValid("capped completion", check.response(capped), capped);
      }
      expect(failures).toEqual([]);
    });

    it("tool-capable models: a forced tool call validates, streamed and not", async () => {
      const failures: string[] = [];
      const toolModels = chatModels().filter((model) => entryOf(model.id)?.capabilities?.tools === true);
      expect(toolModels.length).toBeGreaterThan(0);
      for (const model of toolModels) {
        const check = replyChecker(model.document);
        // Whichever way of forcing the call the model accepts: required, named, or auto with the name in the text.
        const variants = [
          { tool_choice: "required" },
          { tool_choice: { type: "function", function: { name: "lookup_order" } } },
          { tool_choice: "auto" },
          {},
        ];
        let body: Record<string, unknown> | undefined;
        let completion: any;
        for (const variant of variants) {
          const candidate = {
            model: model.id,
            messages: [{ role: "user", content: "Please lookup_order 42" }],
            tools: [lookupTool],
            ...variant,
          };
          const reply = await call(`${emulator.url}/chat/completions`, { body: candidate });
          if ((reply.json as any).error === undefined) {
            body = candidate;
            completion = reply.json;
            break;
          }
        }
        expect(body, `${model.id} accepts no tool request`).toBeDefined();
        expect(completion.choices[0].message.tool_calls[0].function, model.id).toEqual({
          name: "lookup_order",
          arguments: '{"order_id":"example","include_items":true}',
        });
        const result = check.response(completion);
        if (!result.valid) failures.push(`${model.id} tool completion: ${JSON.stringify(result.errors.slice(0, 3))}`);
        if (entryOf(model.id)?.capabilities?.streaming === false) continue;
        for (const chunk of chunksOf((await ask({ ...body, stream: true })).text)) {
          const verdict = check.chunk(chunk);
          if (!verdict.valid)
            failures.push(
              `${model.id} tool chunk: ${JSON.stringify(verdict.errors.slice(0, 3))} in ${JSON.stringify(chunk)}`,
            );
        }
      }
      expect(failures).toEqual([]);
    });

    it("reasoning models think aloud where their schema says so", async () => {
      const reasoning = snapshot.models.filter((model) =>
        JSON.stringify(model.document).includes('"reasoning_content"'),
      );
      expect(reasoning.length).toBeGreaterThan(0);
      for (const model of reasoning) {
        const completion = (await ask({ model: model.id, messages: [{ role: "user", content: "Think first" }] }))
          .json as any;
        expect(completion.usage.completion_tokens_details?.reasoning_tokens, model.id).toBeGreaterThan(0);
      }
    });
  },
);
