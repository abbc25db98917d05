import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSnapshot } from "../../src/snapshot/read.js";
import { renderSnapshot } from "../../src/snapshot/write.js";
import { bundledCatalog } from "../../tools/catalog/bundled.js";

const SNAPSHOT_DIR = fileURLToPath(new URL("../../snapshot/", import.meta.url));

async function listFiles(dir: string, prefix = ""): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const files = await Promise.all(
    entries.map(async (entry) => {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      return entry.isDirectory() ? listFiles(path.join(dir, entry.name), relative) : [relative];
    }),
  );
  return files.flat().sort();
}

describe("committed snapshot/", () => {
  it("is exactly what the builder writes for bundledCatalog() (regenerate with scripts/build-catalog.js, never edit by hand)", async () => {
    const expected = renderSnapshot(bundledCatalog());
    const onDisk = await listFiles(SNAPSHOT_DIR);
    expect(onDisk).toEqual(expected.map((file) => file.path).sort());
    for (const file of expected) {
      const text = await readFile(path.join(SNAPSHOT_DIR, ...file.path.split("/")), "utf8");
      expect(text, `${file.path} differs from the builder's output`).toBe(file.content);
    }
  });

  it("reads back with verified hashes", async () => {
    const stored = await readSnapshot(SNAPSHOT_DIR);
    expect(stored.models.map((model) => model.id)).toEqual(bundledCatalog().models.map((model) => model.id));
  });
});
