import { type APIFreeError, bindModel, createClient, UnknownModelError, ValidationError } from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { completion, hello, loader, MODEL } from "./support/fixtures.js";
import { sendJson, startServer, type TestServer } from "./support/server.js";

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res) => sendJson(res, 200, completion()));
});
afterAll(() => server.close());

function client(validate?: "request" | "strict" | "off") {
  const schemas = loader();
  return {
    schemas,
    client: createClient<any>({ baseURL: server.url, apiKey: "sk-test-key", schemas: schemas.load, validate }),
  };
}

describe("request validation", () => {
  it("lists every bad field by path with the constraint it broke, and sends nothing", async () => {
    const before = server.requests.length;
    const { client: c } = client();
    const error = await c.chat.completions
      .create({
        model: MODEL,
        messages: [{ role: "user", content: 5 }],
        temperature: 3,
        reasoning_effort: "max",
        colour: "blue",
        max_tokens: 1.5,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    const v = error as ValidationError;
    expect(v.code).toBe("validation_error");
    expect(v.status).toBeUndefined();
    expect(v.model).toBe(MODEL);
    const fields = Object.fromEntries(v.issues.map((i) => [i.field, i.message]));
    expect(Object.keys(fields).sort()).toEqual([
      "colour",
      "max_tokens",
      "messages[0].content",
      "reasoning_effort",
      "temperature",
    ]);
    expect(fields.temperature).toMatch(/<=\s*2/);
    expect(fields.reasoning_effort).toMatch(/"low"\|"medium"\|"high"/);
    expect(fields.colour).toMatch(/unknown field/);
    expect(fields.max_tokens).toMatch(/int/);
    expect(v.issues.find((i) => i.field === "messages[0].content")?.pointer).toBe("/messages/0/content");
    for (const field of Object.keys(fields)) expect(v.message).toContain(`- ${field}: `);
    expect(v.message).toContain(`model '${MODEL}'`);
    expect(server.requests.length).toBe(before);
  });

  it("reports a missing required field and a bad discriminator", async () => {
    const { client: c } = client();
    const missing = (await c.chat.completions.create({ model: MODEL }).catch((e: unknown) => e)) as ValidationError;
    expect(missing.issues.map((i) => i.field)).toEqual(["messages"]);
    const role = (await c.chat.completions
      .create({ model: MODEL, messages: [{ role: "robot", content: "x" }] })
      .catch((e: unknown) => e)) as ValidationError;
    expect(role.issues[0]?.field).toBe("messages[0].role");
  });

  it("rejects an id the schema loader does not know, naming it, before sending", async () => {
    const before = server.requests.length;
    const { client: c } = client();
    const error = await c.chat.completions.create({ model: "vendor/nope", messages: [] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnknownModelError);
    expect((error as APIFreeError).code).toBe("unknown_model");
    expect((error as Error).message).toContain("'vendor/nope'");
    // A command the user's own project can run: no npm script of this repository.
    expect((error as Error).message).toContain("`npx apifree-codegen codegen`");
    expect(server.requests.length).toBe(before);
  });

  it("rejects a body without a model", async () => {
    const { client: c } = client();
    await expect(c.chat.completions.create({ messages: [] })).rejects.toMatchObject({ code: "validation_error" });
    await expect(c.chat.completions.create(null)).rejects.toBeInstanceOf(ValidationError);
  });

  it("sends the caller's own body, serialised once, and loads a model's validators once", async () => {
    const { client: c, schemas } = client();
    const body = { ...hello, temperature: 0.5, stream_options: null };
    for (let i = 0; i < 3; i++) await c.chat.completions.create(body);
    expect(schemas.calls).toEqual([MODEL]);
    const sent = server.requests.at(-1)!;
    expect(sent.body).toBe(JSON.stringify(body));
    expect(sent.url).toBe("/v1/chat/completions");
    expect(sent.headers["content-type"]).toBe("application/json");
    expect(sent.headers.authorization).toBe("Bearer sk-test-key");
  });

  it('sends an invalid body untouched with validate: "off"', async () => {
    const { client: c, schemas } = client("off");
    const body = { model: MODEL, messages: [], temperature: 9 };
    await c.chat.completions.create(body);
    expect(server.requests.at(-1)!.body).toBe(JSON.stringify(body));
    expect(schemas.calls).toEqual([]);
  });

  it("a body JSON cannot express is a validation error", async () => {
    const { client: c } = client("off");
    const error = await c.chat.completions.create({ model: MODEL, n: 1n }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
  });
});

describe("what a validation error quotes is capped", () => {
  const huge = "E".repeat(5 * 1024 * 1024);
  const many = Array.from({ length: 1000 }, (_, i) => `option-${i}`);
  const request = z.strictObject({
    model: z.string(),
    messages: z.array(z.unknown()),
    big: z.enum([huge, "small"]).optional(),
    one: z.literal(huge).optional(),
    wide: z.enum(many).optional(),
    either: z.union([z.literal(huge), z.number()]).optional(),
  });
  it("a 5 MB enum value, a long enum list, a 5 MB key: short messages that count what they left out", async () => {
    const c = createClient<any>({
      baseURL: server.url,
      apiKey: "sk-test-key",
      schemas: async () => ({ request, response: z.unknown(), chunk: z.unknown() }),
    });
    const error = (await c.chat.completions
      .create({ model: MODEL, messages: [], big: "x", one: "x", wide: "x", either: "x", [huge]: 1 })
      .catch((e: unknown) => e)) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.message.length).toBeLessThan(4_000);
    for (const issue of error.issues) {
      expect(issue.message.length).toBeLessThan(1_000);
      expect(issue.field.length).toBeLessThan(200);
    }
    const byField = Object.fromEntries(error.issues.map((i) => [i.field, i.message]));
    expect(byField.big).toMatch(/^Invalid option: expected one of "E{80}"… \(5242800 more characters\)\|"small"$/);
    expect(byField.one).toMatch(/^Invalid input: expected "E{80}"… \(5242800 more characters\)$/);
    expect(byField.wide).toBe(
      `Invalid option: expected one of ${many
        .slice(0, 10)
        .map((v) => `"${v}"`)
        .join("|")} (and 990 more values)`,
    );
    expect(byField.either).toMatch(/^matches none of the 2 allowed forms \(.{0,400}\)$/);
    // The unknown key is named by a capped quote; its pointer stays exact.
    const unknown = error.issues.find((i) => i.message.startsWith("unknown field"))!;
    expect(unknown.field).toMatch(/^\["E{80}"… \(5242800 more characters\)\]$/);
    expect(unknown.pointer).toBe(`/${huge}`);
  });
});

describe("response validation", () => {
  it("reports a mismatching response through onSchemaMismatch and still returns it", async () => {
    const odd = { ...completion(), usage: { prompt_tokens: "five" } };
    const s = await startServer((_req, res) => sendJson(res, 200, odd));
    try {
      const seen: unknown[] = [];
      const schemas = loader();
      const c = createClient<any>({
        baseURL: s.url,
        schemas: schemas.load,
        onSchemaMismatch: (info) => seen.push(info),
      });
      const result = await c.chat.completions.create(hello);
      expect(result).toEqual(odd);
      expect(seen).toHaveLength(1);
      expect(seen[0]).toMatchObject({ model: MODEL, kind: "response", pointer: "/usage/prompt_tokens", value: odd });
      const strict = createClient<any>({ baseURL: s.url, schemas: schemas.load, validate: "strict" });
      await expect(strict.chat.completions.create(hello)).rejects.toMatchObject({
        code: "schema_mismatch",
        model: MODEL,
      });
      expect(s.requests).toHaveLength(2);
    } finally {
      await s.close();
    }
  });
});

describe("a binding's own validators (what models/<stem>/index.ts passes to bindModel)", () => {
  const plainClient = () => createClient({ baseURL: server.url, apiKey: "sk-test-key" });
  const messages = hello.messages;

  it("validate through a client without a loader; a failed load is not kept, a good one is loaded once", async () => {
    const source = loader();
    let loads = 0;
    const binding = bindModel<any, typeof MODEL>(MODEL, async () => {
      loads += 1;
      if (loads === 1) throw new Error("Cannot find module './schemas.js'");
      return (await source.load(MODEL)) as never;
    });
    const c = plainClient();
    const before = server.requests.length;
    const missing = await binding.create(c, { messages }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UnknownModelError);
    expect((missing as Error).message).toContain("Cannot find module './schemas.js'");
    const bad = await binding.create(c, { messages, temperature: 3 }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(ValidationError);
    expect(server.requests.length).toBe(before);
    await binding.create(c, { messages });
    expect(server.requests.length).toBe(before + 1);
    expect(loads).toBe(2);
  });

  it("without one, a binding on a plain client sends the body unchecked", async () => {
    const before = server.requests.length;
    await bindModel<any, typeof MODEL>(MODEL).create(plainClient(), { messages, temperature: 3 });
    expect(server.requests.length).toBe(before + 1);
  });
});
