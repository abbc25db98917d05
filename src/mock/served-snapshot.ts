import { readFile } from "node:fs/promises";
import path from "node:path";
import { checkDocument } from "../openapi/check.js";
import { canonicalJson } from "../shared/canonical-json.js";
import { sha256 } from "../shared/hash.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import { DOCUMENT_FILE, type Snapshot, type StoredSnapshot } from "../snapshot/format.js";
import { readSnapshot } from "../snapshot/read.js";
import { buildModelContract, type ModelContract } from "./model-contract.js";

/*
 * The snapshot as the emulator serves it. Bytes are produced once per file and
 * kept: the catalog and documents are served exactly as stored (canonical
 * JSON), api.md as its stored text, so `sync` against the emulator writes a
 * byte-identical snapshot. Nothing here touches the disk per request.
 */

interface ServedModel {
  id: string;
  /** The model's entry in the catalog (pricing, capabilities), if it has one. */
  entry: Record<string, unknown> | undefined;
  documentBytes(): Promise<Buffer>;
  apiMdBytes(): Buffer;
  contract(): ModelContract;
}

export interface ServedSnapshot {
  catalogBytes(): Promise<Buffer>;
  model(id: string): ServedModel | undefined;
}

function isStored(snapshot: StoredSnapshot | Snapshot): snapshot is StoredSnapshot {
  return "manifest" in snapshot && "dir" in snapshot;
}

function once<T>(make: () => T): () => T {
  let made = false;
  let value: T;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value;
  };
}

/**
 * Canonical JSON of `value`, unless the stored file's hash says it was written
 * differently: then the stored bytes themselves (read once).
 */
function storedJsonBytes(
  value: unknown,
  expectedSha256: string | undefined,
  file: string | undefined,
): () => Promise<Buffer> {
  return once(async () => {
    const text = canonicalJson(value);
    if (expectedSha256 === undefined || file === undefined || sha256(text) === expectedSha256)
      return Buffer.from(text, "utf8");
    return readFile(file);
  });
}

function checkedContract(id: string, document: unknown, entry: Record<string, unknown> | undefined): ModelContract {
  const problems: Problem[] = checkDocument(document, id);
  if (problems.length > 0) {
    const first = problems[0]!;
    throw new ToolError(`${first.pointer === undefined ? "" : `at ${first.pointer || "/"}: `}${first.message}`, {
      problems,
    });
  }
  return buildModelContract(document, entry);
}

/**
 * A snapshot read from a folder is served only when every document passes the
 * check generate and drift apply (what `mock --snapshot DIR` gets). A
 * snapshot passed as an object, as tests do to serve broken documents on
 * purpose, is served as given; its chat endpoint refuses a model whose
 * document fails the check.
 */
export async function loadServedSnapshot(input: StoredSnapshot | Snapshot | string): Promise<ServedSnapshot> {
  const snapshot = typeof input === "string" ? await readSnapshot(input) : input;
  if (typeof input === "string") {
    const problems = snapshot.models.flatMap((model) => checkDocument(model.document, model.id));
    if (problems.length > 0)
      throw new ToolError("documents fail the checks sync, generate and drift apply too", { problems });
  }
  const stored = isStored(snapshot) ? snapshot : undefined;
  const entries = new Map<string, Record<string, unknown>>();
  for (const entry of snapshot.catalog.data) entries.set(entry.id, entry);

  const catalogBytes = storedJsonBytes(
    snapshot.catalog,
    stored?.manifest.catalog.sha256,
    stored && path.join(stored.dir, stored.manifest.catalog.file),
  );

  const models = new Map<string, ServedModel>();
  for (const model of snapshot.models) {
    const entry = entries.get(model.id);
    const manifestEntry =
      stored !== undefined && Object.hasOwn(stored.manifest.models, model.id)
        ? stored.manifest.models[model.id]
        : undefined;
    const documentFile =
      stored && manifestEntry ? path.join(stored.dir, ...manifestEntry.dir.split("/"), DOCUMENT_FILE) : undefined;
    models.set(model.id, {
      id: model.id,
      entry,
      documentBytes: storedJsonBytes(model.document, manifestEntry?.files[DOCUMENT_FILE], documentFile),
      apiMdBytes: once(() => Buffer.from(model.apiMd, "utf8")),
      contract: once(() => checkedContract(model.id, model.document, entry)),
    });
  }

  return {
    catalogBytes,
    // Map lookups only: an id like "__proto__" finds nothing rather than Object's prototype.
    model: (id) => models.get(id),
  };
}
