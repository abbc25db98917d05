import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/codegen/generate.js";
import { readTree, tempDirs } from "../../support/temp.js";
import { strictCompilerOptions, typecheck } from "../../support/typecheck.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const temp = tempDirs("apifree-gen");
afterAll(() => temp.cleanup());

describe("the committed generated/ tree", () => {
  it("is exactly what generate makes from the committed snapshot (regenerate and commit when this fails)", async () => {
    const out = path.join(await temp.make(), "generated");
    await generate({ snapshotDir: path.join(ROOT, "snapshot"), outDir: out, cacheDir: undefined });
    const fresh = await readTree(out);
    const committed = await readTree(path.join(ROOT, "generated"));
    expect([...committed.keys()]).toEqual([...fresh.keys()]);
    for (const [file, content] of fresh) expect(committed.get(file), file).toBe(content);
  });

  it("compiles with strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes, declaration files and validator modules included", async () => {
    const dir = path.join(ROOT, "generated");
    const tree = await readTree(dir);
    const files = [...tree.keys()].filter((file) => file.endsWith(".ts")).map((file) => path.join(dir, file));
    expect(files.length).toBeGreaterThan(100);
    expect(typecheck(files, strictCompilerOptions({ skipLibCheck: false }), { ignoreNoCheck: true })).toEqual([]);
  }, 300_000);
});
