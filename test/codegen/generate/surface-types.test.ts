import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, it } from "vitest";
import { type CompileCase, checkCases } from "../../support/compile-cases.js";
import { strictCompilerOptions } from "../../support/typecheck.js";

/*
 * What the generated surface promises at compile time, over the committed
 * tree of the bundled catalog. Each case is compiled as written; a case that
 * must fail names the message it must fail with, so an error for some other
 * reason does not count.
 */

// Beside the tests, not inside generated/: another test compares that tree file by file.
const DIR = path.join(import.meta.dirname, ".tmp-surface");
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const user = `messages: [{ role: "user", content: "hi" }]`;

const CASES: CompileCase[] = [
  {
    name: "a valid request",
    code: `client.chat.completions.create({ model: "openai/gpt-5.2", ${user}, reasoning_effort: "xhigh" });`,
  },
  {
    name: "a field the model does not have",
    code: `client.chat.completions.create({ model: "openai/gpt-5.2", ${user}, top_k: 40 });`,
    error: /'top_k' does not exist/,
  },
  {
    name: "another model's field is fine where that model has it",
    code: `client.chat.completions.create({ model: "google/gemini-2.5-flash-lite", ${user}, top_k: 40 });`,
  },
  {
    name: "an enum value the model does not allow",
    code: `client.chat.completions.create({ model: "openai/gpt-5.2", ${user}, reasoning_effort: "minimal" });`,
    error: /'"minimal"' is not assignable to type 'ReasoningEffort'/,
  },
  {
    name: "the same value where the model allows it",
    code: `client.chat.completions.create({ model: "gpt-5-mini", ${user}, reasoning_effort: "minimal" });`,
  },
  {
    name: "a missing required field",
    code: `client.chat.completions.create({ model: "openai/gpt-5.2" });`,
    error: /Property 'messages' is missing/,
  },
  {
    name: "a model id outside the catalog",
    code: `client.chat.completions.create({ model: "openai/gpt-9", ${user} });`,
    error: /'"openai\/gpt-9"' is not assignable to type 'ModelId'/,
  },
  {
    name: "a bad message role",
    code: `client.chat.completions.create({ model: "openai/gpt-4.1", messages: [{ role: "wizard", content: "hi" }] });`,
    error: /wizard/,
  },
  {
    name: "an image part on a vision model",
    code: `client.chat.completions.create({ model: "openai/gpt-4.1", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }] });`,
  },
  {
    name: "an image part on a text-only model",
    code: `client.chat.completions.create({ model: "meta-llama/llama-3.1-8b-instruct", messages: [{ role: "user", content: [{ type: "image_url", image_url: { url: "https://x/y.png" } }] }] });`,
    error: /image_url/,
  },
  {
    name: "stream: true yields chunks whose delta has reasoning_content on a model that thinks aloud",
    code: `const s = await client.chat.completions.create({ model: "deepseek-ai/deepseek-v4-flash", ${user}, stream: true });
for await (const chunk of s) { const r: string | null | undefined = chunk.choices[0]?.delta.reasoning_content; void r; }`,
  },
  {
    name: "no reasoning_content in the delta of a model without it",
    code: `const s = await client.chat.completions.create({ model: "google/gemini-2.5-flash-lite", ${user}, stream: true });
for await (const chunk of s) { void chunk.choices[0]?.delta.reasoning_content; }`,
    error: /Property 'reasoning_content' does not exist/,
  },
  {
    name: "without stream the result is the response type",
    code: `const r = await client.chat.completions.create({ model: "openai/gpt-4.1", ${user} });
const text: string | null | undefined = r.choices[0]?.message.content; void text;`,
  },
  {
    name: "RequestOf rejects an unknown field in an object literal",
    code: `const body: RequestOf<"x-ai/grok-4"> = { model: "x-ai/grok-4", ${user}, frobnicate: true }; void body;`,
    error: /'frobnicate' does not exist/,
  },
  {
    name: "ChunkOf of a model that thinks aloud has reasoning_content",
    code: `type D = NonNullable<ChunkOf<"deepseek-reasoner">["choices"][number]["delta"]>; const d: D = { reasoning_content: "..." }; void d;`,
  },
  {
    name: "ResponseOf carries usage with cost",
    code: `const r = {} as ResponseOf<"openai/gpt-4.1">; const cost: number | undefined = r.usage?.cost; void cost;`,
  },
  {
    name: "a per-model binding takes the body without model",
    code: `await openaiGpt41.create(client, { ${user}, temperature: 0.5 });`,
  },
  {
    name: "a per-model binding rejects another model's field",
    code: `await openaiGpt41.create(client, { ${user}, reasoning_effort: "low" });`,
    error: /'reasoning_effort' does not exist/,
  },
  {
    name: "a body annotated NonStreamingRequestOf gives ResponseOf",
    code: `const body: NonStreamingRequestOf<"gpt-5-mini"> = { model: "gpt-5-mini", ${user} };
const r: ResponseOf<"gpt-5-mini"> = await client.chat.completions.create(body); void r;`,
  },
  {
    name: "an index binding's body written before the call, as NonStreamingBodyOf, gives ResponseOf",
    code: `const body: NonStreamingBodyOf<typeof openaiGpt41> = { ${user}, temperature: 0.5 };
const r: ResponseOf<"openai/gpt-4.1"> = await openaiGpt41.create(client, body); void r;`,
  },
  {
    name: "a body annotated RequestOf gives the union, which ResponseOf does not accept",
    code: `const body: RequestOf<"gpt-5-mini"> = { model: "gpt-5-mini", ${user} };
const r: ResponseOf<"gpt-5-mini"> = await client.chat.completions.create(body); void r;`,
    error: /Stream<.*is not assignable to type/s,
  },
  {
    name: "NonStreamingRequestOf refuses stream: true",
    code: `const body: NonStreamingRequestOf<"gpt-5-mini"> = { model: "gpt-5-mini", ${user}, stream: true }; void body;`,
    error: /Type 'true' is not assignable to type 'false'/,
  },
  {
    name: "NonStreamingRequestOf keeps the model's fields exact",
    code: `const body: NonStreamingRequestOf<"openai/gpt-5.2"> = { model: "openai/gpt-5.2", ${user}, top_k: 40 }; void body;`,
    error: /'top_k' does not exist/,
  },
  {
    name: "a body annotated StreamingRequestOf gives the stream of the model's chunks",
    code: `const body: StreamingRequestOf<"deepseek-ai/deepseek-v4-flash"> = { model: "deepseek-ai/deepseek-v4-flash", ${user}, stream: true };
const s = await client.chat.completions.create(body);
for await (const chunk of s) { const c: ChunkOf<"deepseek-ai/deepseek-v4-flash"> = chunk; void c; }`,
  },
  {
    name: "StreamingRequestOf requires stream: true",
    code: `const body: StreamingRequestOf<"gpt-5-mini"> = { model: "gpt-5-mini", ${user} }; void body;`,
    error: /Property 'stream' is missing/,
  },
  {
    name: "NonStreamingRequestOf of the other protocols gives their ResponseOf",
    code: `const m: NonStreamingRequestOf<"claude-sonnet-4.5", "messages"> = { model: "claude-sonnet-4.5", max_tokens: 64, ${user} };
const mr: ResponseOf<"claude-sonnet-4.5", "messages"> = await client.messages.create(m); void mr;
const q: NonStreamingRequestOf<"gpt-5-mini", "responses"> = { model: "gpt-5-mini", input: "hi" };
const rr: ResponseOf<"gpt-5-mini", "responses"> = await client.responses.create(q); void rr;
const g: NonStreamingRequestOf<"gemini-2.5-flash", "gemini"> = { model: "gemini-2.5-flash", contents: [{ role: "user", parts: [{ text: "hi" }] }] };
const gr: ResponseOf<"gemini-2.5-flash", "gemini"> = await client.gemini.generateContent(g); void gr;`,
  },
  {
    name: "StreamingRequestOf of Responses gives the ResponseStream",
    code: `const body: StreamingRequestOf<"gpt-5-mini", "responses"> = { model: "gpt-5-mini", input: "Hi", stream: true };
const s = await client.responses.create(body);
const done: ResponseOf<"gpt-5-mini", "responses"> = await s.finalResponse(); void done;`,
  },
  {
    name: "StreamingRequestOf of an operation without a stream flag is never",
    code: `const v: StreamingRequestOf<"sora-2", "videos"> = { model: "sora-2", prompt: "a cat" }; void v;`,
    error: /is not assignable to type 'never'/,
  },
  {
    name: "loadSchemas is typed by model",
    code: `const { request } = await loadSchemas("openai/gpt-5.2"); const parsed = request.parse({}); const e: "none" | "low" | "medium" | "high" | "xhigh" | null | undefined = parsed.reasoning_effort; void e;`,
  },
];

const HEADER = `import type { NonStreamingBodyOf } from "apifree-typed";\nimport { createClient, loadSchemas, openaiGpt41, type ChunkOf, type NonStreamingRequestOf, type RequestOf, type ResponseOf, type StreamingRequestOf } from "../../../../generated/index.js";\nconst client = createClient({ apiKey: "k" });\n`;

describe("compile-time checks of the generated surface (bundled catalog)", () => {
  it("accepts what each model accepts and rejects, with the right message, what it does not", () => {
    checkCases(path.join(DIR, "surface.ts"), HEADER, CASES, strictCompilerOptions());
  }, 120_000);
});
