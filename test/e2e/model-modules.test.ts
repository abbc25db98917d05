import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createClient, ValidationError } from "apifree-typed";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { claudeSonnet45 } from "../../generated/models/claude-sonnet-4.5/index.js";
import { openaiGpt41 } from "../../generated/models/openai--gpt-4.1/index.js";
import { openaiGpt52 } from "../../generated/models/openai--gpt-5.2/index.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { type CompileCase, checkCases } from "../support/compile-cases.js";
import { strictCompilerOptions } from "../support/typecheck.js";

/*
 * generated/models/<stem>/index.ts: one model's binding on its own, for a
 * program that uses a few models of a large catalog. It must be typed as the
 * index's binding is, validate through the runtime's own createClient (no
 * generated loader), and bring nothing of the other models into a program.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const GENERATED = path.join(ROOT, "generated");
const DIR = path.join(import.meta.dirname, ".tmp-model-modules");
const user = [{ role: "user" as const, content: "Say hello" }];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: path.join(ROOT, "snapshot"), port: 0 });
});
afterAll(async () => {
  await emulator.close();
  rmSync(DIR, { recursive: true, force: true });
});

const client = () => createClient({ apiKey: "sk-test-key", baseURL: emulator.url, maxRetries: 0 });
const sent = (route: string) => emulator.requests.filter((request) => request.path === route).length;

describe("a model's own module, with the runtime's createClient", () => {
  it("completes and streams a chat request", async () => {
    const reply = await openaiGpt41.create(client(), { messages: user, max_tokens: 16 });
    expect(reply.model).toBe("openai/gpt-4.1");
    const stream = await openaiGpt41.create(client(), { messages: user, stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe((await stream.finalCompletion()).choices[0]?.message.content);
  });

  it("validates with the model's own validators before anything is sent", async () => {
    const before = sent("/v1/chat/completions");
    const error = await openaiGpt52
      .create(client(), { messages: user, max_completion_tokens: 1_000_000 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/max_completion_tokens.*128000/);
    expect(sent("/v1/chat/completions")).toBe(before);
  });

  it("reaches the model's other operations", async () => {
    const reply = await claudeSonnet45.messages.create(client(), { max_tokens: 32, messages: user });
    expect(reply.type).toBe("message");
    const before = sent("/v1/messages");
    const error = await claudeSonnet45.messages
      .create(client(), { max_tokens: 0, messages: user })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(sent("/v1/messages")).toBe(before);
  });

  it("does not validate when the client says off", async () => {
    const off = createClient({ apiKey: "k", baseURL: emulator.url, maxRetries: 0, validate: "off" });
    const before = sent("/v1/chat/completions");
    // The emulator checks the body itself: the request reaches it and fails there, not in the client.
    await openaiGpt52.create(off, { messages: user, max_completion_tokens: 1_000_000 }).catch(() => undefined);
    expect(sent("/v1/chat/completions")).toBe(before + 1);
  });
});

const HEADER = `import { createClient, type NonStreamingBodyOf, type StreamingBodyOf } from "apifree-typed";
import { openaiGpt52, type Request, type Response } from "../../../generated/models/openai--gpt-5.2/index.js";
import { claudeSonnet45, type Operations as Claude } from "../../../generated/models/claude-sonnet-4.5/index.js";
const client = createClient({ apiKey: "k" });
const user = [{ role: "user" as const, content: "hi" }];
`;

const CASES: CompileCase[] = [
  {
    name: "a valid request gives the model's response",
    code: `const r: Response = await openaiGpt52.create(client, { messages: user, reasoning_effort: "xhigh" }); void r;`,
  },
  {
    name: "a field the model does not have",
    code: `await openaiGpt52.create(client, { messages: user, top_k: 40 });`,
    error: /'top_k' does not exist/,
  },
  {
    name: "an enum value the model does not allow",
    code: `await openaiGpt52.create(client, { messages: user, reasoning_effort: "minimal" });`,
    error: /'"minimal"' is not assignable/,
  },
  {
    name: "a missing required field",
    code: `await openaiGpt52.create(client, {});`,
    error: /Property 'messages' is missing/,
  },
  {
    name: "an operation the model does not serve",
    code: `await openaiGpt52.messages.create(client, { max_tokens: 5, messages: user });`,
    error: /does not serve messages/,
  },
  {
    name: "a stream of the model's chunks",
    code: `const s = await openaiGpt52.create(client, { messages: user, stream: true });
for await (const chunk of s) { const text: string | null | undefined = chunk.choices[0]?.delta.content; void text; }`,
  },
  {
    name: "the model's types come with the module",
    code: `const body: Request = { model: "openai/gpt-5.2", messages: user }; void body;`,
  },
  {
    name: "a body written before the call, as NonStreamingBodyOf, gives the response",
    code: `const body: NonStreamingBodyOf<typeof openaiGpt52> = { messages: user, reasoning_effort: "high" };
const r: Response = await openaiGpt52.create(client, body); void r;`,
  },
  {
    name: "a body typed as the whole request gives the union, which Response does not accept",
    code: `const body: Omit<Request, "model"> = { messages: user };
const r: Response = await openaiGpt52.create(client, body); void r;`,
    error: /Stream<.*is not assignable to type/s,
  },
  {
    name: "NonStreamingBodyOf refuses stream: true and names no model",
    code: `const a: NonStreamingBodyOf<typeof openaiGpt52> = { messages: user, stream: true }; void a;
const b: NonStreamingBodyOf<typeof openaiGpt52> = { model: "openai/gpt-5.2", messages: user }; void b;`,
    error: /Type 'true' is not assignable to type 'false'[\s\S]*'model' does not exist/,
  },
  {
    name: "NonStreamingBodyOf keeps the model's fields exact",
    code: `const body: NonStreamingBodyOf<typeof openaiGpt52> = { messages: user, top_k: 40 }; void body;`,
    error: /'top_k' does not exist/,
  },
  {
    name: "a body written as StreamingBodyOf gives the stream of the model's chunks",
    code: `const body: StreamingBodyOf<typeof openaiGpt52> = { messages: user, stream: true };
const s = await openaiGpt52.create(client, body);
for await (const chunk of s) { const text: string | null | undefined = chunk.choices[0]?.delta.content; void text; }`,
  },
  {
    name: "StreamingBodyOf requires stream: true",
    code: `const body: StreamingBodyOf<typeof openaiGpt52> = { messages: user }; void body;`,
    error: /Property 'stream' is missing/,
  },
  {
    name: "NonStreamingBodyOf of another operation gives that operation's response",
    code: `const body: NonStreamingBodyOf<typeof claudeSonnet45, "messages"> = { max_tokens: 5, messages: user };
const r: Claude["messages"]["response"] = await claudeSonnet45.messages.create(client, body); void r;`,
  },
  {
    name: "another operation, typed by its own schema",
    code: `await claudeSonnet45.messages.create(client, { max_tokens: 5, messages: user, stop_sequences: 3 });`,
    error: /'number' is not assignable/,
  },
];

describe("a model's own module at compile time", () => {
  it("types calls as the index's binding does", () => {
    checkCases(path.join(DIR, "consumer.ts"), HEADER, CASES, strictCompilerOptions());
  });

  it("brings only that model into a program: no index, no other model's types or validators", () => {
    mkdirSync(DIR, { recursive: true });
    const entry = path.join(DIR, "one-model.ts");
    writeFileSync(
      entry,
      `import { createClient } from "apifree-typed";
import { openaiGpt52 } from "../../../generated/models/openai--gpt-5.2/index.js";
export const reply = await openaiGpt52.create(createClient(), { messages: [{ role: "user", content: "hi" }] });
`,
    );
    const program = ts.createProgram([entry], strictCompilerOptions());
    const generated = program
      .getSourceFiles()
      .map((file) => path.relative(GENERATED, file.fileName))
      .filter((relative) => !relative.startsWith(".."));
    const models = new Set(generated.filter((f) => f.startsWith("models/")).map((f) => f.split("/")[1]));
    expect([...models]).toEqual(["openai--gpt-5.2"]);
    expect(generated).not.toContain("index.ts");
    expect(generated).not.toContain("model-map.d.ts");
    // Its validators are in the program (a plain-tsc outDir build emits them), and its types.
    expect(generated).toContain("models/openai--gpt-5.2/schemas.ts");
    expect(generated.some((f) => f.startsWith("validators/"))).toBe(true);
    expect(generated.some((f) => f.startsWith("types/"))).toBe(true);
  });
});
