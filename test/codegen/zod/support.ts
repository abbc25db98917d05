import { existsSync } from "node:fs";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { z } from "zod";
import { type EmitResult, emitSchemasModule, type SchemaRoot } from "../../../src/codegen/zod/index.js";
import { locateChatContract, withStandardChunk } from "../../../src/openapi/document.js";
import { readSnapshot } from "../../../src/snapshot/read.js";

/*
 * Shared by the emitter's tests: emitting a module, loading it (written under
 * test/.tmp, which vitest resolves like any source file, so the module's
 * `apifree-typed/validators` import reaches src/runtime/validators), and the
 * documents the differential test runs over.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
/** Per process: test files run in parallel workers, and each removes only its own folder. */
export const TMP_DIR = path.join(ROOT, "test/.tmp/zod", String(process.pid));

export type Validators = Record<string, z.ZodType>;

let counter = 0;

/** Write `source` as a module under test/.tmp/zod and import it. */
export async function loadModule(source: string, name = "module"): Promise<Validators> {
  await mkdir(TMP_DIR, { recursive: true });
  const file = path.join(TMP_DIR, `${name.replace(/[^A-Za-z0-9_-]+/g, "_")}-${counter++}.ts`);
  await writeFile(file, source);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Validators;
}

export async function cleanTmp(): Promise<void> {
  if (process.env.APIFREE_KEEP_TMP === undefined) await rm(TMP_DIR, { recursive: true, force: true });
}

/** Emit and load in one go; throws when the emitter reports problems. */
export async function compileSchemas(
  document: unknown,
  roots: SchemaRoot[],
  model = "test-model",
): Promise<{ result: EmitResult; validators: Validators }> {
  const result = emitSchemasModule({ model, document, roots });
  if (result.problems.length > 0) throw new Error(`emitter problems: ${JSON.stringify(result.problems, null, 2)}`);
  return { result, validators: await loadModule(result.source, model) };
}

export interface ContractDocument {
  name: string;
  document: unknown;
  roots: SchemaRoot[];
}

/** The document as generate sees it (standard chunk placed) and its request/response/chunk roots. */
export function contractDocument(name: string, raw: unknown): ContractDocument {
  const document = withStandardChunk(raw);
  const contract = locateChatContract(document);
  const roots: SchemaRoot[] = [];
  if (contract.request !== undefined) roots.push({ exportName: "request", pointer: contract.request.pointer });
  if (contract.response !== undefined) roots.push({ exportName: "response", pointer: contract.response.pointer });
  if (contract.chunk !== undefined) roots.push({ exportName: "chunk", pointer: contract.chunk.pointer });
  return { name, document, roots };
}

const SNAPSHOT_DIR = path.join(ROOT, "snapshot");

/** The bundled catalog's models, read from snapshot/ (empty when it is not there). */
export async function bundledDocuments(): Promise<ContractDocument[]> {
  if (!existsSync(path.join(SNAPSHOT_DIR, "manifest.json"))) return [];
  const snapshot = await readSnapshot(SNAPSHOT_DIR);
  return snapshot.models.map((model) => contractDocument(model.id, model.document));
}
