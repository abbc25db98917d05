import { readFile } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../shared/hash.js";
import { fileStemForModel } from "../shared/model-names.js";
import { ToolError, type Problem } from "../shared/tool-error.js";
import {
  API_MD_FILE,
  DOCUMENT_FILE,
  MANIFEST_FILE,
  MODELS_DIR,
  SNAPSHOT_FORMAT,
  type CatalogBody,
  type Manifest,
  type StoredModel,
  type StoredSnapshot,
} from "./format.js";

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
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

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
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
      throw new ToolError(`${file}: model ${JSON.stringify(id)} must live in ${MODELS_DIR}/${fileStemForModel(id)}, not ${JSON.stringify(entry.dir)}`);
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
      problems.push({ pointer: `/data/${index}`, message: "entry has no string \"id\"" });
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
export async function readSnapshot(dir: string): Promise<StoredSnapshot> {
  const manifestFile = path.join(dir, MANIFEST_FILE);
  const manifest = checkManifest(parseJson(await readText(manifestFile, "snapshot manifest"), manifestFile), manifestFile);
  const catalogFile = path.join(dir, manifest.catalog.file);
  const catalogText = await readText(catalogFile, "snapshot catalog");
  const problems: Problem[] = [];
  if (sha256(catalogText) !== manifest.catalog.sha256) {
    problems.push({ message: `${catalogFile} does not match the sha256 in ${MANIFEST_FILE}` });
  }
  const catalog = checkCatalog(parseJson(catalogText, catalogFile), catalogFile);
  const catalogIds = new Set(catalog.data.map((entry) => entry.id));
  for (const id of catalogIds) {
    if (!(id in manifest.models)) problems.push({ model: id, message: `listed in ${manifest.catalog.file} but missing from ${MANIFEST_FILE}` });
  }
  const ids = Object.keys(manifest.models).sort();
  const models = await Promise.all(
    ids.map(async (id): Promise<StoredModel | undefined> => {
      if (!catalogIds.has(id)) {
        problems.push({ model: id, message: `in ${MANIFEST_FILE} but not listed in ${manifest.catalog.file}` });
        return undefined;
      }
      const entry = manifest.models[id]!;
      const folder = path.join(dir, ...entry.dir.split("/"));
      const documentFile = path.join(folder, DOCUMENT_FILE);
      const apiMdFile = path.join(folder, API_MD_FILE);
      const [documentText, apiMd] = await Promise.all([
        readText(documentFile, `document of model ${JSON.stringify(id)}`),
        readText(apiMdFile, `api.md of model ${JSON.stringify(id)}`),
      ]);
      const documentSha256 = sha256(documentText);
      const apiMdSha256 = sha256(apiMd);
      for (const [name, actual] of [[DOCUMENT_FILE, documentSha256], [API_MD_FILE, apiMdSha256]] as const) {
        if (entry.files[name] !== actual) problems.push({ model: id, message: `${entry.dir}/${name} does not match the sha256 in ${MANIFEST_FILE}` });
      }
      return { id, stem: entry.dir.slice(MODELS_DIR.length + 1), document: parseJson(documentText, documentFile), apiMd, documentSha256, apiMdSha256 };
    }),
  );
  if (problems.length > 0) throw new ToolError(`snapshot ${dir} is corrupt`, { problems });
  return { dir, manifest, catalog, models: models.filter((model): model is StoredModel => model !== undefined) };
}
