#!/usr/bin/env node
// Thin entry point: runs tools/catalog (fixture builders, TypeScript, never shipped) through tsx.
import { register } from "tsx/esm/api";

register();
const { makeCatalogScript } = await import("../tools/catalog/scripts.ts");
process.exitCode = await makeCatalogScript(process.argv.slice(2), process);
