import type { Snapshot } from "../../src/snapshot/format.js";
import { snapshotFromSpecs } from "./catalog.js";
import { chance, integerBetween, mulberry32, pick, type Random } from "./prng.js";
import type { ModelExtra, OpenApiLine, ReasoningSpec, TextModelSpec, VendorFamily } from "./spec.js";
import { VENDOR_FAMILIES } from "./vendors/index.js";

/*
 * A synthetic catalog of N models for benchmarks: the same vendor templates
 * as the bundled catalog, fed with specs drawn from a seeded PRNG, so every
 * feature combination (3.0/3.1, reasoning with and without visible thoughts,
 * closed and open bodies, event-stream or standard chunk...) shows up in
 * realistic proportions. Same options, same catalog, byte for byte.
 */

export interface SyntheticOptions {
  models: number;
  /** PRNG seed (default 1). */
  seed?: number;
}

export const DEFAULT_SYNTHETIC_SEED = 1;
export const MAX_SYNTHETIC_MODELS = 100_000;

interface VendorNames {
  prefix: string;
  stems: readonly string[];
  tiers: readonly string[];
}

const NAMES: Record<VendorFamily, VendorNames> = {
  openai: {
    prefix: "openai",
    stems: ["gpt", "o", "gpt-oss"],
    tiers: ["mini", "nano", "pro", "turbo", "chat", "codex"],
  },
  anthropic: {
    prefix: "anthropic",
    stems: ["claude-sonnet", "claude-opus", "claude-haiku"],
    tiers: ["", "latest", "thinking"],
  },
  google: { prefix: "google", stems: ["gemini", "gemma"], tiers: ["pro", "flash", "flash-lite", "it", "preview"] },
  deepseek: {
    prefix: "deepseek-ai",
    stems: ["deepseek-v", "deepseek-r", "deepseek-coder-v"],
    tiers: ["chat", "flash", "lite", "base", "exp"],
  },
  qwen: {
    prefix: "qwen",
    stems: ["qwen", "qwq", "qwen-vl"],
    tiers: ["max", "plus", "turbo", "instruct", "thinking", "coder"],
  },
  "meta-llama": {
    prefix: "meta-llama",
    stems: ["llama"],
    tiers: ["instruct", "scout", "maverick", "guard", "vision-instruct"],
  },
  mistral: {
    prefix: "mistralai",
    stems: ["mistral-large", "mistral-medium", "mistral-small", "magistral", "codestral", "ministral"],
    tiers: ["", "latest", "instruct"],
  },
  xai: { prefix: "x-ai", stems: ["grok"], tiers: ["mini", "fast", "code", "vision", "beta"] },
  moonshot: {
    prefix: "moonshotai",
    stems: ["kimi-k", "moonshot-v"],
    tiers: ["instruct", "thinking", "turbo", "preview"],
  },
};

const EFFORT_SETS: readonly (readonly string[])[] = [
  ["low", "medium", "high"],
  ["minimal", "low", "medium", "high"],
  ["none", "low", "medium", "high"],
  ["none", "low", "medium", "high", "xhigh"],
  ["low", "high"],
];
const CONTEXT_LENGTHS = [8192, 32768, 65536, 131072, 200000, 262144, 400000, 1048576] as const;
const OUTPUT_LENGTHS = [4096, 8192, 16384, 32768, 65536, 128000] as const;
const SIZES = ["7b", "8b", "14b", "32b", "70b", "235b-a22b", "405b"] as const;
const EXTRAS: readonly ModelExtra[] = ["verbosity", "audio-input", "web-search", "prefix"];
const CREATED_FROM = 1_700_000_000;

function cents(value: number): number {
  return Math.round(value * 100) / 100;
}

function idFor(random: Random, vendor: VendorFamily): string {
  const names = NAMES[vendor];
  const stem = pick(random, names.stems);
  const version = chance(random, 0.5)
    ? `${integerBetween(random, 1, 5)}`
    : `${integerBetween(random, 1, 5)}.${integerBetween(random, 0, 9)}`;
  const parts = [
    `${stem}${stem.endsWith("-v") || stem.endsWith("-r") || stem.endsWith("-k") || stem === "o" ? "" : "-"}${version}`,
  ];
  const tier = pick(random, names.tiers);
  if (tier !== "") parts.push(tier);
  if (chance(random, 0.3)) parts.push(pick(random, SIZES));
  if (chance(random, 0.15)) parts.push(`${integerBetween(random, 2401, 2612)}`);
  const name = parts.join("-");
  return chance(random, 0.15) ? name : `${names.prefix}/${name}`;
}

