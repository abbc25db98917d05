import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** Temporary folders for one test file, removed by `cleanup()` (call it in afterAll/afterEach). */
export function tempDirs(prefix: string, root: string = tmpdir()) {
  const made: string[] = [];
  return {
    async make(): Promise<string> {
      const dir = await mkdtemp(path.join(root, `${prefix}-`));
      made.push(dir);
      return dir;
    },
    async cleanup(): Promise<void> {
      await Promise.all(made.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
    },
  };
}

/** Every file under `dir` (relative path -> content), for byte-for-byte comparisons. */
export async function readTree(dir: string): Promise<Map<string, string>> {
  const { readdir, readFile } = await import("node:fs/promises");
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const entry of entries
    .filter((e) => e.isFile())
    .sort((a, b) => path.join(a.parentPath, a.name).localeCompare(path.join(b.parentPath, b.name)))) {
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join("/"), await readFile(full, "utf8"));
  }
  return files;
}
