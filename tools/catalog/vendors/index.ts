import type { BuiltModel, ModelSpec, VendorFamily } from "../spec.js";
import { buildAnthropic } from "./anthropic.js";
import { buildDeepSeek } from "./deepseek.js";
import { buildGoogle } from "./google.js";
import { buildMetaLlama } from "./meta-llama.js";
import { buildMistral } from "./mistral.js";
import { buildMoonshot } from "./moonshot.js";
import { buildOpenAi } from "./openai.js";
import { buildQwen } from "./qwen.js";
import { buildXai } from "./xai.js";

/** One template per vendor family; each turns a ModelSpec into its document, api.md and catalog entry. */
const VENDOR_TEMPLATES: Readonly<Record<VendorFamily, (spec: ModelSpec) => BuiltModel>> = {
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

export const VENDOR_FAMILIES = Object.keys(VENDOR_TEMPLATES).sort() as VendorFamily[];

export function buildModel(spec: ModelSpec): BuiltModel {
  return VENDOR_TEMPLATES[spec.vendor](spec);
}
