import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Folder of the shared corpus of real documents, or undefined (a user's clone has none). */
export const CORPUS_DIR = process.env.APIFREE_CORPUS_DIR;

export const CORPUS_SKIP_REASON =
  "APIFREE_CORPUS_DIR is not set: the shared corpus of real OpenAPI documents is not available, so corpus tests are skipped";

export interface CorpusDocument {
  name: string;
  document: unknown;
}

export function corpusDocuments(): CorpusDocument[] {
  if (CORPUS_DIR === undefined) return [];
  return readdirSync(CORPUS_DIR)
    .filter((file) => file.endsWith(".openapi.json"))
    .sort()
    .map((file) => ({
      name: file.replace(/\.openapi\.json$/, ""),
      document: JSON.parse(readFileSync(path.join(CORPUS_DIR, file), "utf8")),
    }));
}

export function corpusStreams(): Array<{ name: string; text: string }> {
  if (CORPUS_DIR === undefined) return [];
  const dir = path.join(CORPUS_DIR, "sse");
  return readdirSync(dir)
    .filter((file) => file.endsWith(".sse"))
    .sort()
    .map((file) => ({ name: file.replace(/\.sse$/, ""), text: readFileSync(path.join(dir, file), "utf8") }));
}

/** A test title that says, when the corpus is missing, why the test is skipped. */
export function corpusTitle(title: string): string {
  return CORPUS_DIR === undefined ? `${title} [skipped: ${CORPUS_SKIP_REASON}]` : title;
}
