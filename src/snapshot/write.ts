import { canonicalJson } from "../shared/canonical-json.js";
import { replaceDirAtomically } from "../shared/fs/replace-dir.js";
import { sha256 } from "../shared/hash.js";
import { fileStemsForModels } from "../shared/model-names.js";
import { writeFilesUnder } from "../shared/write-files.js";
import { snapshotTarget } from "./folder-kind.js";
import {
  API_MD_FILE,
  CATALOG_FILE,
  DOCUMENT_FILE,
  MANIFEST_FILE,
  type Manifest,
  MODELS_DIR,
  SNAPSHOT_FORMAT,
  type Snapshot,
} from "./format.js";

export type { RelativeFile as SnapshotFile } from "../shared/write-files.js";

import type { RelativeFile as SnapshotFile } from "../shared/write-files.js";

/** Every file of a snapshot, in a fixed order: a pure function of its content. */
export function renderSnapshot(snapshot: Snapshot): SnapshotFile[] {
  const ids = snapshot.models.map((model) => model.id);
  const stems = fileStemsForModels(ids);
  const catalogText = canonicalJson(snapshot.catalog);
  const manifest: Manifest = {
    format: SNAPSHOT_FORMAT,
    catalog: { file: CATALOG_FILE, sha256: sha256(catalogText) },
    // No prototype: a model whose id is "__proto__" is a key like any other.
    models: Object.create(null) as Manifest["models"],
  };
  const files: SnapshotFile[] = [{ path: CATALOG_FILE, content: catalogText }];
  for (const model of [...snapshot.models].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
    const dir = `${MODELS_DIR}/${stems.get(model.id)}`;
    const documentText = canonicalJson(model.document);
    files.push({ path: `${dir}/${DOCUMENT_FILE}`, content: documentText });
    files.push({ path: `${dir}/${API_MD_FILE}`, content: model.apiMd });
    manifest.models[model.id] = {
      dir,
      files: { [API_MD_FILE]: sha256(model.apiMd), [DOCUMENT_FILE]: sha256(documentText) },
    };
  }
  files.unshift({ path: MANIFEST_FILE, content: canonicalJson(manifest) });
  return files;
}

/**
 * Write a whole snapshot; `dir` is replaced only once every file is written,
 * and only if it is absent, empty or a snapshot (folder-kind.ts). `flag`
 * names the folder in a refusal.
 */
export async function writeSnapshot(dir: string, snapshot: Snapshot, flag = "--snapshot"): Promise<void> {
  const files = renderSnapshot(snapshot);
  await replaceDirAtomically(snapshotTarget(dir, flag), (temp) => writeFilesUnder(temp, files));
}
