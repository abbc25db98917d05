import type { Snapshot } from "../../src/snapshot/format.js";
import { type BuiltModel, type ModelSpec, streams, thinksAloud } from "./spec.js";
import { buildModel } from "./vendors/index.js";

/* From model specs to a Snapshot: build each model, check the set, sort by id. */

/** Rules a spec must follow for its document to describe what APIFree (and the emulator) actually send. */
function specProblems(spec: ModelSpec): string[] {
  const problems: string[] = [];
  if (spec.id === "") problems.push("empty id");
  if (thinksAloud(spec) && !spec.streamSchema) {
    problems.push(
      "a model that streams `reasoning_content` must declare its event-stream schema (the standard chunk has no such member)",
    );
  }
  if (spec.streamSchema && !streams(spec))
    problems.push("a model that does not stream cannot declare an event-stream schema");
  if (spec.reasoning?.efforts !== undefined && spec.reasoning.efforts.length === 0)
    problems.push("`efforts` must list at least one value");
  if (spec.maxOutputTokens < 1 || spec.maxOutputTokens > spec.contextLength)
    problems.push("maxOutputTokens must be between 1 and contextLength");
  if (spec.pricing.input < 0 || spec.pricing.output < 0) problems.push("prices cannot be negative");
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
