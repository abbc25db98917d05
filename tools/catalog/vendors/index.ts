import type { BuiltModel, ModelSpec, TextModelSpec, TextOperation, VendorFamily } from "../spec.js";
import { buildAnthropic } from "./anthropic.js";
import { buildDeepSeek } from "./deepseek.js";
import { buildGoogle } from "./google.js";
import { buildImage, buildVideo } from "./media.js";
import { buildMetaLlama } from "./meta-llama.js";
import { buildMistral } from "./mistral.js";
import { buildMoonshot } from "./moonshot.js";
import { buildOpenAi } from "./openai.js";
import { buildQwen } from "./qwen.js";
import { buildXai } from "./xai.js";

/** One template per vendor family; each turns a text ModelSpec into its document, api.md and catalog entry. */
const VENDOR_TEMPLATES: Readonly<Record<VendorFamily, (spec: TextModelSpec) => BuiltModel>> = {
  openai: buildOpenAi,
  anthropic: buildAnthropic,
  google: buildGoogle,
  deepseek: buildDeepSeek,
  qwen: buildQwen,
  "meta-llama": buildMetaLlama,
  mistral: buildMistral,
  xai: buildXai,
  moonshot: buildMoonshot,
};

/** The text operations each vendor's template can write: chat everywhere, each vendor's own protocol. */
export const VENDOR_OPERATIONS: Readonly<Record<VendorFamily, readonly TextOperation[]>> = {
  openai: ["chat.completions", "responses"],
  anthropic: ["chat.completions", "messages"],
  google: ["chat.completions", "gemini"],
  deepseek: ["chat.completions"],
  qwen: ["chat.completions"],
  "meta-llama": ["chat.completions"],
  mistral: ["chat.completions"],
  xai: ["chat.completions"],
  moonshot: ["chat.completions"],
};

export const VENDOR_FAMILIES = Object.keys(VENDOR_TEMPLATES).sort() as VendorFamily[];

export function buildModel(spec: ModelSpec): BuiltModel {
  if (spec.kind === "video") return buildVideo(spec);
  if (spec.kind === "image") return buildImage(spec);
  return VENDOR_TEMPLATES[spec.vendor](spec);
}
