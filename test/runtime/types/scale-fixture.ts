/*
 * Writes a generated-index look-alike with `n` models (one types file per
 * model, a model-map.d.ts with the index-signature fallback, ModelId, the
 * createClient wrapper and one binding per model) plus a usage file with
 * valid and invalid calls, to check that a call's type-checking cost does
 * not grow with the catalog. Run by types.test.ts; also usable by hand:
 *   node --experimental-strip-types test/runtime/types/scale-fixture.ts DIR N
 * then `npx tsc --extendedDiagnostics -p DIR`.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

function modelTypes(i: number): string {
  return `export type Message =
  | { role: "system"; content: string; name?: string }
  | { role: "user"; content: string | Array<{ type: "text"; text: string } | { type: "image_url"; image_url: { url: string; detail?: "auto" | "low" | "high" } }> }
  | { role: "assistant"; content?: string | null; tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }> }
  | { role: "tool"; content: string; tool_call_id: string };
export type Request = {
  model: string;
  messages: Message[];
  temperature?: number;
  top_p?: number;
  max_tokens?: number;
  reasoning_effort?: "low" | "x${i}" | "x${i + 1}";
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
  tools?: Array<{ type: "function"; function: { name: string; description?: string; parameters?: { [key: string]: unknown } } }>;
  tool_choice?: "none" | "auto" | "required" | { type: "function"; function: { name: string } };
  response_format?: { type: "text" } | { type: "json_object" } | { type: "json_schema"; json_schema: { name: string; schema?: { [key: string]: unknown }; strict?: boolean } };
  field_${i}?: number;
};
export type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number; cost: number };
export type Response = {
  id: string;
  object: "chat.completion";
  created: number;
  model: string;
  choices: Array<{ index: number; message: { role: "assistant"; content: string | null; reasoning_content?: string }; finish_reason: "stop" | "length" | "tool_calls" }>;
  usage: Usage;
  marker_${i}?: true;
};
export type Chunk = {
  id: string;
  object: "chat.completion.chunk";
  created: number;
  model: string;
  choices: Array<{ index: number; delta: { role?: "assistant"; content?: string | null; reasoning_content_${i}?: string }; finish_reason: "stop" | "length" | "tool_calls" | null }>;
  usage?: Usage | null;
};
export type MessagesRequest = {
  model: string;
  max_tokens: number;
  messages: Array<{ role: "user" | "assistant"; content: string | Array<{ type: "text"; text: string }> }>;
  temperature?: number;
  thinking_${i}?: { type: "enabled"; budget_tokens: number };
  stream?: boolean;
};
export type AnthropicMessage = { id: string; type: "message"; content: Array<{ type: "text"; text: string }>; stop_${i}?: true };
export type MessagesEvent = { type: "message_start"; message: AnthropicMessage } | { type: "message_stop" };
export type VideoRequest = { model: string; prompt: string; size?: "1280x720" | "s${i}"; seconds?: "4" | "8"; video_${i}?: number };
export type VideoMultipart = VideoRequest & { input_reference?: string };
export type VideoTask = { id: string; status: "queued" | "in_progress" | "completed" | "failed"; progress: number; size: "1280x720" | "s${i}"; task_${i}?: true };
`;
}

/** A few models serve videos, as in APIFree's catalog: the same two whatever the catalog's size. */
function servesVideos(i: number): boolean {
  return i === 0 || i === 5;
}

/** Every third model also serves Messages. */
function servesMessages(i: number): boolean {
  return i % 3 === 0;
}

export function modelId(i: number): string {
  return `vendor${i % 7}/model-${i}`;
}

