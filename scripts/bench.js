#!/usr/bin/env node
// Thin entry point: runs each benchmark in bench/ in its own process (so peak
// memory figures are its own) and prints their reports one after another.
// `npm run bench -- sync runtime` runs only the named ones.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const ALL = ["sync", "codegen", "runtime", "drift", "videos"];
const wanted = process.argv.slice(2).filter((arg) => !arg.startsWith("-"));
const unknown = wanted.filter((name) => !ALL.includes(name));
if (unknown.length > 0) {
  process.stderr.write(`bench: unknown benchmark ${unknown.join(", ")}; choose from ${ALL.join(", ")}\n`);
  process.exit(2);
}
let failed = 0;
for (const name of wanted.length > 0 ? wanted : ALL) {
  const file = fileURLToPath(new URL(`../bench/${name}.js`, import.meta.url));
  if (!existsSync(file)) {
    process.stderr.write(`bench: ${name}: bench/${name}.js is missing\n`);
    failed += 1;
    continue;
  }
  process.stdout.write(`\n=== ${name} ===\n`);
  const result = spawnSync(process.execPath, ["--expose-gc", file], { stdio: "inherit" });
  if (result.status !== 0) failed += 1;
}
process.exitCode = failed === 0 ? 0 : 1;
