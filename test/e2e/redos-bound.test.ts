import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { cleanTmp, compileSchemas } from "../codegen/zod/support.js";
import { chatDocument } from "../support/documents.js";

/*
 * A document's pattern cannot make the generated validator or the emulator
 * slow: each answers an attacking value within a generous multiple of the
 * time it takes on the same value under a trivial pattern, measured in the
 * same run (no absolute times). With backtracking RegExps these attacks take
 * from a second to minutes, against microseconds for the trivial pattern.
 */

const ATTACKS: Array<{ pattern: string; value: string }> = [
  { pattern: "^(a+)+$", value: `${"a".repeat(28)}!` },
  { pattern: "^(\\w+\\s?)*$", value: `${"a".repeat(45)}!` },
  { pattern: "^(a|aa)+$", value: `${"a".repeat(60)}b` },
];
const TRIVIAL = "^[a-z!]*$";
/** Generous: matching cost may differ by pattern, but never by orders of magnitude. */
const BOUND = 50;

function requestSchema(pattern: string): unknown {
  return {
    type: "object",
    required: ["model", "messages"],
    properties: {
      model: { type: "string" },
      messages: { type: "array" },
      user: { type: "string", pattern },
    },
  };
}

/** The fastest of a few rounds of `runs` calls: the least disturbed by other work on the machine. */
async function fastest(runs: number, call: () => unknown): Promise<number> {
  let best = Infinity;
  for (let round = 0; round < 5; round += 1) {
    const started = performance.now();
    for (let i = 0; i < runs; i += 1) await call();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

afterAll(cleanTmp);

describe("the generated validator", () => {
  it.each(ATTACKS)("answers $pattern within a bound of a trivial pattern", async ({ pattern, value }) => {
    const document = chatDocument(requestSchema(pattern), {
      components: { Trivial: requestSchema(TRIVIAL) },
    });
    const { validators } = await compileSchemas(document, [
      {
        exportName: "request",
        pointer: "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema",
      },
      { exportName: "trivial", pointer: "/components/schemas/Trivial" },
    ]);
    const body = { model: "m", messages: [], user: value };
    const check = (schema: z.ZodType) => () => schema.safeParse(body);
    expect(validators.request!.safeParse(body).success).toBe(false);
    const trivial = await fastest(200, check(validators.trivial!));
    const attacked = await fastest(200, check(validators.request!));
    expect(attacked).toBeLessThan(BOUND * trivial);
  });
});

describe("the emulator", () => {
  let emulator: Emulator;
  beforeAll(async () => {
    const models = [
      { id: "trivial", document: chatDocument(requestSchema(TRIVIAL)), apiMd: "# trivial\n" },
      ...ATTACKS.map((attack, index) => ({
        id: `attacked-${index}`,
        document: chatDocument(requestSchema(attack.pattern)),
        apiMd: "# attacked\n",
      })),
    ];
    const snapshot: Snapshot = {
      catalog: { object: "list", data: models.map((model) => ({ id: model.id, object: "model" })) },
      models,
    };
    emulator = await startEmulator({ snapshot });
  });
  afterAll(() => emulator.close());

  const chat = (model: string, user: string) =>
    fetch(`${emulator.url}/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer sk-test", "content-type": "application/json" },
      body: JSON.stringify({ model, messages: [{ role: "user", content: "hi" }], user }),
    }).then((response) => response.json() as Promise<{ error?: { message: string } }>);

  it.each(ATTACKS.map((attack, index) => ({ ...attack, model: `attacked-${index}` })))(
    "answers $pattern within a bound of a trivial pattern",
    async ({ value, model }) => {
      expect((await chat(model, value)).error?.message).toMatch(/invalid request/);
      const trivial = await fastest(10, () => chat("trivial", value));
      const attacked = await fastest(10, () => chat(model, value));
      expect(attacked).toBeLessThan(BOUND * trivial);
    },
  );

  it("keeps answering other requests while one is checked against an attacking pattern", async () => {
    const models = () => fetch(`${emulator.url}/models`).then((response) => response.json());
    const alone = await fastest(10, models);
    const attacks = ATTACKS.map((attack, index) => chat(`attacked-${index}`, attack.value));
    const beside = await fastest(10, models);
    await Promise.all(attacks);
    expect(beside).toBeLessThan(BOUND * alone);
  });
});
