import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pLimit from "p-limit";

export interface RelativeFile {
  /** Path relative to the root, '/' separated. */
  path: string;
  content: string;
}

// Thousands of small files: writing them a few at a time hides the latency of
// each open/write/close without flooding the file-descriptor table.
const PARALLEL_WRITES = 16;

/** Write files under `root`, creating folders as needed. */
export async function writeFilesUnder(root: string, files: readonly RelativeFile[]): Promise<void> {
  const folders = [...new Set(files.map((file) => path.dirname(path.join(root, ...file.path.split("/")))))].sort();
  for (const folder of folders) await mkdir(folder, { recursive: true });
  const limit = pLimit(PARALLEL_WRITES);
  await Promise.all(
    files.map((file) => limit(() => writeFile(path.join(root, ...file.path.split("/")), file.content, "utf8"))),
  );
}
