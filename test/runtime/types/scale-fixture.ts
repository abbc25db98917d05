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
`;
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
  const map = [
    "export interface ModelMap {",
    "  [id: string]: { request: { [key: string]: unknown }; response: unknown; chunk: unknown };",
    ...ids.map(
      (id, i) =>
        `  ${JSON.stringify(id)}: { request: import("./models/m${i}/types.js").Request; response: import("./models/m${i}/types.js").Response; chunk: import("./models/m${i}/types.js").Chunk };`,
    ),
    "}",
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "model-map.d.ts"), map);
  const index = [
    'import { bindModel, createClient as createBaseClient, type Client as BaseClient, type ClientOptions, type ModelBinding, type ModelSchemas } from "apifree-typed";',
    'import type { ModelMap } from "./model-map.js";',
    `export type ModelId =\n${ids.map((id) => `  | ${JSON.stringify(id)}`).join("\n")};`,
    "export type Client = BaseClient<ModelMap, ModelId>;",
    "export declare function loadSchemas<M extends ModelId>(model: M): Promise<ModelSchemas<ModelMap[M]>>;",
    "export function createClient(options?: ClientOptions): Client {",
    "  return createBaseClient<ModelMap, ModelId>({ ...options, schemas: loadSchemas });",
    "}",
    ...ids.map(
      (id, i) =>
        `export const model${i}: ModelBinding<ModelMap, ${JSON.stringify(id)}> = bindModel(${JSON.stringify(id)});`,
    ),
    "",
  ].join("\n");
  writeFileSync(path.join(dir, "index.ts"), index);
  const k = Math.min(3, n - 1);
  const usage = `import { createClient, model${k} } from "./index.js";
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
