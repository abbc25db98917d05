/*
 * A hand-written stand-in for the generated index: three models with
 * different request fields and enums, one with reasoning_content in its
 * chunks, wired to the runtime exactly as runtime-typing.md prescribes.
 */
import {
  type Client as BaseClient,
  bindModel,
  type ClientOptions,
  createClient as createBaseClient,
  type ModelBinding,
  type ModelSchemas,
} from "apifree-typed";

type Message =
  | { role: "system"; content: string }
  | { role: "user"; content: string | Array<{ type: "text"; text: string }> }
  | { role: "assistant"; content?: string | null };

type Usage = { prompt_tokens: number; completion_tokens: number; total_tokens: number; cost: number };

export type GptRequest = {
  model: string;
  messages: Message[];
  temperature?: number;
  reasoning_effort?: "low" | "medium" | "high";
  stream?: boolean | null;
  stream_options?: { include_usage?: boolean } | null;
};
export type GptResponse = {
  id: string;
  object: "chat.completion";
  model: string;
  choices: Array<{
    index: number;
    message: { role: "assistant"; content: string | null };
    finish_reason: "stop" | "length";
  }>;
  usage: Usage;
};
export type GptChunk = {
  id: string;
  object: "chat.completion.chunk";
  choices: Array<{
    index: number;
    delta: { role?: "assistant"; content?: string | null };
    finish_reason: "stop" | "length" | null;
  }>;
  usage?: Usage | null;
};

export type DeepseekRequest = {
  model: string;
  messages: Message[];
  temperature?: number;
  thinking?: { type: "enabled" | "disabled" };
  stream?: boolean | null;
};
export type DeepseekResponse = {
  id: string;
  choices: Array<{
    index: number;
    message: { role: "assistant"; content: string | null; reasoning_content?: string };
    finish_reason: "stop" | "length";
  }>;
  usage: Usage;
};
export type DeepseekChunk = {
  id: string;
  choices: Array<{
    index: number;
    delta: { role?: "assistant"; content?: string | null; reasoning_content?: string | null };
    finish_reason: "stop" | "length" | null;
  }>;
};

export type QwenRequest = {
  model: string;
  messages: Message[];
  enable_thinking?: boolean;
  top_k?: number;
  stream?: boolean | null;
};
export type QwenResponse = { id: string; choices: Array<{ message: { content: string } }> };
export type QwenChunk = { id: string; choices: Array<{ delta: { content?: string } }> };

export interface ModelMap {
  /** Fallback for ids outside the catalog: keeps generic lookups cheap. */
  [id: string]: { request: { [key: string]: unknown }; response: unknown; chunk: unknown };
  "openai/gpt-5.2": { request: GptRequest; response: GptResponse; chunk: GptChunk };
  "deepseek-ai/deepseek-v4-flash": { request: DeepseekRequest; response: DeepseekResponse; chunk: DeepseekChunk };
  "qwen/qwen3-32b:free": { request: QwenRequest; response: QwenResponse; chunk: QwenChunk };
}

export type ModelId = "openai/gpt-5.2" | "deepseek-ai/deepseek-v4-flash" | "qwen/qwen3-32b:free";
export type RequestOf<M extends ModelId> = ModelMap[M]["request"];
export type ResponseOf<M extends ModelId> = ModelMap[M]["response"];
export type ChunkOf<M extends ModelId> = ModelMap[M]["chunk"];
export type Client = BaseClient<ModelMap, ModelId>;

export declare function loadSchemas<M extends ModelId>(model: M): Promise<ModelSchemas<ModelMap[M]>>;

export function createClient(options?: ClientOptions): Client {
  return createBaseClient<ModelMap, ModelId>({ ...options, schemas: loadSchemas });
}

export const openaiGpt52: ModelBinding<ModelMap, "openai/gpt-5.2"> = bindModel("openai/gpt-5.2");
export const deepseekAiDeepseekV4Flash: ModelBinding<ModelMap, "deepseek-ai/deepseek-v4-flash"> = bindModel(
  "deepseek-ai/deepseek-v4-flash",
);
