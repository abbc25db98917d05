#!/usr/bin/env node
// Thin entry point: writes a synthetic catalog of N models (src/catalog/synthetic.ts). Needs `npm run build`.
import { existsSync } from "node:fs";

const entry = new URL("../dist/catalog/scripts.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("make-catalog: dist/ is missing; run `npm run build` first\n");
  process.exit(2);
}
const { makeCatalogScript } = await import(entry.href);
process.exitCode = await makeCatalogScript(process.argv.slice(2), process);
