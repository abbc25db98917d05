/*
 * A hand-written stand-in for the generated index: three models with
 * different request fields and enums, one with reasoning_content in its
 * chunks, Messages and Gemini models, and two video models (one taking an
 * `input_reference` upload, one with integer seconds and no upload), wired
 * to the runtime exactly as runtime-typing.md prescribes.
 */
import {
  type Client as BaseClient,
  bindModel,
  type ClientOptions,
  createClient as createBaseClient,
  type ModelBinding,
  type ModelModule,
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

export type ClaudeRequest = {
  model: string;
  max_tokens: number;
  messages: Array<{ role: "user" | "assistant"; content: string }>;
  temperature?: number;
  thinking?: { type: "enabled"; budget_tokens: number };
  stream?: boolean;
};
export type ClaudeMessage = {
  id: string;
  type: "message";
  role: "assistant";
  content: Array<{ type: "text"; text: string }>;
  stop_reason: "end_turn" | "max_tokens" | null;
};
export type ClaudeEvent = { type: "message_start"; message: ClaudeMessage } | { type: "message_stop" };

export type GeminiRequest = {
  model: string;
  contents: Array<{ role?: "user" | "model"; parts: Array<{ text: string }> }>;
  generationConfig?: { temperature?: number; maxOutputTokens?: number };
  stream?: boolean;
};
export type GeminiResponse = { candidates: Array<{ content: { parts: Array<{ text?: string }> } }> };

export type ResponderRequest = {
  model: string;
  input: string | Array<{ role: "user" | "assistant"; content: string }>;
  reasoning?: { effort: "low" | "high" };
  stream?: boolean | null;
};
export type ResponderResponse = {
  id: string;
  object: "response";
  status: "completed" | "incomplete";
  output: unknown[];
};
export type ResponderEvent =
  | { type: "response.output_text.delta"; sequence_number: number; delta: string }
  | { type: "response.completed"; sequence_number: number; response: ResponderResponse };
export type SoraSize = "720x1280" | "1280x720";
export type VideoTask<Size, Seconds> = {
  id: string;
  object: "video";
  model: string;
  status: "queued" | "in_progress" | "completed" | "failed";
  progress: number;
  size: Size;
  seconds: Seconds;
  error: { code: string; message: string } | null;
};
export type SoraTask = VideoTask<SoraSize, "4" | "8" | "12">;
export type VeoTask = VideoTask<"1280x720" | "1920x1080", number> & { result?: { video_url: string } | null };
type SoraBody = { model: "acme/sora"; prompt: string; size?: SoraSize; seconds?: "4" | "8" | "12" };
type VeoBody = { model: "acme/veo"; prompt: string; size?: "1280x720" | "1920x1080"; seconds?: number; seed?: number };
type Video<Q, P, T, R> = { request: Q; multipart: P; response: T; task: T; remix: R; remixResponse: T };

type Chat<Q, R, C> = { request: Q; response: R; event: C };

export interface ModelMap {
  /** Fallback for ids outside the catalog: keeps generic lookups cheap. */
  [id: string]: {
    [operation: string]: { request: { [key: string]: unknown }; response: unknown; [root: string]: unknown };
  };
  "openai/gpt-5.2": { "chat.completions": Chat<GptRequest, GptResponse, GptChunk> };
  "deepseek-ai/deepseek-v4-flash": { "chat.completions": Chat<DeepseekRequest, DeepseekResponse, DeepseekChunk> };
  "qwen/qwen3-32b:free": { "chat.completions": Chat<QwenRequest, QwenResponse, QwenChunk> };
  "acme/claude": {
    "chat.completions": Chat<GptRequest, GptResponse, GptChunk>;
    messages: { request: ClaudeRequest; response: ClaudeMessage; event: ClaudeEvent };
  };
  "acme/gemini": { gemini: { request: GeminiRequest; response: GeminiResponse; event: GeminiResponse } };
  "acme/responder": { responses: { request: ResponderRequest; response: ResponderResponse; event: ResponderEvent } };
  "acme/sora": {
    videos: Video<SoraBody, SoraBody & { input_reference?: string }, SoraTask, { prompt: string }>;
  };
  "acme/veo": { videos: Video<VeoBody, VeoBody, VeoTask, { prompt: string; seconds?: number }> };
}

export interface OperationModels {
  "chat.completions": "openai/gpt-5.2" | "deepseek-ai/deepseek-v4-flash" | "qwen/qwen3-32b:free" | "acme/claude";
  messages: "acme/claude";
  responses: "acme/responder";
  gemini: "acme/gemini";
  videos: "acme/sora" | "acme/veo";
}

export type ModelId =
  | "openai/gpt-5.2"
  | "deepseek-ai/deepseek-v4-flash"
  | "qwen/qwen3-32b:free"
  | "acme/claude"
  | "acme/gemini"
  | "acme/responder"
  | "acme/sora"
  | "acme/veo";
type EntryOf<M extends ModelId, O extends string> = O extends keyof ModelMap[M] ? ModelMap[M][O] : never;
type RootOf<E, K extends string> = K extends keyof E ? E[K] : never;
export type RequestOf<M extends ModelId, O extends string = "chat.completions"> = RootOf<EntryOf<M, O>, "request">;
export type ResponseOf<M extends ModelId, O extends string = "chat.completions"> = RootOf<EntryOf<M, O>, "response">;
export type EventOf<M extends ModelId, O extends string = "chat.completions"> = RootOf<EntryOf<M, O>, "event">;
export type ChunkOf<M extends ModelId> = EventOf<M, "chat.completions">;
export type Client = BaseClient<ModelMap, ModelId, OperationModels>;

export declare function loadModel(model: string): Promise<ModelModule>;

export function createClient(options?: ClientOptions): Client {
  return createBaseClient<ModelMap, ModelId, OperationModels>({ ...options, schemas: loadModel });
}

export const openaiGpt52: ModelBinding<ModelMap, "openai/gpt-5.2"> = bindModel("openai/gpt-5.2");
export const deepseekAiDeepseekV4Flash: ModelBinding<ModelMap, "deepseek-ai/deepseek-v4-flash"> = bindModel(
  "deepseek-ai/deepseek-v4-flash",
);
export const acmeClaude: ModelBinding<ModelMap, "acme/claude"> = bindModel("acme/claude");
export const acmeGemini: ModelBinding<ModelMap, "acme/gemini"> = bindModel("acme/gemini");
export const acmeResponder: ModelBinding<ModelMap, "acme/responder"> = bindModel("acme/responder");
export const acmeSora: ModelBinding<ModelMap, "acme/sora"> = bindModel("acme/sora");
export const acmeVeo: ModelBinding<ModelMap, "acme/veo"> = bindModel("acme/veo");
