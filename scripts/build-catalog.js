#!/usr/bin/env node
// Thin entry point: writes the bundled catalog (src/catalog) to snapshot/ or --out DIR. Needs `npm run build`.
import { existsSync } from "node:fs";

const entry = new URL("../dist/catalog/scripts.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write("build-catalog: dist/ is missing; run `npm run build` first\n");
  process.exit(2);
}
const { buildCatalogScript } = await import(entry.href);
process.exitCode = await buildCatalogScript(process.argv.slice(2), process);
