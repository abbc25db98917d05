import { readFileSync } from "node:fs";
import path from "node:path";
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

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ToolError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}

export function checkManifest(value: unknown, file: string): Manifest {
  if (!isRecord(value) || value.format !== SNAPSHOT_FORMAT) {
    throw new ToolError(`${file} is not a snapshot manifest (expected "format": "${SNAPSHOT_FORMAT}")`);
  }
  const catalog = value.catalog;
  if (!isRecord(catalog) || typeof catalog.file !== "string" || typeof catalog.sha256 !== "string") {
    throw new ToolError(`${file}: "catalog" must name the catalog file and its sha256`);
  }
  if (!isRecord(value.models)) throw new ToolError(`${file}: "models" must be an object`);
  for (const [id, entry] of Object.entries(value.models)) {
    if (!isRecord(entry) || typeof entry.dir !== "string" || !isRecord(entry.files)) {
      throw new ToolError(`${file}: entry for model ${JSON.stringify(id)} must have "dir" and "files"`);
    }
    if (entry.dir !== `${MODELS_DIR}/${fileStemForModel(id)}`) {
      throw new ToolError(
        `${file}: model ${JSON.stringify(id)} must live in ${MODELS_DIR}/${fileStemForModel(id)}, not ${JSON.stringify(entry.dir)}`,
      );
    }
  }
  return value as unknown as Manifest;
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
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = checkManifest(
    parseJson(readTextSync(manifestFile, "snapshot manifest"), manifestFile),
    manifestFile,
  );
  const catalogFile = path.join(dir, manifest.catalog.file);
  const catalogText = readTextSync(catalogFile, "snapshot catalog");
  const problems: Problem[] = [];
  if (sha256(catalogText) !== manifest.catalog.sha256) {
    problems.push({ message: `${catalogFile} does not match the sha256 in ${MANIFEST_FILE}` });
  }
  const catalog = checkCatalog(parseJson(catalogText, catalogFile), catalogFile);
  const catalogIds = new Set(catalog.data.map((entry) => entry.id));
  for (const id of catalogIds) {
    if (!(id in manifest.models))
      problems.push({ model: id, message: `listed in ${manifest.catalog.file} but missing from ${MANIFEST_FILE}` });
  }
  const ids = Object.keys(manifest.models).sort();
  const models = ids.map((id): StoredModel | undefined => {
    if (!catalogIds.has(id)) {
      problems.push({ model: id, message: `in ${MANIFEST_FILE} but not listed in ${manifest.catalog.file}` });
      return undefined;
    }
    const entry = manifest.models[id]!;
    const folder = path.join(dir, ...entry.dir.split("/"));
    const documentFile = path.join(folder, DOCUMENT_FILE);
    const what = `document of model ${JSON.stringify(id)}`;
    const apiMd = readTextSync(path.join(folder, API_MD_FILE), `api.md of model ${JSON.stringify(id)}`);
    const apiMdSha256 = sha256(apiMd);
    if (entry.files[API_MD_FILE] !== apiMdSha256) problems.push(hashMismatch(id, entry.dir, API_MD_FILE));
    const stem = entry.dir.slice(MODELS_DIR.length + 1);
    if (options.lazyDocuments === true) {
      const load = () =>
        verifiedDocument(documentFile, readTextSync(documentFile, what), entry.files[DOCUMENT_FILE], id, entry.dir);
      return lazyModel({ id, stem, apiMd, documentSha256: entry.files[DOCUMENT_FILE] ?? "", apiMdSha256 }, load);
    }
    const documentText = readTextSync(documentFile, what);
    const documentSha256 = sha256(documentText);
    if (entry.files[DOCUMENT_FILE] !== documentSha256) problems.push(hashMismatch(id, entry.dir, DOCUMENT_FILE));
    return { id, stem, apiMd, documentSha256, apiMdSha256, document: parseJson(documentText, documentFile) };
  });
  if (problems.length > 0) throw new ToolError(`snapshot ${dir} is corrupt`, { problems });
  return { dir, manifest, catalog, models: models.filter((model): model is StoredModel => model !== undefined) };
}
