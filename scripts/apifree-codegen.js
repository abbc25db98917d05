#!/usr/bin/env node
// Thin entry point: the command line lives in src/cli, compiled to dist/.
import { existsSync } from "node:fs";

const entry = new URL("../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("apifree-codegen: dist/ is missing; run `npm run build` (npm ci does it for you)\n");
  process.exit(2);
}
const { runProcess } = await import(entry.href);
process.exitCode = await runProcess(process.argv.slice(2));