function titleCase(id: string): string {
  const base = id.slice(id.indexOf("/") + 1).replace(/:free$/, " (free)");
  return base
    .split("-")
    .map((word) =>
      word.length <= 3 && /\d/.test(word) ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1),
    )
    .join(" ");
}

function reasoningFor(random: Random): ReasoningSpec | undefined {
  if (!chance(random, 0.4)) return undefined;
  const thinksAloud = chance(random, 0.6);
  const refusesSampling = chance(random, 0.35);
  return chance(random, 0.7)
    ? { efforts: pick(random, EFFORT_SETS), thinksAloud, refusesSampling }
    : { thinksAloud, refusesSampling };
}

function specFor(random: Random, id: string, vendor: VendorFamily, free: boolean): TextModelSpec {
  const reasoning = reasoningFor(random);
  const streaming = reasoning?.thinksAloud === true || chance(random, 0.95);
  const streamSchema = streaming && (reasoning?.thinksAloud === true || chance(random, 0.5));
  const contextLength = pick(random, CONTEXT_LENGTHS);
  const maxOutputTokens = Math.min(contextLength, pick(random, OUTPUT_LENGTHS));
  const input = free ? 0 : cents(0.01 + random() * random() * 15);
  const output = free ? 0 : cents(input * (2 + random() * 6));
  const jsonSchema = chance(random, 0.5);
  const extras = EXTRAS.filter(() => chance(random, 0.2));
  const tools = chance(random, 0.75);
  const vision = chance(random, 0.45);
  const features = [
    ...(reasoning === undefined ? [] : [reasoning.thinksAloud ? "visible reasoning" : "reasoning"]),
    ...(tools ? ["tools"] : []),
    ...(vision ? ["vision"] : []),
  ];
  const openapi: OpenApiLine = chance(random, 0.5) ? "3.0" : "3.1";
  const spec: TextModelSpec = {
    id,
    vendor,
    name: titleCase(id),
    summary: `Synthetic ${vendor} model for benchmarks${features.length > 0 ? ` (${features.join(", ")})` : ""}.`,
    created: CREATED_FROM + integerBetween(random, 0, 70_000_000),
    contextLength,
    maxOutputTokens,
    pricing: { input, output },
    openapi,
    tools,
    vision,
    jsonSchema,
    streamSchema,
  };
  if (!jsonSchema && chance(random, 0.15)) spec.jsonMode = false;
  if (!streaming) spec.streaming = false;
  if (reasoning !== undefined) spec.reasoning = reasoning;
  if (chance(random, 0.2)) spec.temperatureMax = pick(random, [1, 1.5, 2]);
  if (chance(random, 0.2)) spec.topK = chance(random, 0.5);
  if (extras.length > 0) spec.extras = extras;
  // Chat stays in every synthetic model: the benchmarks measure it. Some also serve their vendor's own protocol.
  if (vendor === "openai" && chance(random, 0.05)) spec.operations = ["chat.completions", "responses"];
  if (vendor === "anthropic" && chance(random, 0.05)) spec.operations = ["chat.completions", "messages"];
  return spec;
}

export function syntheticSpecs(options: SyntheticOptions): TextModelSpec[] {
  const { models } = options;
  const seed = options.seed ?? DEFAULT_SYNTHETIC_SEED;
  if (!Number.isInteger(models) || models < 1 || models > MAX_SYNTHETIC_MODELS) {
    throw new RangeError(`models must be an integer from 1 to ${MAX_SYNTHETIC_MODELS}, got ${models}`);
  }
  if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff)
    throw new RangeError(`seed must be an integer from 0 to 4294967295, got ${seed}`);
  const random = mulberry32(seed);
  const taken = new Set<string>();
  const specs: TextModelSpec[] = [];
  while (specs.length < models) {
    const vendor = pick(random, VENDOR_FAMILIES);
    const free = chance(random, 0.1);
    const base = idFor(random, vendor);
    const suffix = free ? ":free" : "";
    let id = `${base}${suffix}`;
    for (let revision = 2; taken.has(id); revision += 1) id = `${base}-rev${revision}${suffix}`;
    taken.add(id);
    specs.push(specFor(random, id, vendor, free));
  }
  return specs;
}

export function syntheticCatalog(options: SyntheticOptions): Snapshot {
  return snapshotFromSpecs(syntheticSpecs(options));
}
