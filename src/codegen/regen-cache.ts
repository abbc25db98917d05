import { statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "../shared/canonical-json.js";
import { isPlainRelativePath } from "../shared/fs/confined-path.js";
import { sha256 } from "../shared/hash.js";

/*
 * Regenerating after one model changed should not redo the other 999. The
 * cache records, per output folder, which input (generator fingerprint,
 * model id, folder, document hash) produced which files, with each file's
 * size and modification time. A model whose input is unchanged and
 * whose files on disk still have that size and time is carried over by hard
 * link instead of emitted (a file edited by hand changes its size or time).
 * The cache lives outside the generated tree (by default
 * node_modules/.cache/apifree-typed) so the committed output stays a pure
 * function of the snapshot.
 */

interface FileRecord {
  size: number;
  mtimeMs: number;
}

export interface CacheEntry {
  input: string;
  /** Extra facts about the output that later steps need without reading it. */
  meta: Record<string, string>;
  /** Path relative to the output folder -> what was written there. */
  files: Record<string, FileRecord>;
}

interface CacheFile {
  version: 3;
  /** Output folder -> model id -> entry. */
  outputs: Record<string, Record<string, CacheEntry>>;
}

// Model ids are keys here: null-prototype records, so "__proto__" or
// "constructor" is a key like any other, never Object.prototype's.
function ownRecord<T>(value: unknown): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (value !== null && typeof value === "object") Object.assign(record, value);
  return record;
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

export function defaultCacheDir(cwd: string = process.cwd()): string {
  return path.join(cwd, "node_modules", ".cache", "apifree-typed");
}

export class RegenCache {
  private readonly stats = new Map<string, { size: number; mtimeMs: number } | undefined>();

  private constructor(
    private readonly file: string | undefined,
    readonly outDir: string,
    private readonly data: CacheFile,
  ) {}

  static async open(cacheDir: string | undefined, outDir: string): Promise<RegenCache> {
    const file = cacheDir === undefined ? undefined : path.join(cacheDir, "generate.json");
    let data: CacheFile = { version: 3, outputs: ownRecord({}) };
    if (file !== undefined) {
      try {
        const parsed = JSON.parse(await readFile(file, "utf8")) as CacheFile;
        if (parsed.version === 3 && parsed.outputs !== null && typeof parsed.outputs === "object") {
          const outputs = ownRecord<Record<string, CacheEntry>>(parsed.outputs);
          for (const dir of Object.keys(outputs)) outputs[dir] = ownRecord(outputs[dir]);
          data = { version: 3, outputs };
        }
      } catch {
        // No cache or an unreadable one: everything is emitted afresh.
      }
    }
    return new RegenCache(file, path.resolve(outDir), data);
  }

  static inputKey(fingerprint: string, id: string, stem: string, documentSha256: string): string {
    return sha256(`${fingerprint}\n${id}\n${stem}\n${documentSha256}`);
  }

  absolute(relative: string): string {
    return path.join(this.outDir, ...relative.split("/"));
  }

  // Synchronous stats: thousands of them, and a promise per stat cost more
  // in garbage collection than the system calls themselves.
  private statOf(relative: string): { size: number; mtimeMs: number } | undefined {
    if (!this.stats.has(relative)) {
      const found = statSync(this.absolute(relative), { throwIfNoEntry: false });
      this.stats.set(relative, found === undefined ? undefined : { size: found.size, mtimeMs: found.mtimeMs });
    }
    return this.stats.get(relative);
  }

  /** The previous entry of this model if its input is unchanged and every file it wrote is still as written. */
  reuse(id: string, input: string): CacheEntry | undefined {
    const entry = own(own(this.data.outputs, this.outDir), id);
    if (entry === undefined || entry.input !== input) return undefined;
    for (const [relative, record] of Object.entries(entry.files)) {
      // A tampered cache must not carry a file from outside the tree into it.
      if (!isPlainRelativePath(relative)) return undefined;
      const found = this.statOf(relative);
      if (found === undefined || found.size !== record.size || found.mtimeMs !== record.mtimeMs) return undefined;
    }
    return entry;
  }

  /** Record a model's freshly written files (call after they are in place). */
  record(id: string, input: string, meta: Record<string, string>, files: Iterable<string>): void {
    const records: Record<string, FileRecord> = {};
    for (const relative of files) {
      const found = statSync(this.absolute(relative));
      records[relative] = { size: found.size, mtimeMs: found.mtimeMs };
    }
    const outputs = own(this.data.outputs, this.outDir) ?? ownRecord<CacheEntry>({});
    outputs[id] = { input, meta, files: records };
    this.data.outputs[this.outDir] = outputs;
  }

  /** Keep only the models of this run, then persist. */
  async save(ids: ReadonlySet<string>): Promise<void> {
    if (this.file === undefined) return;
    const outputs = own(this.data.outputs, this.outDir) ?? ownRecord<CacheEntry>({});
    for (const id of Object.keys(outputs)) if (!ids.has(id)) delete outputs[id];
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, canonicalJson(this.data));
  }
}
