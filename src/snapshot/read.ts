import { readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { isPlainRelativePath, resolveInside } from "../shared/fs/confined-path.js";
import { recoverInterruptedSwap } from "../shared/fs/recover-swap.js";
import { sha256 } from "../shared/hash.js";
import { isRecord } from "../shared/is-record.js";
import { fileStemForModel } from "../shared/model-names.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import {
  API_MD_FILE,
  type CatalogBody,
  DOCUMENT_FILE,
  MANIFEST_FILE,
  type Manifest,
  MODELS_DIR,
  SNAPSHOT_FORMAT,
  type StoredModel,
  type StoredSnapshot,
} from "./format.js";

// Synchronous on purpose: thousands of small files read one after another
// finish several times sooner than through the promise API's four round
// trips per file, and nothing else runs while a snapshot is being read.
function readTextSync(file: string, what: string): string {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "it does not exist" : code === "EISDIR" ? "it is a directory" : String(error);
    throw new ToolError(`cannot read ${what} ${file}: ${reason}`);
  }
}

/** The snapshot folder with symbolic links resolved; as given when it cannot be resolved (reading then says why). */
function realFolder(dir: string): string {
  try {
    return realpathSync.native(dir);
  } catch {
    return path.resolve(dir);
  }
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ToolError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

/** A value from a manifest, quoted in a message: JSON, and short. */
function quoted(value: string): string {
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 100)}…" (${value.length} characters)` : text;
}

function refusedPath(file: string, field: string, value: string): ToolError {
  return new ToolError(
    `${file}: ${field} is ${quoted(value)}, which is not a path inside the snapshot folder; the snapshot is refused (sync it again, or restore ${MANIFEST_FILE})`,
  );
}

/**
 * The manifest's shape, and every path it names confined to the snapshot
 * folder as written (readSnapshot also checks where symbolic links lead).
 * Entries are looked up as own properties only: "__proto__" or "constructor"
 * is a model id like any other.
 */
export function checkManifest(value: unknown, file: string): Manifest {
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) {
    throw new ToolError(`${file} is not a snapshot manifest (expected "format": "${SNAPSHOT_FORMAT}")`);
  }
  const catalog = value.catalog;
  if (!isRecord(catalog) || typeof catalog.file !== "string" || typeof catalog.sha256 !== "string") {
    throw new ToolError(`${file}: "catalog" must name the catalog file and its sha256`);
  }
  if (!isPlainRelativePath(catalog.file)) throw refusedPath(file, "catalog.file", catalog.file);
  if (!isRecord(value.models)) throw new ToolError(`${file}: "models" must be an object`);
  for (const [id, entry] of Object.entries(value.models)) {
    const field = `models[${JSON.stringify(id)}]`;
    if (!isRecord(entry) || typeof entry.dir !== "string" || !isRecord(entry.files)) {
      throw new ToolError(`${file}: ${field} must have "dir" and "files"`);
    }
    if (!isPlainRelativePath(entry.dir)) throw refusedPath(file, `${field}.dir`, entry.dir);
    if (entry.dir !== `${MODELS_DIR}/${fileStemForModel(id)}`) {
      throw new ToolError(
        `${file}: ${field}.dir must be ${MODELS_DIR}/${fileStemForModel(id)}, not ${quoted(entry.dir)}`,
      );
    }
    for (const [name, hash] of Object.entries(entry.files)) {
      if (!isPlainRelativePath(name) || name.includes("/")) throw refusedPath(file, `${field}.files`, name);
      if (typeof hash !== "string") throw new ToolError(`${file}: ${field}.files[${quoted(name)}] must be a sha256`);
    }
  }
  return value as unknown as Manifest;
}

/** `relative` under the snapshot folder, checked to stay there once symbolic links are followed. */
function confined(dir: string, dirReal: string, relative: string, field: string): string {
  const file = resolveInside(dir, dirReal, relative);
  if (file !== undefined) return file;
  throw new ToolError(
    `snapshot ${dir}: ${field} (${quoted(relative)}) leads outside the snapshot folder through a symbolic link; the snapshot is refused (sync it again into a plain folder)`,
  );
}

export function checkCatalog(value: unknown, where: string): CatalogBody {
  if (!isRecord(value) || !Array.isArray(value.data)) {
    throw new ToolError(`${where} is not a model list (expected {"object":"list","data":[...]})`);
  }
  const seen = new Set<string>();
  const problems: Problem[] = [];
  value.data.forEach((entry, index) => {
    if (!isRecord(entry) || typeof entry.id !== "string" || entry.id === "") {
      problems.push({ pointer: `/data/${index}`, message: 'entry has no string "id"' });
    } else if (seen.has(entry.id)) {
      problems.push({ model: entry.id, pointer: `/data/${index}`, message: "duplicate model id in the catalog" });
    } else {
      seen.add(entry.id);
    }
  });
  if (problems.length > 0) throw new ToolError(`${where} is not a usable model list`, { problems });
  return value as CatalogBody;
}

