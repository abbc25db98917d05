/*
 * What a catalog model is made from: one ModelSpec per model, turned into its
 * OpenAPI document, api.md and /v1/models entry by its vendor's template.
 * Adding a bundled model is one ModelSpec in models.ts.
 */

export type OpenApiLine = "3.0" | "3.1";

export type VendorFamily =
  | "openai"
  | "anthropic"
  | "google"
  | "deepseek"
  | "qwen"
  | "meta-llama"
  | "mistral"
  | "xai"
  | "moonshot";

export interface ReasoningSpec {
  /** Values of `reasoning_effort`; absent when the vendor steers thinking another way (or not at all). */
  efforts?: readonly string[];
  /** Sends its chain of thought as `reasoning_content` in the message and in stream deltas. */
  thinksAloud: boolean;
  /** Rejects `temperature`/`top_p` (and the vendor's other sampling knobs). */
  refusesSampling: boolean;
}

/** Knobs only some vendors have; each template reads the ones it knows. */
export type ModelExtra =
  | "verbosity" // OpenAI GPT-5 family
  | "audio-input" // input_audio content parts (vision models of OpenAI and Google)
  | "web-search" // Qwen enable_search, xAI search_parameters
  | "prefix"; // assistant prefill (Mistral `prefix`, Moonshot `partial`, DeepSeek `prefix`)

export interface ModelSpec {
  id: string;
  vendor: VendorFamily;
  /** Display name, e.g. "GPT-5.2". */
  name: string;
  /** One or two sentences: what the model is for. Goes into api.md and the document's description. */
  summary: string;
  /** Fixed Unix time for the catalog entry (no clock is read). */
  created: number;
  contextLength: number;
  maxOutputTokens: number;
  /** USD per million tokens. */
  pricing: { input: number; output: number };
  openapi: OpenApiLine;
  tools: boolean;
  vision: boolean;
  /** `response_format` with `json_schema`. */
  jsonSchema: boolean;
  /** `response_format` with `json_object` (default true). */
  jsonMode?: boolean;
  /** Accepts `stream: true` (default true). */
  streaming?: boolean;
  /** The document declares a `text/event-stream` chunk schema; when false the standard chunk applies. */
  streamSchema: boolean;
  reasoning?: ReasoningSpec;
  /** Upper bound of `temperature`; the vendor's usual bound when absent. */
  temperatureMax?: number;
  /** Whether `top_k` is accepted; the vendor's habit when absent. */
  topK?: boolean;
  /** A second operation held by the document. */
  extraOperation?: "responses" | "messages";
  extras?: readonly ModelExtra[];
}

/** A built model: what the snapshot stores plus its /v1/models entry. */
export interface BuiltModel {
  id: string;
  document: Record<string, unknown>;
  apiMd: string;
  catalogEntry: CatalogEntry;
}

export interface CatalogEntry {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
  name: string;
  context_length: number;
  max_output_tokens: number;
  pricing: { input_per_million: number; output_per_million: number };
  capabilities: { tools: boolean; vision: boolean; reasoning: boolean; json_schema: boolean; streaming: boolean };
  [key: string]: unknown;
}

export function streams(spec: ModelSpec): boolean {
  return spec.streaming !== false;
}

export function thinksAloud(spec: ModelSpec): boolean {
  return spec.reasoning?.thinksAloud === true;
}

export function refusesSampling(spec: ModelSpec): boolean {
  return spec.reasoning?.refusesSampling === true;
}

export function hasExtra(spec: ModelSpec, extra: ModelExtra): boolean {
  return spec.extras?.includes(extra) === true;
}
