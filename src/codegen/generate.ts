import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readSnapshot } from "../snapshot/read.js";
import { identifiersForModels } from "../shared/model-names.js";
import { replaceDirAtomically } from "../shared/atomic-dir.js";
import { ToolError, type Problem } from "../shared/tool-error.js";
import { emitModel } from "./emit-model.js";
import { generatorFingerprint } from "./fingerprint.js";
import { planModel, type ModelPlan } from "./plan.js";
import { POOL_DIR } from "./types/model-types.js";
import { RegenCache } from "./regen-cache.js";
import { renderIndexModule, type IndexedModel } from "./render/index-module.js";
import { renderModelMap } from "./render/model-map.js";

export const INDEX_FILE = "index.ts";
export const MODEL_MAP_FILE = "model-map.d.ts";

export interface GenerateOptions {
  snapshotDir: string;
  outDir: string;
  /** Where the regeneration cache lives; `undefined` disables it. */
  cacheDir?: string | undefined;
  onModel?: (event: { id: string; reused: boolean }) => void;
}

export interface GenerateResult {
  models: number;
  emitted: number;
  reused: number;
  warnings: Problem[];
}

/**
 * Snapshot -> generated tree. Nothing is written unless every model could be
 * processed; the tree is replaced as a whole.
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const snapshot = await readSnapshot(options.snapshotDir);
  const identifiers = identifiersForModels(snapshot.models.map((model) => model.id));
  const problems: Problem[] = [];
  const plans: ModelPlan[] = [];
  for (const model of snapshot.models) {
    const planned = planModel(model, identifiers.get(model.id)!);
    problems.push(...planned.problems);
    if (planned.plan !== undefined) plans.push(planned.plan);
  }

  const cache = await RegenCache.open(options.cacheDir, options.outDir);
  const fingerprint = await generatorFingerprint();
  const warnings: Problem[] = [];
  // Relative path -> content. Pooled type files are shared: the same path
  // always has the same content, since its name carries its content hash.
  const files = new Map<string, string>();
  const add = (model: string, produced: ReadonlyMap<string, string>): void => {
    for (const [relative, content] of produced) {
      const existing = files.get(relative);
      if (existing !== undefined && existing !== content) {
        problems.push({ model, message: `two different contents for ${relative} (a content-hash collision); please report this` });
      }
      files.set(relative, content);
    }
  };
  let reused = 0;
  for (const plan of plans) {
    const input = RegenCache.inputKey(fingerprint, plan.id, plan.stem, plan.documentSha256);
    const previous = await cache.reuse(plan.id, input);
    if (previous !== undefined) {
      add(plan.id, previous);
      reused += 1;
      options.onModel?.({ id: plan.id, reused: true });
      continue;
    }
    const emitted = await emitModel(plan);
    problems.push(...emitted.problems);
    warnings.push(...emitted.warnings);
    if (emitted.problems.length === 0) {
      const produced = new Map<string, string>();
      for (const [name, content] of Object.entries(emitted.files)) produced.set(`models/${plan.stem}/${name}`, content);
      for (const [stem, content] of emitted.pool) produced.set(`${POOL_DIR}/${stem}.d.ts`, content);
      add(plan.id, produced);
      cache.record(plan.id, input, produced);
    }
    options.onModel?.({ id: plan.id, reused: false });
  }
  const lowerCase = new Map<string, string>();
  for (const relative of files.keys()) {
    const other = lowerCase.get(relative.toLowerCase());
    if (other !== undefined) problems.push({ message: `${other} and ${relative} differ only by letter case, which collides on macOS and Windows` });
    lowerCase.set(relative.toLowerCase(), relative);
  }
  if (problems.length > 0) {
    const models = new Set(problems.map((problem) => problem.model));
    throw new ToolError(
      `generate: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${models.size} model${models.size === 1 ? "" : "s"} of ${options.snapshotDir}; nothing was written`,
      { problems },
    );
  }

  const indexed: IndexedModel[] = plans.map((plan) => ({ id: plan.id, stem: plan.stem, identifier: plan.identifier, apiMd: plan.apiMd }));
  await replaceDirAtomically(options.outDir, async (temp) => {
    await writeFile(path.join(temp, INDEX_FILE), renderIndexModule(indexed));
    await writeFile(path.join(temp, MODEL_MAP_FILE), renderModelMap(indexed));
    const made = new Set<string>();
    for (const relative of [...files.keys()].sort()) {
      const target = path.join(temp, ...relative.split("/"));
      const dir = path.dirname(target);
      if (!made.has(dir)) {
        await mkdir(dir, { recursive: true });
        made.add(dir);
      }
      await writeFile(target, files.get(relative)!);
    }
  });
  await cache.save(new Set(plans.map((plan) => plan.id)));
  return { models: plans.length, emitted: plans.length - reused, reused, warnings };
}