/** Read and verify a snapshot: every file present, every hash matching, catalog and manifest agreeing. */
export interface ReadOptions {
  /**
   * Read, verify and parse each document only on first access of
   * `model.document`: a regeneration that reuses most models never needs
   * most of them. A missing, altered or non-JSON document then fails (with
   * the same ToolError) at that access instead of here; `documentSha256` is
   * the manifest's.
   */
  lazyDocuments?: boolean;
}

function hashMismatch(model: string, dir: string, name: string): Problem {
  return { model, message: `${dir}/${name} does not match the sha256 in ${MANIFEST_FILE}` };
}

function verifiedDocument(file: string, text: string, expected: string | undefined, id: string, dir: string): unknown {
  if (sha256(text) !== expected)
    throw new ToolError(`snapshot is corrupt`, { problems: [hashMismatch(id, dir, DOCUMENT_FILE)] });
  return parseJson(text, file);
}

function lazyModel(fields: Omit<StoredModel, "document">, load: () => unknown): StoredModel {
  let loaded: { value: unknown } | undefined;
  return Object.defineProperty({ ...fields } as StoredModel, "document", {
    enumerable: true,
    get: () => {
      loaded ??= { value: load() };
      return loaded.value;
    },
  });
}

export async function readSnapshot(dir: string, options: ReadOptions = {}): Promise<StoredSnapshot> {
  recoverInterruptedSwap(dir);
  const dirReal = realFolder(dir);
  const manifestFile = confined(dir, dirReal, MANIFEST_FILE, MANIFEST_FILE);
  const manifest = checkManifest(
    parseJson(readTextSync(manifestFile, "snapshot manifest"), manifestFile),
    manifestFile,
  );
  const catalogFile = confined(dir, dirReal, manifest.catalog.file, "catalog.file");
  const catalogText = readTextSync(catalogFile, "snapshot catalog");
  const problems: Problem[] = [];
  if (sha256(catalogText) !== manifest.catalog.sha256) {
    problems.push({ message: `${catalogFile} does not match the sha256 in ${MANIFEST_FILE}` });
  }
  const catalog = checkCatalog(parseJson(catalogText, catalogFile), catalogFile);
  const catalogIds = new Set(catalog.data.map((entry) => entry.id));
  for (const id of catalogIds) {
    if (!Object.hasOwn(manifest.models, id))
      problems.push({ model: id, message: `listed in ${manifest.catalog.file} but missing from ${MANIFEST_FILE}` });
  }
  const ids = Object.keys(manifest.models).sort();
  const models = ids.map((id): StoredModel | undefined => {
    if (!catalogIds.has(id)) {
      problems.push({ model: id, message: `in ${MANIFEST_FILE} but not listed in ${manifest.catalog.file}` });
      return undefined;
    }
    const entry = manifest.models[id]!;
    const field = `models[${JSON.stringify(id)}]`;
    // Each path is checked where it is read: a lazy document pays for it only when used.
    const documentFile = () => confined(dir, dirReal, `${entry.dir}/${DOCUMENT_FILE}`, `${field}.dir`);
    const apiMdFile = confined(dir, dirReal, `${entry.dir}/${API_MD_FILE}`, `${field}.dir`);
    const what = `document of model ${JSON.stringify(id)}`;
    const apiMd = readTextSync(apiMdFile, `api.md of model ${JSON.stringify(id)}`);
    const apiMdSha256 = sha256(apiMd);
    if (entry.files[API_MD_FILE] !== apiMdSha256) problems.push(hashMismatch(id, entry.dir, API_MD_FILE));
    const stem = entry.dir.slice(MODELS_DIR.length + 1);
    if (options.lazyDocuments === true) {
      const load = () => {
        const file = documentFile();
        return verifiedDocument(file, readTextSync(file, what), entry.files[DOCUMENT_FILE], id, entry.dir);
      };
      return lazyModel({ id, stem, apiMd, documentSha256: entry.files[DOCUMENT_FILE] ?? "", apiMdSha256 }, load);
    }
    const file = documentFile();
    const documentText = readTextSync(file, what);
    const documentSha256 = sha256(documentText);
    if (entry.files[DOCUMENT_FILE] !== documentSha256) problems.push(hashMismatch(id, entry.dir, DOCUMENT_FILE));
    return { id, stem, apiMd, documentSha256, apiMdSha256, document: parseJson(documentText, file) };
  });
  if (problems.length > 0) throw new ToolError(`snapshot ${dir} is corrupt`, { problems });
  return { dir, manifest, catalog, models: models.filter((model): model is StoredModel => model !== undefined) };
}
