#!/usr/bin/env node
// Thin entry point: runs tools/catalog (fixture builders, TypeScript, never shipped) through tsx.
import { register } from "tsx/esm/api";

register();
const { buildCatalogScript } = await import("../tools/catalog/scripts.ts");
process.exitCode = await buildCatalogScript(process.argv.slice(2), process);
