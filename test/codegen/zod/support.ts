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

/** Whether some object inside `value` has an own member named like one fast-deep-equal calls. */
function hasOwnMethodName(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasOwnMethodName);
  if (value === null || typeof value !== "object") return false;
  return (
    ["toString", "valueOf"].some((key) => Object.hasOwn(value, key)) || Object.values(value).some(hasOwnMethodName)
  );
}

const PROTOTYPE_NAMES = new Set(Object.getOwnPropertyNames(Object.prototype));

function hasPrototypeNamedKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasPrototypeNamedKey);
  if (value === null || typeof value !== "object") return false;
  return Object.keys(value).some((key) => PROTOTYPE_NAMES.has(key)) || Object.values(value).some(hasPrototypeNamedKey);
}

function hasHugeNumber(value: unknown): boolean {
  // With divisors down to 1/8, the quotient passes 2^53 from here on.
  if (typeof value === "number") return Math.abs(value) >= 2 ** 50;
  if (Array.isArray(value)) return value.some(hasHugeNumber);
  return value !== null && typeof value === "object" && Object.values(value).some(hasHugeNumber);
}

/**
 * The oracle's verdict, or why it cannot give one. Three Ajv limitations are
 * named rather than hidden: its deep equality (fast-deep-equal, used for
 * enum, const and uniqueItems) throws on objects with an own "toString" or
 * "valueOf" that is not a function; its multipleOf divides in floating
 * point, so every quotient beyond 2^53 looks integral (and parseInt(4e21) is
 * 4); its
 * unevaluatedProperties bookkeeping is a plain object, so a property named
 * like an Object.prototype member ("constructor") counts as evaluated; and
 * without allErrors (which Ajv drops inside not/oneOf/anyOf/if) its required
 * check never reports a missing "" property (`(data[""] === undefined) &&
 * (missing = "")` is falsy).
 */
export function oracleVerdict(
  check: (value: unknown) => { valid: boolean },
  value: unknown,
  documentText: string,
): { valid: boolean } | { skipped: string } {
  if (hasHugeNumber(value) && documentText.includes('"multipleOf"'))
    return { skipped: "Ajv multipleOf on a number beyond 2^50" };
  if (hasPrototypeNamedKey(value) && documentText.includes('"unevaluatedProperties"'))
    return { skipped: "Ajv unevaluatedProperties on a key named like an Object.prototype member" };
  if (/"required":\[[^\]]*""/.test(documentText)) return { skipped: 'Ajv required [""] outside allErrors mode' };
  try {
    return { valid: check(value).valid };
  } catch (error) {
    if (hasOwnMethodName(value)) return { skipped: "Ajv deep equality on an own toString/valueOf" };
    throw error;
  }
}
