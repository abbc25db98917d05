import { statSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
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

/** A file's size and modification time when it was written: [size, mtimeMs]. */
type FileRecord = [number, number];

export interface CacheEntry {
  input: string;
  /** Extra facts about the output that later steps need without reading it. */
  meta: Record<string, string>;
  /** Paths relative to the output folder of the files it wrote. */
  files: string[];
}

/*
 * One output folder. A pooled file is written for many models: its record
 * is kept once, and each model lists the paths it needs. With a thousand
 * models a record per model and file made the cache 7.6 MB of JSON, whose
 * parse, write and garbage made a tenth of a regeneration.
 */
interface OutputRecord {
  files: Record<string, FileRecord>;
  models: Record<string, CacheEntry>;
}

interface CacheFile {
  version: 4;
  /** Output folder -> what was written there. */
  outputs: Record<string, OutputRecord>;
}

// Model ids and paths are keys here: null-prototype records, so "__proto__"
// or "constructor" is a key like any other, never Object.prototype's.
function ownRecord<T>(value: unknown): Record<string, T> {
  const record = Object.create(null) as Record<string, T>;
  if (value !== null && typeof value === "object") Object.assign(record, value);
  return record;
}

function own<T>(record: Record<string, T> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

function outputRecord(value: unknown): OutputRecord {
  const record = ownRecord<unknown>(value);
  return { files: ownRecord(record.files), models: ownRecord(record.models) };
}

export function defaultCacheDir(cwd: string = process.cwd()): string {
  return path.join(cwd, "node_modules", ".cache", "apifree-typed");
}

export class RegenCache {
  private readonly stats = new Map<string, { size: number; mtimeMs: number } | undefined>();
  private readonly output: OutputRecord;
  /** Whether anything differs from the file read: a run that reused every model writes nothing. */
  private changed = false;
  /** Paths stat'ed by record() in this run: a pooled file is written once for many fresh models. */
  private readonly recorded = new Set<string>();

  private constructor(
    private readonly file: string | undefined,
    readonly outDir: string,
    private readonly data: CacheFile,
  ) {
    const output = own(data.outputs, outDir);
    this.output = output ?? { files: ownRecord({}), models: ownRecord({}) };
    if (output === undefined) data.outputs[outDir] = this.output;
  }

  static async open(cacheDir: string | undefined, outDir: string): Promise<RegenCache> {
    const file = cacheDir === undefined ? undefined : path.join(cacheDir, "generate.json");
    let data: CacheFile = { version: 4, outputs: ownRecord({}) };
    if (file !== undefined) {
      try {
        const parsed = JSON.parse(await readFile(file, "utf8")) as CacheFile;
        if (parsed.version === 4 && parsed.outputs !== null && typeof parsed.outputs === "object") {
          const outputs = ownRecord<OutputRecord>(parsed.outputs);
          for (const dir of Object.keys(outputs)) outputs[dir] = outputRecord(outputs[dir]);
          data = { version: 4, outputs };
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
    // path.join reads "/" as a separator on every platform.
    return path.join(this.outDir, relative);
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
    const entry = own(this.output.models, id);
    if (entry === undefined || entry.input !== input || !Array.isArray(entry.files)) return undefined;
    for (const relative of entry.files) {
      // A tampered cache must not carry a file from outside the tree into it.
      if (typeof relative !== "string" || !isPlainRelativePath(relative)) return undefined;
      const record = own(this.output.files, relative);
      const found = this.statOf(relative);
      if (!Array.isArray(record) || found === undefined || found.size !== record[0] || found.mtimeMs !== record[1])
        return undefined;
    }
    return entry;
  }

  /** Record a model's freshly written files (call after they are in place). */
  record(id: string, input: string, meta: Record<string, string>, files: Iterable<string>): void {
    const paths = [...files];
    for (const relative of paths) {
      if (this.recorded.has(relative)) continue;
      this.recorded.add(relative);
      const found = statSync(this.absolute(relative));
      this.output.files[relative] = [found.size, found.mtimeMs];
    }
    this.output.models[id] = { input, meta, files: paths };
    this.changed = true;
  }

  /** Keep only the models of this run and the files they list, then persist if anything changed. */
  async save(ids: ReadonlySet<string>): Promise<void> {
    if (this.file === undefined) return;
    const { models, files } = this.output;
    for (const id of Object.keys(models)) {
      if (ids.has(id)) continue;
      delete models[id];
      this.changed = true;
    }
    if (!this.changed) return;
    const listed = new Set<string>();
    for (const entry of Object.values(models)) for (const relative of entry.files) listed.add(relative);
    for (const relative of Object.keys(files)) if (!listed.has(relative)) delete files[relative];
    await mkdir(path.dirname(this.file), { recursive: true });
    // Plain JSON: the cache is never committed or compared, and sorting its keys cost more than writing it.
    await writeFile(this.file, JSON.stringify(this.data));
  }
}
