import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/codegen/generate.js";
import { ToolError } from "../../../src/shared/tool-error.js";
import type { Snapshot } from "../../../src/snapshot/format.js";
import { writeSnapshot } from "../../../src/snapshot/write.js";
import { runCli as captured } from "../../support/cli.js";
import { chatDocument, SIMPLE_REQUEST } from "../../support/documents.js";
import { readTree, tempDirs } from "../../support/temp.js";
import { strictCompilerOptions, typecheckExpectingErrors } from "../../support/typecheck.js";

const ROOT = path.resolve(import.meta.dirname, "../../..");
// Inside the repository, so generated code resolves `apifree-typed` the way the tests map it.
const temp = tempDirs(".tmp-generate", path.join(ROOT, "test/codegen/generate"));
afterAll(() => temp.cleanup());

function snapshotOf(models: Array<{ id: string; document: unknown; apiMd?: string }>): Snapshot {
  return {
    catalog: { object: "list", data: models.map((model) => ({ id: model.id, object: "model" })) },
    models: models.map((model) => ({
      id: model.id,
      document: model.document,
      apiMd: model.apiMd ?? `# ${model.id}\n`,
    })),
  };
}

describe("generate", () => {
  it("turns hostile ids, names and prose into safe, compiling code", async () => {
    const dir = await temp.make();
    const hostileIds = [
      "../../etc/passwd",
      "constructor",
      "x-trace-id",
      "9lives",
      "Foo/Bar",
      "foo/bar",
      "a*/b",
      "${process.exit(1)}",
      "con",
      "\u2028",
      // Names the index declares for itself.
      "import-schemas",
      "create-base-client",
    ];
    const apiMd = "Ends a comment */ export const pwned = 1; /*\n@param nope\n`${x}` and \u2028 line";
    const document = chatDocument({
      ...SIMPLE_REQUEST,
      properties: {
        ...SIMPLE_REQUEST.properties,
        constructor: { type: "string", description: "*/ export const pwned = 2; /*" },
        "x-trace-id": { type: "string" },
        "9lives": { type: "integer", minimum: 9 },
        'a"b\\c`${d}`': { enum: ["*/", "`", "${x}", "\u2028"] },
      },
    });
    await writeSnapshot(path.join(dir, "snapshot"), snapshotOf(hostileIds.map((id) => ({ id, document, apiMd }))));
    const out = path.join(dir, "generated");
    await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out });
    const tree = await readTree(out);
    for (const file of tree.keys())
      expect(file).toMatch(
        /^(\.apifree-typed\.json|index\.ts|model-map\.d\.ts|models\/[a-z0-9._-]+\/[a-z.]+\.ts|(types|validators)\/[A-Za-z0-9_.-]+\.ts)$/,
      );
    for (const content of tree.values()) expect(content).not.toMatch(/^\s*export const pwned/m);
    const consumer = path.join(out, "consumer.ts");
    await writeFile(
      consumer,
      `import { constructorModel, model9lives, xTraceId, loadSchemas, type RequestOf, type ModelId } from "./index.js";
const ok: RequestOf<"9lives"> = { model: "9lives", messages: [{ role: "user", content: "hi" }], constructor: "c", "x-trace-id": "t", "9lives": 10 };
// @ts-expect-error TS2322: Type '"nope"' is not assignable to type 'ModelId'
const bad: ModelId = "nope";
export { ok, bad, constructorModel, model9lives, xTraceId, loadSchemas };
`,
    );
    const files = [...tree.keys()].filter((file) => file.endsWith(".ts")).map((file) => path.join(out, file));
    const options = strictCompilerOptions({ skipLibCheck: false });
    expect(typecheckExpectingErrors([...files, consumer], options, { ignoreNoCheck: true })).toEqual([]);
    const index = await import(path.join(out, "index.ts"));
    expect(index.modelIds).toEqual([...hostileIds].sort());
    const schemas = await index.loadSchemas("../../etc/passwd");
    expect(
      schemas.request.safeParse({ model: "m", messages: [{ role: "user", content: "x" }], "9lives": 9 }).success,
    ).toBe(true);
    expect(
      schemas.request.safeParse({ model: "m", messages: [{ role: "user", content: "x" }], "9lives": 8 }).success,
    ).toBe(false);
    expect(
      schemas.request.safeParse({ model: "m", messages: [{ role: "user", content: "x" }], constructor: 1 }).success,
    ).toBe(false);
    await expect(index.loadSchemas("not-in-snapshot")).rejects.toThrow(/not in this snapshot/);
  }, 120_000);

  it("reports every unprocessable document with its model and pointer, exits 2 and writes nothing", async () => {
    const dir = await temp.make();
    const good = chatDocument(SIMPLE_REQUEST);
    await writeSnapshot(path.join(dir, "good"), snapshotOf([{ id: "good/model", document: good }]));
    const out = path.join(dir, "generated");
    await generate({ snapshotDir: path.join(dir, "good"), outDir: out });
    const before = await readTree(out);

    await writeSnapshot(
      path.join(dir, "bad"),
      snapshotOf([
        { id: "good/model", document: good },
        { id: "dangling/ref", document: chatDocument({ $ref: "#/components/schemas/Missing" }) },
        { id: "not/object", document: chatDocument({ type: "object", properties: { temperature: 42 } }) },
        {
          id: "unknown/type",
          document: chatDocument({ type: "object", properties: { temperature: { type: "float" } } }),
        },
      ]),
    );
    const error = await generate({ snapshotDir: path.join(dir, "bad"), outDir: out }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ToolError);
    const problems = (error as ToolError).problems;
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ model: "dangling/ref", pointer: expect.stringContaining("$ref") }),
        expect.objectContaining({ model: "not/object", pointer: expect.stringMatching(/\/properties\/temperature$/) }),
        expect.objectContaining({
          model: "unknown/type",
          pointer: expect.stringMatching(/\/properties\/temperature\/type$/),
        }),
      ]),
    );
    expect(problems.filter((problem) => problem.model === "good/model")).toEqual([]);
    expect(await readTree(out)).toEqual(before);

    const cli = await captured(["generate", "--snapshot", path.join(dir, "bad"), "--out", out, "--no-cache"]);
    expect(cli.code).toBe(2);
    expect(cli.stderr).toMatch(/nothing was written/);
    expect(cli.stderr).toMatch(/model "unknown\/type" at \/paths\/.*\/properties\/temperature\/type: /);
    expect(cli.stderr).not.toMatch(/\n\s+at /);
    expect(await readTree(out)).toEqual(before);
  });

  it("regenerates only the models whose document changed, with the same bytes as a cold run", async () => {
    const dir = await temp.make();
    const models = ["a/one", "b/two", "c/three"].map((id) => ({ id, document: chatDocument(SIMPLE_REQUEST) }));
    await writeSnapshot(path.join(dir, "snapshot"), snapshotOf(models));
    const out = path.join(dir, "generated");
    const cache = path.join(dir, "cache");
    const cold = await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out, cacheDir: cache });
    expect(cold).toMatchObject({ models: 3, emitted: 3, reused: 0 });
    const again = await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out, cacheDir: cache });
    expect(again).toMatchObject({ emitted: 0, reused: 3 });

    const changed = chatDocument({
      ...SIMPLE_REQUEST,
      properties: { ...SIMPLE_REQUEST.properties, top_k: { type: "integer" } },
    });
    await writeSnapshot(
      path.join(dir, "snapshot"),
      snapshotOf([models[0]!, { id: "b/two", document: changed }, models[2]!]),
    );
    const warm = await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out, cacheDir: cache });
    expect(warm).toMatchObject({ emitted: 1, reused: 2 });
    const coldOut = path.join(dir, "cold");
    await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: coldOut });
    expect(await readTree(out)).toEqual(await readTree(coldOut));
    expect((await readFile(path.join(out, "models/b--two/types.d.ts"), "utf8")).length).toBeGreaterThan(0);
  });

  it("links a rendered file the previous tree holds as is, and writes one that changed or was edited", async () => {
    const dir = await temp.make();
    const snapshot = path.join(dir, "snapshot");
    await writeSnapshot(snapshot, snapshotOf([{ id: "a/one", document: chatDocument(SIMPLE_REQUEST) }]));
    const out = path.join(dir, "generated");
    await generate({ snapshotDir: snapshot, outDir: out });
    const inode = async (relative: string) => (await stat(path.join(out, relative))).ino;
    const [index, module] = [await inode("index.ts"), await inode("models/a--one/index.ts")];
    await writeFile(path.join(out, "model-map.d.ts"), "// edited\n");
    await generate({ snapshotDir: snapshot, outDir: out });
    expect(await inode("index.ts")).toBe(index);
    expect(await inode("models/a--one/index.ts")).toBe(module);
    expect(await readFile(path.join(out, "model-map.d.ts"), "utf8")).toContain("export interface ModelMap");

    await writeSnapshot(
      snapshot,
      snapshotOf([
        { id: "a/one", document: chatDocument(SIMPLE_REQUEST) },
        { id: "b/two", document: chatDocument(SIMPLE_REQUEST) },
      ]),
    );
    await generate({ snapshotDir: snapshot, outDir: out });
    expect(await inode("index.ts")).not.toBe(index);
    expect(await readFile(path.join(out, "index.ts"), "utf8")).toContain('"b/two"');
    expect(await inode("models/a--one/index.ts")).toBe(module);
  });

  it("ignores a cache entry whose files were edited by hand", async () => {
    const dir = await temp.make();
    await writeSnapshot(
      path.join(dir, "snapshot"),
      snapshotOf([{ id: "a/one", document: chatDocument(SIMPLE_REQUEST) }]),
    );
    const out = path.join(dir, "generated");
    const cache = path.join(dir, "cache");
    await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out, cacheDir: cache });
    const original = await readFile(path.join(out, "models/a--one/schemas.ts"), "utf8");
    await writeFile(path.join(out, "models/a--one/schemas.ts"), "// edited\n");
    expect(await generate({ snapshotDir: path.join(dir, "snapshot"), outDir: out, cacheDir: cache })).toMatchObject({
      emitted: 1,
      reused: 0,
    });
    expect(await readFile(path.join(out, "models/a--one/schemas.ts"), "utf8")).toBe(original);
  });
});