/** Writes the fixture; returns the paths of index.ts and usage.ts. */
export function writeScaleFixture(dir: string, n: number): { index: string; usage: string } {
  mkdirSync(path.join(dir, "models"), { recursive: true });
  writeFileSync(path.join(dir, "package.json"), '{ "type": "module" }\n');
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    ids.push(modelId(i));
    mkdirSync(path.join(dir, "models", `m${i}`), { recursive: true });
    writeFileSync(path.join(dir, "models", `m${i}`, "types.ts"), modelTypes(i));
  }
  const entry = (i: number) => {
    const t = `import("./models/m${i}/types.js")`;
    const chat = `"chat.completions": { event: ${t}.Chunk; request: ${t}.Request; response: ${t}.Response };`;
    const messages = `messages: { event: ${t}.MessagesEvent; request: ${t}.MessagesRequest; response: ${t}.AnthropicMessage };`;
    const videos = `videos: { request: ${t}.VideoRequest; multipart: ${t}.VideoMultipart; response: ${t}.VideoTask; task: ${t}.VideoTask; remix: { prompt: string }; remixResponse: ${t}.VideoTask };`;
    return `{ ${chat}${servesMessages(i) ? ` ${messages}` : ""}${servesVideos(i) ? ` ${videos}` : ""} }`;
  };
  const map = [
    "export interface ModelMap {",
    "  [id: string]: { [operation: string]: { request: { [key: string]: unknown }; response: unknown; [root: string]: unknown } };",
    ...ids.map((id, i) => `  ${JSON.stringify(id)}: ${entry(i)};`),
    "}",
    "export interface OperationModels {",
    `  "chat.completions":\n${ids.map((id) => `    | ${JSON.stringify(id)}`).join("\n")};`,
    `  messages:\n${ids
      .filter((_, i) => servesMessages(i))
      .map((id) => `    | ${JSON.stringify(id)}`)
      .join("\n")};`,
    "  responses: never;",
    "  gemini: never;",
    `  videos:\n${ids
      .filter((_, i) => servesVideos(i))
      .map((id) => `    | ${JSON.stringify(id)}`)
      .join("\n")};`,
    "}",
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "model-map.d.ts"), map);
  const index = [
    'import { bindModel, createClient as createBaseClient, type Client as BaseClient, type ClientOptions, type ModelBinding, type ModelModule } from "apifree-typed";',
    'import type { ModelMap, OperationModels } from "./model-map.js";',
    `export type ModelId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join("\n")};`,
    "export type Client = BaseClient<ModelMap, ModelId, OperationModels>;",
    "export declare function loadModel(model: string): Promise<ModelModule>;",
    "export function createClient(options?: ClientOptions): Client {",
    "  return createBaseClient<ModelMap, ModelId, OperationModels>({ ...options, schemas: loadModel });",
    "}",
    ...ids.map(
      (id, i) =>
        `export const model${i}: ModelBinding<ModelMap, ${JSON.stringify(id)}> = bindModel(${JSON.stringify(id)});`,
    ),
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "index.ts"), index);
  const k = Math.min(3, n - 1);
  const other = 1; // a model without Messages
  const usage = `import { createClient, model${k}, model5 } from "./index.js";
const client = createClient();
const messages = [{ role: "user" as const, content: "Hi" }];
export async function calls(): Promise<void> {
  const a = await client.chat.completions.create({ model: ${JSON.stringify(modelId(k))}, messages, reasoning_effort: "x${k}", temperature: 1 });
  void a.choices[0]?.message.content;
  const s = await client.chat.completions.create({ model: ${JSON.stringify(modelId(k))}, messages, stream: true });
  for await (const chunk of s) void chunk.choices[0]?.delta.reasoning_content_${k};
  const b = await model${k}.create(client, { messages, max_tokens: 5 });
  void b.usage.cost;
  // @ts-expect-error TS2322: Type '"vendor/nope"' is not assignable to type 'ModelId'
  await client.chat.completions.create({ model: "vendor/nope", messages });
  // @ts-expect-error TS2322: Type '"x${k + 2}"' is not assignable to type '"low"
  await client.chat.completions.create({ model: ${JSON.stringify(modelId(k))}, messages, reasoning_effort: "x${k + 2}" });
  // @ts-expect-error TS2353: 'colour' does not exist in type
  await client.chat.completions.create({ model: ${JSON.stringify(modelId(k))}, messages, colour: 1 });
  const m = await client.messages.create({ model: ${JSON.stringify(modelId(k))}, max_tokens: 5, messages, thinking_${k}: { type: "enabled", budget_tokens: 1024 } });
  void m.content[0]?.text;
  const ms = await model${k}.messages.create(client, { max_tokens: 5, messages, stream: true });
  void (await ms.finalMessage()).stop_${k};
  // @ts-expect-error TS2322: does not serve messages
  await client.messages.create({ model: ${JSON.stringify(modelId(other))}, max_tokens: 5, messages });
  // @ts-expect-error TS2345: is not assignable to parameter of type
  await client.messages.create({ model: ${JSON.stringify(modelId(k))}, messages });
  const v = await client.videos.createAndPoll({ model: ${JSON.stringify(modelId(5))}, prompt: "a cat", size: "s5", input_reference: new Uint8Array(1) });
  void v.task_5;
  const r = await client.videos.retrieve("video_1");
  void r.progress;
  const bv = await model5.videos.create(client, { prompt: "a cat", video_5: 1 });
  void bv.status;
  // @ts-expect-error TS2322: does not serve videos
  await client.videos.create({ model: ${JSON.stringify(modelId(k))}, prompt: "a cat" });
  // @ts-expect-error TS2322: Type '"s0"' is not assignable
  await client.videos.create({ model: ${JSON.stringify(modelId(5))}, prompt: "a cat", size: "s0" });
}
`;
  writeFileSync(path.join(dir, "usage.ts"), usage);
  writeFileSync(
    path.join(dir, "tsconfig.json"),
    JSON.stringify(
      {
        extends: path.resolve(import.meta.dirname, "../../../tsconfig.base.json"),
        compilerOptions: {
          noEmit: true,
          typeRoots: [path.resolve(import.meta.dirname, "../../../node_modules/@types")],
          baseUrl: path.resolve(import.meta.dirname, "../../.."),
          paths: { "apifree-typed": ["src/runtime/index.ts"] },
        },
        files: ["index.ts", "usage.ts"],
      },
      null,
      2,
    ),
  );
  return { index: path.join(dir, "index.ts"), usage: path.join(dir, "usage.ts") };
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [dir, n] = process.argv.slice(2);
  writeScaleFixture(path.resolve(dir ?? "tmp-scale"), Number(n ?? 1000));
}
