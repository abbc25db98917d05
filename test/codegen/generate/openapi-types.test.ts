import { readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/codegen/generate.js";
import { checkGenerated } from "../../../src/drift/check-generated.js";
import type { Snapshot } from "../../../src/snapshot/format.js";
import { writeSnapshot } from "../../../src/snapshot/write.js";
import { runCli } from "../../support/cli.js";
import { chatDocument, SIMPLE_REQUEST } from "../../support/documents.js";
import { readTree, tempDirs } from "../../support/temp.js";
import { strictCompilerOptions, typecheckExpectingErrors } from "../../support/typecheck.js";

/*
 * models/<stem>/openapi.d.ts is written only on request (--openapi-types,
 * openapiTypes in the config): the tree's marker records it, the cache never
 * hands a tree of one kind to a run of the other, and drift --check-generated
 * regenerates the committed tree the way it was made.
 */

const ROOT = path.resolve(import.meta.dirname, "../../..");
// Inside the repository, so generated code resolves `apifree-typed` the way the tests map it.
const temp = tempDirs(".tmp-openapi-types", path.join(ROOT, "test/codegen/generate"));
afterAll(() => temp.cleanup());

const IDS = ["a/one", "b/two"];
const SNAPSHOT: Snapshot = {
  catalog: { object: "list", data: IDS.map((id) => ({ id, object: "model" })) },
  models: IDS.map((id) => ({ id, document: chatDocument(SIMPLE_REQUEST), apiMd: `# ${id}\n` })),
};

async function project(): Promise<{ dir: string; snapshotDir: string }> {
  const dir = await temp.make();
  const snapshotDir = path.join(dir, "snapshot");
  await writeSnapshot(snapshotDir, SNAPSHOT);
  return { dir, snapshotDir };
}

const openapiFiles = (tree: Map<string, string>) => [...tree.keys()].filter((file) => file.endsWith("/openapi.d.ts"));

describe("openapi.d.ts", () => {
  it("is left out by default and written for every model with openapiTypes, the marker saying which", async () => {
    const { dir, snapshotDir } = await project();
    const plain = await readTree(await generated(snapshotDir, path.join(dir, "plain")));
    const full = await readTree(await generated(snapshotDir, path.join(dir, "full"), true));

    expect(openapiFiles(plain)).toEqual([]);
    expect(openapiFiles(full)).toEqual(["models/a--one/openapi.d.ts", "models/b--two/openapi.d.ts"]);
    // A default tree's marker is the one every earlier tree has.
    expect(plain.get(".apifree-typed.json")).toBe(
      await readFile(path.join(ROOT, "generated/.apifree-typed.json"), "utf8"),
    );
    expect(JSON.parse(full.get(".apifree-typed.json")!)).toEqual({
      kind: "generated",
      tool: "apifree-typed",
      options: { openapiTypes: true },
    });
    // Nothing else differs.
    for (const [file, content] of plain) if (file !== ".apifree-typed.json") expect(full.get(file)).toBe(content);
  });

  it("compiles under strict and gives openapi-typescript's paths and components", async () => {
    const { dir, snapshotDir } = await project();
    const out = await generated(snapshotDir, path.join(dir, "generated"), true);
    const consumer = path.join(dir, "consumer.ts");
    await writeFile(
      consumer,
      `import type { components, paths } from "./generated/models/a--one/openapi.js";
type Body = paths["/v1/chat/completions"]["post"]["requestBody"];
export const body: NonNullable<Body>["content"]["application/json"] = { model: "a/one", messages: [] };
export type Schemas = keyof components["schemas"];
// @ts-expect-error TS2339: Property '/v1/none' does not exist on type 'paths'
export type Missing = paths["/v1/none"];
`,
    );
    const files = [consumer, path.join(out, "models/a--one/openapi.d.ts"), path.join(out, "index.ts")];
    expect(
      typecheckExpectingErrors(files, strictCompilerOptions({ skipLibCheck: false }), { ignoreNoCheck: true }),
    ).toEqual([]);
  });

  it("the regeneration cache reuses a model only under the same option", async () => {
    const { dir, snapshotDir } = await project();
    const out = path.join(dir, "generated");
    const cacheDir = path.join(dir, "cache");
    expect(await generate({ snapshotDir, outDir: out, cacheDir })).toMatchObject({ emitted: 2, reused: 0 });
    expect(await generate({ snapshotDir, outDir: out, cacheDir, openapiTypes: true })).toMatchObject({
      emitted: 2,
      reused: 0,
    });
    expect(openapiFiles(await readTree(out))).toHaveLength(2);
    expect(await generate({ snapshotDir, outDir: out, cacheDir, openapiTypes: true })).toMatchObject({ reused: 2 });
    expect(await generate({ snapshotDir, outDir: out, cacheDir })).toMatchObject({ emitted: 2, reused: 0 });
    expect(await readTree(out)).toEqual(await readTree(await generated(snapshotDir, path.join(dir, "cold"))));
  });

  it("drift --check-generated regenerates a tree with its openapi.d.ts files, and misses one that is gone", async () => {
    const { dir, snapshotDir } = await project();
    const out = await generated(snapshotDir, path.join(dir, "generated"), true);
    expect(await checkGenerated(snapshotDir, out)).toEqual([]);
    await unlink(path.join(out, "models/b--two/openapi.d.ts"));
    const changes = await checkGenerated(snapshotDir, out);
    expect(changes.map((change) => [change.pointer, change.rule])).toEqual([
      ["/models/b--two/openapi.d.ts", "generated-file-missing"],
    ]);
  });

  it("is asked for by --openapi-types or openapiTypes in the config, and a value that is not a boolean is refused", async () => {
    // Paths are absolute: the command resolves them against the process's working directory.
    const { dir, snapshotDir } = await project();
    const byFlag = await runCli(
      ["generate", "--openapi-types", "--snapshot", snapshotDir, "--out", path.join(dir, "by-flag")],
      {},
      undefined,
      dir,
    );
    expect(byFlag.stderr).toBe("");
    expect(byFlag.code).toBe(0);
    expect(openapiFiles(await readTree(path.join(dir, "by-flag")))).toHaveLength(2);

    await writeFile(
      path.join(dir, "apifree.config.json"),
      JSON.stringify({ snapshot: snapshotDir, out: path.join(dir, "by-config"), openapiTypes: true }),
    );
    const byConfig = await runCli(["generate"], {}, undefined, dir);
    expect(byConfig.code).toBe(0);
    expect(openapiFiles(await readTree(path.join(dir, "by-config")))).toHaveLength(2);

    await writeFile(path.join(dir, "apifree.config.json"), JSON.stringify({ openapiTypes: "yes" }));
    const refused = await runCli(["generate"], {}, undefined, dir);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/apifree\.config\.json: key "openapiTypes": /);
  });
});

async function generated(snapshotDir: string, outDir: string, openapiTypes = false): Promise<string> {
  await generate({ snapshotDir, outDir, cacheDir: undefined, openapiTypes });
  return outDir;
}
