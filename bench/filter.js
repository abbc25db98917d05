// Benchmark: what choosing models costs a consumer. A consumer's `tsc
// --noEmit` over the tree generated from the 1,000-model synthetic catalog
// filtered to the 3 models it uses (`--models`), against the same consumer
// over a tree generated from a 3-model catalog, measured in the same run
// (goal <= 1.05x): a filter must leave no trace of the models it dropped.
//
//   node bench/filter.js [--models 1000] [--rounds 5]
import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
// The synthetic catalog is a fixture builder (TypeScript under tools/), loaded through tsx in its own scope.
import { tsImport } from "tsx/esm/api";
import { CONSUMER_TSCONFIG, consumerSource, tscFigures, userProject } from "./support/consumer.js";

const dist = (file) => import(new URL(`../dist/${file}`, import.meta.url).href);
const { values } = parseArgs({
  options: { models: { type: "string", default: "1000" }, rounds: { type: "string", default: "5" } },
});
const MODELS = Number(values.models);
const ROUNDS = Number(values.rounds);
const GOAL = 1.05;
const fmt = (x, digits = 2) => x.toFixed(digits);

/** Same relative paths, same bytes. */
async function sameTree(a, b) {
  const list = async (dir) =>
    (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
  const [left, right] = await Promise.all([list(a), list(b)]);
  if (left.join("\n") !== right.join("\n")) return false;
  for (const file of left) {
    const [x, y] = await Promise.all([readFile(path.join(a, file)), readFile(path.join(b, file))]);
    if (!x.equals(y)) return false;
  }
  return true;
}

async function fileCount(dir) {
  return (await readdir(dir, { recursive: true, withFileTypes: true })).filter((entry) => entry.isFile()).length;
}

const started = performance.now();
const work = await mkdtemp(path.join(tmpdir(), "apifree-bench-filter-"));
try {
  const { syntheticCatalog } = await tsImport("../tools/catalog/synthetic.ts", import.meta.url);
  const { writeSnapshot } = await dist("snapshot/write.js");
  const { generate } = await dist("codegen/generate.js");
  const catalog = syntheticCatalog({ models: MODELS });
  const used = catalog.models.slice(0, 3).map((model) => model.id);
  const three = {
    catalog: { ...catalog.catalog, data: catalog.catalog.data.filter((entry) => used.includes(entry.id)) },
    models: catalog.models.filter((model) => used.includes(model.id)),
  };
  await writeSnapshot(path.join(work, "snapshot"), catalog);
  await writeSnapshot(path.join(work, "snapshot-3"), three);

  const trees = {
    filtered: { snapshot: "snapshot", filter: { include: used, exclude: [] } },
    "3-model": { snapshot: "snapshot-3", filter: undefined },
  };
  const dirs = {};
  for (const [name, tree] of Object.entries(trees)) {
    const out = path.join(work, `gen-${name}`);
    await generate({ snapshotDir: path.join(work, tree.snapshot), outDir: out, modelFilter: tree.filter });
    const dir = path.join(work, `consumer-${name}`);
    await userProject(dir, out);
    await writeFile(path.join(dir, "consumer.ts"), consumerSource(used));
    await writeFile(path.join(dir, "tsconfig.json"), CONSUMER_TSCONFIG);
    dirs[name] = dir;
  }
  const same = await sameTree(path.join(work, "gen-filtered"), path.join(work, "gen-3-model"));
  // Rounds alternate between the two projects, so a busy machine slows both alike.
  const runs = { filtered: [], "3-model": [] };
  for (let i = 0; i < ROUNDS; i++)
    for (const name of Object.keys(runs)) runs[name].push(await tscFigures(dirs[name], 1));
  const figures = {};
  for (const [name, list] of Object.entries(runs)) {
    const median = [...list].sort((x, y) => x.total - y.total)[Math.floor(list.length / 2)];
    figures[name] = { ...median, tree: await fileCount(path.join(work, `gen-${name}`)) };
  }

  const ratio = figures.filtered.total / figures["3-model"].total;
  console.log(`filter: tsc --noEmit of a consumer of 3 models, median of ${ROUNDS} runs`);
  for (const [name, label] of [
    ["filtered", `${MODELS}-model catalog, --models the 3`],
    ["3-model", "3-model catalog"],
  ]) {
    const p = figures[name];
    console.log(
      `  ${label.padEnd(36)} total ${fmt(p.total)} s  check ${fmt(p.check)} s  tree ${p.tree} files  tsc files ${p.files}  instantiations ${p.instantiations}`,
    );
  }
  console.log(
    `  ratio filtered / 3-model                  ${fmt(ratio)}x   ${ratio <= GOAL ? "ok" : "MISSED"} (goal <= ${GOAL}x)`,
  );
  console.log(`  the two generated trees are ${same ? "byte for byte the same" : "DIFFERENT"}`);
  console.log(`filter: bench took ${fmt((performance.now() - started) / 1000, 0)} s`);
} finally {
  await rm(work, { recursive: true, force: true });
}
