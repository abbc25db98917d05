/*
 * The snapshot: what `sync` writes, what `generate`, `drift` and `mock` read.
 *
 *   snapshot/
 *     manifest.json                 format tag, catalog hash, id -> folder -> file hashes
 *     models.json                   the GET /v1/models body, canonical JSON
 *     models/<stem>/openapi.json    GET /v1/model/openapi.json?model=ID, canonical JSON
 *     models/<stem>/api.md          GET /v1/model/api.md?model=ID, the bytes as served
 *
 * Canonical JSON is sorted keys, two-space indent and a final newline. No
 * file holds a timestamp or the URL it came from, so syncing an unchanged API
 * rewrites identical bytes. <stem> is fileStemForModel(id).
 */

export const SNAPSHOT_FORMAT = "apifree-snapshot/1";
export const MANIFEST_FILE = "manifest.json";
export const CATALOG_FILE = "models.json";
export const MODELS_DIR = "models";
export const DOCUMENT_FILE = "openapi.json";
export const API_MD_FILE = "api.md";

interface ManifestModel {
  /** Folder of the model's files, relative to the snapshot root, with '/' separators. */
  dir: string;
  /** File name -> hex SHA-256 of its bytes. */
  files: Record<string, string>;
}

export interface Manifest {
  format: typeof SNAPSHOT_FORMAT;
  catalog: { file: string; sha256: string };
  models: Record<string, ManifestModel>;
}

/** The OpenAI-style list served at GET /v1/models. Extra fields are kept. */
export interface CatalogBody {
  object?: string;
  data: Array<{ id: string; [key: string]: unknown }>;
  [key: string]: unknown;
}

export interface SnapshotModel {
  id: string;
  /** Parsed openapi.json. */
  document: unknown;
  /** api.md as served. */
  apiMd: string;
}

export interface Snapshot {
  catalog: CatalogBody;
  /** Sorted by id. */
  models: SnapshotModel[];
}

/** A model as read back from disk: its folder and the hashes the manifest records. */
export interface StoredModel extends SnapshotModel {
  stem: string;
  documentSha256: string;
  apiMdSha256: string;
}

export interface StoredSnapshot {
  dir: string;
  manifest: Manifest;
  catalog: CatalogBody;
  models: StoredModel[];
}
