import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { ReplaceTarget } from "../../src/shared/fs/folder-guard.js";
import { replaceDirAtomically as replaceWith } from "../../src/shared/fs/replace-dir.js";
import { ToolError } from "../../src/shared/tool-error.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { renderSnapshot, writeSnapshot } from "../../src/snapshot/write.js";

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "apifree-snap-"));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

const snapshot: Snapshot = {
  catalog: {
    object: "list",
    data: [
      { id: "vendor/b", object: "model" },
      { id: "A:free", object: "model", extra: { kept: true } },
    ],
  },
  models: [
    { id: "vendor/b", document: { openapi: "3.1.0", info: { version: "1", title: "b" }, paths: {} }, apiMd: "# B\n" },
    {
      id: "A:free",
      document: { paths: {}, openapi: "3.0.3", info: { title: "a", version: "1" } },
      apiMd: "# A\r\nno final newline",
    },
  ],
};

describe("snapshot format", () => {
  it("renders deterministically whatever the input order", () => {
    const reversed: Snapshot = { catalog: snapshot.catalog, models: [...snapshot.models].reverse() };
    expect(renderSnapshot(reversed)).toEqual(renderSnapshot(snapshot));
  });

  it("round-trips through disk and verifies hashes", async () => {
    const dir = path.join(await tempDir(), "snapshot");
    await writeSnapshot(dir, snapshot);
    const read = await readSnapshot(dir);
    expect(read.models.map((model) => model.id)).toEqual(["A:free", "vendor/b"]);
    expect(read.models[0]!.apiMd).toBe("# A\r\nno final newline");
    expect(read.models[1]!.stem).toBe("vendor--b");
    expect(read.catalog.data[1]).toEqual({ id: "A:free", object: "model", extra: { kept: true } });
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.models)).toEqual(["A:free", "vendor/b"]);
  });

  it("names a tampered file", async () => {
    const dir = path.join(await tempDir(), "snapshot");
    await writeSnapshot(dir, snapshot);
    await writeFile(path.join(dir, "models", "vendor--b", "api.md"), "# changed\n");
    const error = await readSnapshot(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    expect((error as ToolError).problems[0]).toMatchObject({
      model: "vendor/b",
      message: expect.stringContaining("api.md does not match"),
    });
  });

  it("with lazy documents, reads a document only when asked and still verifies it", async () => {
    const dir = path.join(await tempDir(), "snapshot");
    await writeSnapshot(dir, snapshot);
    const lazy = await readSnapshot(dir, { lazyDocuments: true });
    expect(lazy.models[1]!.document).toEqual(snapshot.models[0]!.document);
    await writeFile(path.join(dir, "models", lazy.models[0]!.stem, "openapi.json"), '{"tampered":true}\n');
    const again = await readSnapshot(dir, { lazyDocuments: true });
    expect(() => again.models[0]!.document).toThrow(ToolError);
    expect(() => again.models[0]!.document).toThrow(/corrupt/);
    await expect(readSnapshot(dir)).rejects.toThrow(/corrupt/);
  });

  it("says plainly when the folder is missing", async () => {
    const error = await readSnapshot(path.join(await tempDir(), "nope")).catch((e: unknown) => e);
    expect((error as ToolError).message).toMatch(/cannot read snapshot manifest .*does not exist/);
  });
});

// A kind of folder that is always ours: these tests are about the swap, not the folder rule.
const replaceDirAtomically = (dir: string, fill: (temp: string) => Promise<void>) =>
  replaceWith(
    {
      dir,
      flag: "--out",
      kind: { name: "a test folder", sign: "any", example: "out", isOurs: () => true },
    } satisfies ReplaceTarget,
    fill,
  );

describe("replaceDirAtomically", () => {
  it("leaves the previous contents untouched when filling fails", async () => {
    const root = await tempDir();
    const target = path.join(root, "out");
    await replaceDirAtomically(target, async (temp) => writeFile(path.join(temp, "keep.txt"), "old"));
    await expect(
      replaceDirAtomically(target, async (temp) => {
        await writeFile(path.join(temp, "new.txt"), "new");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await readdir(target)).toEqual(["keep.txt"]);
    expect(await readdir(root)).toEqual(["out"]);
  });

  it("on failure removes every folder it made, parents included", async () => {
    const root = await tempDir();
    await expect(
      replaceDirAtomically(path.join(root, "a", "b", "out"), async (temp) => {
        await writeFile(path.join(temp, "half.txt"), "half");
        throw new Error("boom");
      }),
    ).rejects.toThrow("boom");
    expect(await readdir(root)).toEqual([]);
  });

  it("replaces the contents when filling succeeds", async () => {
    const root = await tempDir();
    const target = path.join(root, "out");
    await replaceDirAtomically(target, async (temp) => writeFile(path.join(temp, "a.txt"), "a"));
    await replaceDirAtomically(target, async (temp) => writeFile(path.join(temp, "b.txt"), "b"));
    expect(await readdir(target)).toEqual(["b.txt"]);
    expect(await readdir(root)).toEqual(["out"]);
  });
});
