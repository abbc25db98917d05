#!/usr/bin/env node
// Thin entry point of the npm scripts: the command line lives in src/cli,
// compiled to dist/. Installing no longer builds (no `prepare`: the published
// packages ship their build), so a fresh clone's first command builds once.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("apifree-codegen: dist/ is missing; building it once (npm run build)\n");
  const tsc = fileURLToPath(new URL("../node_modules/typescript/bin/tsc", import.meta.url));
  const root = fileURLToPath(new URL("..", import.meta.url));
  const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: root, stdio: ["ignore", 2, 2] });
  if (built.status !== 0 || !existsSync(entry)) {
    process.stderr.write("apifree-codegen: the build failed; run `npm run build` and read its errors\n");
    process.exit(2);
  }
}
const { runProcess } = await import(entry.href);
process.exitCode = await runProcess(process.argv.slice(2));
