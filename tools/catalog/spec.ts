/*
 * What a catalog model is made from: one ModelSpec per model, turned into its
 * OpenAPI document, api.md and /v1/models entry by its template. Text models
 * go to their vendor's template, which writes each operation the spec lists;
 * video and image models go to the media templates. Adding a bundled model
 * is one ModelSpec in models/.
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

/*
 * Operation keys as design.md names them. A text model serves one or more of
 * the text protocols; a video model serves `videos`; an image model serves an
 * operation outside the known families (`images.generations`).
 */
export type TextOperation = "chat.completions" | "messages" | "responses" | "gemini";
export type OperationKey = TextOperation | "videos" | "images.generations";

export interface ReasoningSpec {
  /** Values of `reasoning_effort`; absent when the vendor steers thinking another way (or not at all). */
  efforts?: readonly string[];
  /** Sends its chain of thought as `reasoning_content` in the message and in stream deltas. */
  thinksAloud: boolean;
  /** Rejects `temperature`/`top_p` (and the vendor's other sampling knobs). */
  refusesSampling: boolean;
  /**
   * Gemini's native `thinkingBudget` range (tokens). -1 (dynamic) is always
   * accepted; a `min` of 0 means thinking can be switched off. On the Gemini
   * operation, `efforts` become `thinkingLevel` values instead.
   */
  thinkingBudget?: { min: number; max: number };
}

/** Knobs only some vendors have; each template reads the ones it knows. */
export type ModelExtra =
  | "verbosity" // OpenAI GPT-5 family
  | "audio-input" // input_audio content parts (vision models of OpenAI and Google)
  | "web-search" // Qwen enable_search, xAI search_parameters
  | "prefix"; // assistant prefill (Mistral `prefix`, Moonshot `partial`, DeepSeek `prefix`)

export interface SpecBase {
  id: string;
  /** Display name, e.g. "GPT-5.2". */
  name: string;
  /** One or two sentences: what the model is for. Goes into api.md and the document's description. */
  summary: string;
  /** Fixed Unix time for the catalog entry (no clock is read). */
  created: number;
  openapi: OpenApiLine;
}

/** A model that generates text over one or more of the text protocols. */
export interface TextModelSpec extends SpecBase {
  kind?: "text";
  vendor: VendorFamily;
  /**
   * The operations its document declares, in document order (default: chat
   * completions only). Each must be one its vendor's template writes.
   */
  operations?: readonly TextOperation[];
  contextLength: number;
  maxOutputTokens: number;
  /** USD per million tokens. */
  pricing: { input: number; output: number };
  tools: boolean;
  vision: boolean;
  /** Structured output with a JSON Schema (`response_format`, `text.format` or `responseSchema`). */
  jsonSchema: boolean;
  /** `response_format` with `json_object` (default true). */
  jsonMode?: boolean;
  /** Accepts `stream: true` (default true). */
  streaming?: boolean;
  /**
   * The chat operation declares a `text/event-stream` chunk schema; when false
   * (or absent) the standard chunk applies. The other protocols always declare
   * their stream events.
   */
  streamSchema?: boolean;
  reasoning?: ReasoningSpec;
  /** Upper bound of `temperature`; the vendor's usual bound when absent. */
  temperatureMax?: number;
  /** Whether `top_k` is accepted; the vendor's habit when absent. */
  topK?: boolean;
  extras?: readonly ModelExtra[];
}

/** Vendors of the media models (their templates are not the text vendors' ones). */
export type MediaVendor = "openai" | "google" | "kuaishou";

/** Extra create members some video vendors take. */
export type VideoExtra =
  | "negative-prompt" // `negative_prompt`
  | "audio" // `generate_audio` (Veo)
  | "seed" // `seed`
  | "cfg-scale" // `cfg_scale` 0..1 (Kling)
  | "mode"; // `mode` std|pro (Kling)

/** An asynchronous video model: POST /v1/videos, GET /v1/videos/{task_id}, POST /v1/videos/{video_id}/remix. */
export interface VideoModelSpec extends SpecBase {
  kind: "video";
  vendor: MediaVendor;
  /** USD per second of generated video. */
  pricing: { perSecond: number };
  /** `size` values, `WIDTHxHEIGHT`; the first is the default. */
  sizes: readonly string[];
  /** `seconds`: a string enum (OpenAI's style, first value the default) or an integer range. */
  seconds:
    | { type: "string"; values: readonly string[] }
    | { type: "integer"; min: number; max: number; default: number };
  /** Takes an `input_reference` image (multipart upload) to guide the first frame. */
  inputReference: boolean;
  /** The finished task carries `result` with the video URL and the upstream provider's metadata. */
  resultMetadata: boolean;
  /** Remix also takes `seconds` (a remix may change the length). */
  remixSeconds?: boolean;
  /** Longest `prompt`, in characters. */
  maxPromptLength: number;
  extras?: readonly VideoExtra[];
}

/** An image generation model: only POST /v1/images/generations, an operation outside the known families. */
export interface ImageModelSpec extends SpecBase {
  kind: "image";
  vendor: MediaVendor;
  /** USD per image at the default quality. */
  pricing: { perImage: number };
  /** `size` values; "auto" may be among them. */
  sizes: readonly string[];
  qualities: readonly string[];
  /** Largest `n`. */
  maxImages: number;
  /** Takes `background: "transparent"`. */
  transparentBackground: boolean;
}

export type ModelSpec = TextModelSpec | VideoModelSpec | ImageModelSpec;

/** A built model: what the snapshot stores plus its /v1/models entry. */
export interface BuiltModel {
  id: string;
  document: Record<string, unknown>;
  apiMd: string;
  catalogEntry: CatalogEntry;
}

interface CatalogEntryBase {
  id: string;
  object: "model";
  created: number;
  owned_by: string;
  name: string;
  [key: string]: unknown;
}

export interface TextCatalogEntry extends CatalogEntryBase {
  context_length: number;
  max_output_tokens: number;
  pricing: { input_per_million: number; output_per_million: number };
  capabilities: { tools: boolean; vision: boolean; reasoning: boolean; json_schema: boolean; streaming: boolean };
}

/** Media models are priced per second of video or per image, and have no context window. */
export interface MediaCatalogEntry extends CatalogEntryBase {
  pricing: { per_second: number } | { per_image: number };
  capabilities: { video: boolean; image: boolean; image_input: boolean };
}

export type CatalogEntry = TextCatalogEntry | MediaCatalogEntry;

export function isTextSpec(spec: ModelSpec): spec is TextModelSpec {
  return spec.kind === undefined || spec.kind === "text";
}

export function operationsOf(spec: ModelSpec): readonly OperationKey[] {
  if (spec.kind === "video") return ["videos"];
  if (spec.kind === "image") return ["images.generations"];
  return spec.operations ?? ["chat.completions"];
}

export function serves(spec: TextModelSpec, operation: TextOperation): boolean {
  return (spec.operations ?? ["chat.completions"]).includes(operation);
}

export function streams(spec: TextModelSpec): boolean {
  return spec.streaming !== false;
}

export function thinksAloud(spec: TextModelSpec): boolean {
  return spec.reasoning?.thinksAloud === true;
}

export function refusesSampling(spec: TextModelSpec): boolean {
  return spec.reasoning?.refusesSampling === true;
}

export function hasExtra(spec: TextModelSpec, extra: ModelExtra): boolean {
  return spec.extras?.includes(extra) === true;
}
