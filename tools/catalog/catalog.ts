import type { Snapshot } from "../../src/snapshot/format.js";
import {
  type BuiltModel,
  type ImageModelSpec,
  type ModelSpec,
  serves,
  streams,
  type TextModelSpec,
  thinksAloud,
  type VideoModelSpec,
} from "./spec.js";
import { buildModel, VENDOR_OPERATIONS } from "./vendors/index.js";

/* From model specs to a Snapshot: build each model, check the set, sort by id. */

/** Rules a text spec must follow for its document to describe what APIFree (and the emulator) actually send. */
function textProblems(spec: TextModelSpec): string[] {
  const problems: string[] = [];
  const operations = spec.operations ?? ["chat.completions"];
  if (operations.length === 0) problems.push("`operations` must list at least one operation");
  if (new Set(operations).size !== operations.length) problems.push("`operations` lists an operation twice");
  for (const operation of operations)
    if (!VENDOR_OPERATIONS[spec.vendor].includes(operation))
      problems.push(`the ${spec.vendor} template does not write \`${operation}\``);
  const chat = serves(spec, "chat.completions");
  if (chat && thinksAloud(spec) && spec.streamSchema !== true) {
    problems.push(
      "a model that streams `reasoning_content` must declare its event-stream schema (the standard chunk has no such member)",
    );
  }
  if (spec.streamSchema === true && !chat) problems.push("`streamSchema` describes the chat operation, which it lacks");
  if (spec.streamSchema === true && !streams(spec))
    problems.push("a model that does not stream cannot declare an event-stream schema");
  if (spec.reasoning?.efforts !== undefined && spec.reasoning.efforts.length === 0)
    problems.push("`efforts` must list at least one value");
  const budget = spec.reasoning?.thinkingBudget;
  if (budget !== undefined && (budget.min < 0 || budget.max < budget.min || budget.max >= spec.maxOutputTokens))
    problems.push("`thinkingBudget` must be a range from 0 up, below maxOutputTokens");
  if (spec.maxOutputTokens < 1 || spec.maxOutputTokens > spec.contextLength)
    problems.push("maxOutputTokens must be between 1 and contextLength");
  if (spec.pricing.input < 0 || spec.pricing.output < 0) problems.push("prices cannot be negative");
  return problems;
}

function videoProblems(spec: VideoModelSpec): string[] {
  const problems: string[] = [];
  if (spec.sizes.length === 0) problems.push("`sizes` must list at least one size");
  if (spec.sizes.some((size) => !/^[1-9]\d*x[1-9]\d*$/.test(size))) problems.push("sizes are WIDTHxHEIGHT");
  const seconds = spec.seconds;
  if (seconds.type === "string" && (seconds.values.length === 0 || seconds.values.some((v) => !/^[1-9]\d*$/.test(v))))
    problems.push("`seconds` values must be positive whole numbers, as strings");
  if (
    seconds.type === "integer" &&
    !(seconds.min >= 1 && seconds.min <= seconds.default && seconds.default <= seconds.max)
  )
    problems.push("`seconds` needs 1 <= min <= default <= max");
  if (spec.pricing.perSecond < 0) problems.push("prices cannot be negative");
  return problems;
}

function imageProblems(spec: ImageModelSpec): string[] {
  const problems: string[] = [];
  if (spec.sizes.length === 0 || spec.qualities.length === 0) problems.push("`sizes` and `qualities` cannot be empty");
  if (spec.maxImages < 1) problems.push("`maxImages` must be at least 1");
  if (spec.pricing.perImage < 0) problems.push("prices cannot be negative");
  return problems;
}

function specProblems(spec: ModelSpec): string[] {
  const problems =
    spec.kind === "video" ? videoProblems(spec) : spec.kind === "image" ? imageProblems(spec) : textProblems(spec);
  if (spec.id === "") problems.unshift("empty id");
  return problems.map((problem) => `model ${JSON.stringify(spec.id)}: ${problem}`);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function buildModels(specs: readonly ModelSpec[]): BuiltModel[] {
  const problems = specs.flatMap(specProblems);
  const seen = new Set<string>();
  for (const spec of specs) {
    if (seen.has(spec.id)) problems.push(`model ${JSON.stringify(spec.id)}: listed twice`);
    seen.add(spec.id);
  }
  if (problems.length > 0) throw new Error(`invalid catalog specs:\n  ${problems.join("\n  ")}`);
  return specs.map(buildModel).sort(byId);
}

export function snapshotFromSpecs(specs: readonly ModelSpec[]): Snapshot {
  const built = buildModels(specs);
  return {
    catalog: { object: "list", data: built.map((model) => model.catalogEntry) },
    models: built.map(({ id, document, apiMd }) => ({ id, document, apiMd })),
  };
}
