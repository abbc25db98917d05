import { copyFileSync, linkSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { readyToReplace, replaceDirAtomically } from "../shared/fs/replace-dir.js";
import { isFiltering, type ModelFilter, modelMatcher, noModelsMatch } from "../shared/model-filter.js";
import { identifiersForModels } from "../shared/model-names.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import type { StoredModel } from "../snapshot/format.js";
import { readSnapshot } from "../snapshot/read.js";
import { generatorFingerprint } from "./fingerprint.js";
import { generatedTarget, markerContent } from "./generated-folder.js";
import {
  INDEX_FILE,
  MARKER_FILE,
  MODEL_MAP_FILE,
  MODEL_MODULE_FILE,
  MODELS_DIR,
  POOL_DIR,
  VALIDATORS_DIR,
} from "./layout.js";
import { planModel } from "./plan.js";
import { RegenCache } from "./regen-cache.js";
import { type IndexedModel, renderIndexModule } from "./render/index-module.js";
import { type MappedModel, renderModelMap } from "./render/model-map.js";
import { renderModelModule } from "./render/model-module.js";
import { byOperation } from "./roots.js";

export interface GenerateOptions {
  snapshotDir: string;
  outDir: string;
  /** Where the regeneration cache lives; `undefined` disables it. */
  cacheDir?: string | undefined;
  /** Emit only the models it matches (the index and ModelMap name no other). */
  modelFilter?: ModelFilter | undefined;
  /** Also write models/<stem>/openapi.d.ts, openapi-typescript's whole view of each document. */
  openapiTypes?: boolean | undefined;
  onModel?: (event: { id: string; reused: boolean }) => void;
}

export interface GenerateResult {
  models: number;
  emitted: number;
  reused: number;
  warnings: Problem[];
}

/** A file of the new tree: fresh content, or an unchanged file of the previous tree carried over. */
type Output = { content: string } | { from: string };

/** Hard-link an unchanged file into the new tree; copy where links are not possible. */
function carryOver(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** Whether the previous tree holds `content` at `file` already: then it is linked, not written again. */
function holds(file: string, content: string): boolean {
  try {
    return readFileSync(file, "utf8") === content;
  } catch {
    return false;
  }
}

/**
 * Snapshot -> generated tree. Nothing is written unless every model could be
 * processed; the tree is replaced as a whole, and only if `outDir` is absent,
 * empty or a generated tree, apart from the snapshot (generated-folder.ts).
 */
export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const target = generatedTarget(options.outDir, options.snapshotDir);
  // Before any work: a refused folder costs nothing, and an interrupted swap
  // of the output is finished before the cache looks at its files.
  readyToReplace(target);
  const stored = await readSnapshot(options.snapshotDir, { lazyDocuments: true });
  // Identifiers come from the whole catalog: a binding keeps its name whatever the filter.
  const identifiers = identifiersForModels(stored.models.map((model) => model.id));
  const wanted = modelMatcher(options.modelFilter);
  const snapshot = { ...stored, models: stored.models.filter((model) => wanted(model.id)) };
  if (isFiltering(options.modelFilter) && snapshot.models.length === 0) {
    const error = noModelsMatch(
      options.modelFilter,
      `the snapshot ${options.snapshotDir}`,
      stored.models.map((model) => model.id),
    );
    throw new ToolError(`generate: ${error.message}; nothing was written`);
  }
  const cache = await RegenCache.open(options.cacheDir, options.outDir);
  const openapiTypes = options.openapiTypes === true;
  // A model's files depend on the options too: a cached model is reused only under the same ones.
  const fingerprint = `${await generatorFingerprint()}${openapiTypes ? "+openapi-types" : ""}`;

  const problems: Problem[] = [];
  const warnings: Problem[] = [];
  const outputs = new Map<string, Output>();
  const fresh = new Map<string, { input: string; meta: Record<string, string>; files: Map<string, string> }>();
  // Model id -> rootKey -> import-type text of the root (also what the regeneration cache keeps).
  const roots = new Map<string, Record<string, string>>();
  const add = (model: string, relative: string, output: Output): void => {
    const existing = outputs.get(relative);
    if (existing !== undefined && "content" in existing && "content" in output && existing.content !== output.content) {
      problems.push({
        model,
        message: `two different contents for ${relative} (a content-hash collision); please report this`,
      });
    }
    // An unchanged file keeps its inode (and so its recorded size and time).
    if (existing === undefined || "content" in existing) outputs.set(relative, output);
  };

  const inputs = new Map(
    snapshot.models.map((model) => [
      model.id,
      RegenCache.inputKey(fingerprint, model.id, model.stem, model.documentSha256),
    ]),
  );
  const previous = snapshot.models.map((model) => cache.reuse(model.id, inputs.get(model.id)!));
  const toEmit: StoredModel[] = [];
  snapshot.models.forEach((model, index) => {
    const entry = previous[index];
    if (entry === undefined) {
      toEmit.push(model);
      return;
    }
    // Most of a model's files are pooled ones another reused model listed already.
    for (const relative of entry.files)
      if (!outputs.has(relative)) add(model.id, relative, { from: cache.absolute(relative) });
    roots.set(model.id, entry.meta);
    options.onModel?.({ id: model.id, reused: true });
  });

  // The emitters (openapi-typescript and TypeScript) take a second to
  // load: only a run with something to emit pays for them.
  const { emitModel } = toEmit.length > 0 ? await import("./emit-model.js") : { emitModel: undefined };
  for (const model of toEmit) {
    const planned = planModel(model, identifiers.get(model.id)!);
    problems.push(...planned.problems);
    if (planned.plan === undefined || emitModel === undefined) continue;
    const emitted = await emitModel(planned.plan, { openapiTypes });
    problems.push(...emitted.problems);
    warnings.push(...emitted.warnings);
    if (emitted.problems.length > 0 || emitted.roots === undefined) continue;
    const files = new Map<string, string>();
    for (const [name, content] of Object.entries(emitted.files))
      files.set(`${MODELS_DIR}/${model.stem}/${name}`, content);
    for (const [stem, content] of emitted.pool) files.set(`${POOL_DIR}/${stem}.d.ts`, content);
    for (const [stem, content] of emitted.validators) files.set(`${VALIDATORS_DIR}/${stem}.ts`, content);
    for (const [relative, content] of files) add(model.id, relative, { content });
    const meta = Object.fromEntries(emitted.roots);
    fresh.set(model.id, { input: inputs.get(model.id)!, meta, files });
    roots.set(model.id, meta);
    options.onModel?.({ id: model.id, reused: false });
  }

  const lowerCase = new Map<string, string>();
  for (const relative of outputs.keys()) {
    const other = lowerCase.get(relative.toLowerCase());
    if (other !== undefined)
      problems.push({
        message: `${other} and ${relative} differ only by letter case, which collides on macOS and Windows`,
      });
    lowerCase.set(relative.toLowerCase(), relative);
  }
  if (problems.length > 0) {
    const models = new Set(problems.map((problem) => problem.model));
    throw new ToolError(
      `generate: ${problems.length} problem${problems.length === 1 ? "" : "s"} in ${models.size} model${models.size === 1 ? "" : "s"} of ${options.snapshotDir}; nothing was written`,
      { problems },
    );
  }

  const indexed: IndexedModel[] = snapshot.models.map((model) => ({
    id: model.id,
    stem: model.stem,
    identifier: identifiers.get(model.id)!,
    apiMd: model.apiMd,
  }));
  const mapped: MappedModel[] = snapshot.models.map((model) => ({
    id: model.id,
    operations: byOperation(roots.get(model.id)!),
  }));
  outputs.set(INDEX_FILE, { content: renderIndexModule(indexed) });
  for (const model of indexed)
    outputs.set(`${MODELS_DIR}/${model.stem}/${MODEL_MODULE_FILE}`, { content: renderModelModule(model) });
  outputs.set(MODEL_MAP_FILE, { content: renderModelMap(mapped) });
  outputs.set(MARKER_FILE, { content: markerContent({ openapiTypes }) });

  // Synchronous file operations: a batch of thousands of small writes and
  // links, where a promise per call cost more than the calls.
  await replaceDirAtomically(target, async (temp) => {
    const relatives = [...outputs.keys()].sort();
    // Every folder is created once, parents first (sorted paths put a parent
    // before its children), without the extra stats of a recursive mkdir.
    const folders = new Set<string>();
    for (const relative of relatives) {
      const parts = relative.split("/").slice(0, -1);
      for (let depth = 1; depth <= parts.length; depth += 1) folders.add(parts.slice(0, depth).join("/"));
    }
    for (const folder of [...folders].sort()) mkdirSync(path.join(temp, ...folder.split("/")));
    for (const relative of relatives) {
      const output = outputs.get(relative)!;
      const target = path.join(temp, ...relative.split("/"));
      // A rendered file (the index, the map, each model's module) is mostly
      // as the previous run wrote it: reading and linking it costs a third
      // of writing it, and it keeps its inode, as a carried-over file does.
      if (!("content" in output)) {
        carryOver(output.from, target);
        continue;
      }
      const previous = cache.absolute(relative);
      if (holds(previous, output.content)) carryOver(previous, target);
      else writeFileSync(target, output.content);
    }
  });
  for (const [id, entry] of fresh) cache.record(id, entry.input, entry.meta, entry.files.keys());
  await cache.save(new Set(snapshot.models.map((model) => model.id)));
  const reused = snapshot.models.length - fresh.size;
  return { models: snapshot.models.length, emitted: fresh.size, reused, warnings };
}
