import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { canonicalJson } from "../shared/canonical-json.js";
import { sha256 } from "../shared/hash.js";

/*
 * Regenerating after one model changed should not redo the other 999. The
 * cache records, per output folder, which input (generator fingerprint,
 * model id, folder, document hash) produced which file hashes; a model whose
 * input is unchanged and whose files on disk still have those hashes is
 * copied instead of emitted. It lives outside the generated tree (by default
 * node_modules/.cache/apifree-typed) so the committed output stays a pure
 * function of the snapshot.
 */

interface CacheFile {
  version: 1;
  /** Output folder -> model id -> input key and the hash of each file it produced (paths relative to the folder). */
  outputs: Record<string, Record<string, { input: string; files: Record<string, string> }>>;
}

export function defaultCacheDir(cwd: string = process.cwd()): string {
  return path.join(cwd, "node_modules", ".cache", "apifree-typed");
}

export class RegenCache {
  private constructor(
    private readonly file: string | undefined,
    private readonly outDir: string,
    private readonly data: CacheFile,
  ) {}

  static async open(cacheDir: string | undefined, outDir: string): Promise<RegenCache> {
    const file = cacheDir === undefined ? undefined : path.join(cacheDir, "generate.json");
    let data: CacheFile = { version: 1, outputs: {} };
    if (file !== undefined) {
      try {
        const parsed = JSON.parse(await readFile(file, "utf8")) as CacheFile;
        if (parsed.version === 1 && parsed.outputs !== null && typeof parsed.outputs === "object") data = parsed;
      } catch {
        // No cache or an unreadable one: everything is emitted afresh.
      }
    }
    return new RegenCache(file, path.resolve(outDir), data);
  }

  static inputKey(fingerprint: string, id: string, stem: string, documentSha256: string): string {
    return sha256(`${fingerprint}\n${id}\n${stem}\n${documentSha256}`);
  }

  /** The previous output files of this model (relative path -> content), if its input is unchanged and they are intact. */
  async reuse(id: string, input: string): Promise<Map<string, string> | undefined> {
    const entry = this.data.outputs[this.outDir]?.[id];
    if (entry === undefined || entry.input !== input) return undefined;
    const files = new Map<string, string>();
    for (const [relative, hash] of Object.entries(entry.files)) {
      const content = await readFile(path.join(this.outDir, ...relative.split("/")), "utf8").catch(() => undefined);
      if (content === undefined || sha256(content) !== hash) return undefined;
      files.set(relative, content);
    }
    return files;
  }

  record(id: string, input: string, files: ReadonlyMap<string, string>): void {
    const outputs = (this.data.outputs[this.outDir] ??= {});
    outputs[id] = { input, files: Object.fromEntries([...files].map(([relative, content]) => [relative, sha256(content)])) };
  }

  /** Keep only the models of this run, then persist. */
  async save(ids: ReadonlySet<string>): Promise<void> {
    if (this.file === undefined) return;
    const outputs = this.data.outputs[this.outDir] ?? {};
    for (const id of Object.keys(outputs)) if (!ids.has(id)) delete outputs[id];
    await mkdir(path.dirname(this.file), { recursive: true });
    await writeFile(this.file, canonicalJson(this.data));
  }
}
