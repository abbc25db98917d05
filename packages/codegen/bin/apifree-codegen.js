#!/usr/bin/env node
// Thin entry point of the published CLI. Packed, the compiled CLI sits beside
// this folder (prepack copies it); inside the repository, through the
// workspace link, it is the repository's own build.
import { existsSync } from "node:fs";

const entry = [
  new URL("../dist/cli/main.js", import.meta.url),
  new URL("../../../dist/cli/main.js", import.meta.url),
].find((url) => existsSync(url));
if (entry === undefined) {
  process.stderr.write("apifree-codegen: dist/ is missing; run `npm run build` at the repository's root\n");
  process.exit(2);
}
const { runProcess } = await import(entry.href);
process.exitCode = await runProcess(process.argv.slice(2));
