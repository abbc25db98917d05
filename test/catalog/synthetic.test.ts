import { mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/openapi/check.js";
import { locateChatContract, openApiVersion } from "../../src/openapi/document.js";
import { fileStemsForModels } from "../../src/shared/model-names.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { renderSnapshot } from "../../src/snapshot/write.js";
import { buildCatalogScript, makeCatalogScript } from "../../tools/catalog/scripts.js";
import type { TextCatalogEntry } from "../../tools/catalog/spec.js";
import { syntheticCatalog, syntheticSpecs } from "../../tools/catalog/synthetic.js";
import { chunkReplies, compileContract, completionReplies, errorsOf } from "./helpers.js";

const temps: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "apifree-catalog-"));
  temps.push(dir);
  return dir;
}
afterAll(async () => {
  await Promise.all(temps.map((dir) => rm(dir, { recursive: true, force: true })));
});

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out,
    err,
    io: { stdout: { write: (text: string) => out.push(text) }, stderr: { write: (text: string) => err.push(text) } },
  };
}

describe("syntheticCatalog", () => {
  const catalog = syntheticCatalog({ models: 300, seed: 7 });
  const entries = catalog.catalog.data as TextCatalogEntry[];

  it("is deterministic for a seed and differs across seeds", () => {
    const again = syntheticCatalog({ models: 300, seed: 7 });
    expect(renderSnapshot(again)).toEqual(renderSnapshot(catalog));
    const other = syntheticCatalog({ models: 300, seed: 8 });
    expect(other.models.map((m) => m.id)).not.toEqual(catalog.models.map((m) => m.id));
  });

  it("makes exactly N models with unique ids, safe file stems, sorted", () => {
    const ids = catalog.models.map((model) => model.id);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    expect(ids).toEqual([...ids].sort());
    const stems = [...fileStemsForModels(ids).values()];
    // every id is a "plain" id: no stem carries a hash suffix
    expect(stems.filter((stem) => stem.includes("_") && !stem.includes("__"))).toEqual([]);
    for (const n of [1, 2, 2000]) expect(syntheticSpecs({ models: n, seed: 3 })).toHaveLength(n);
  });

  it("is varied: vendors, id styles, OpenAPI lines, capabilities, stream schemas", () => {
    expect(new Set(entries.map((entry) => entry.owned_by)).size).toBeGreaterThanOrEqual(8);
    expect(entries.filter((entry) => !entry.id.includes("/")).length).toBeGreaterThan(10);
    expect(entries.filter((entry) => entry.id.endsWith(":free")).length).toBeGreaterThan(10);
    for (const key of ["tools", "vision", "reasoning", "json_schema", "streaming"] as const) {
      expect(entries.filter((entry) => entry.capabilities[key]).length, key).toBeGreaterThan(5);
      expect(entries.filter((entry) => !entry.capabilities[key]).length, key).toBeGreaterThan(5);
    }
    const versions = catalog.models.map((model) => openApiVersion(model.document));
    expect(versions.filter((v) => v === "3.0").length).toBeGreaterThan(50);
    expect(versions.filter((v) => v === "3.1").length).toBeGreaterThan(50);
    const standard = catalog.models.filter(
      (model) => locateChatContract(model.document).chunk?.standard === true,
    ).length;
    expect(standard).toBeGreaterThan(30);
    expect(standard).toBeLessThan(270);
    expect(new Set(entries.map((entry) => entry.context_length)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(entries.map((entry) => entry.pricing.input_per_million)).size).toBeGreaterThan(50);
  });

  it("every document passes checkDocument and has a chat contract", () => {
    for (const model of catalog.models) {
      expect(checkDocument(model.document, model.id), model.id).toEqual([]);
      const contract = locateChatContract(model.document);
      expect(contract.request, model.id).toBeDefined();
      expect(contract.response, model.id).toBeDefined();
    }
  });

  it("documents compile in Ajv and accept the emulator's replies (sample of 30)", () => {
    const specs = new Map(syntheticSpecs({ models: 300, seed: 7 }).map((spec) => [spec.id, spec]));
    for (const model of catalog.models.filter((_, index) => index % 10 === 0)) {
      const spec = specs.get(model.id)!;
      const contract = compileContract(model.document);
      const facts = {
        model: model.id,
        tools: spec.tools,
        reasoning: spec.reasoning !== undefined,
        reasoningContent: spec.reasoning?.thinksAloud === true,
        inputPerMillion: spec.pricing.input,
        outputPerMillion: spec.pricing.output,
      };
      expect(
        contract.request({ model: model.id, messages: [{ role: "user", content: "Hi" }] }),
        `${model.id}: ${errorsOf(contract.request)}`,
      ).toBe(true);
      for (const reply of completionReplies(facts))
        expect(contract.response(reply.body), `${model.id} ${reply.name}: ${errorsOf(contract.response)}`).toBe(true);
      for (const reply of chunkReplies(facts, true))
        expect(contract.chunk(reply.body), `${model.id} ${reply.name}: ${errorsOf(contract.chunk)}`).toBe(true);
      expect(Buffer.byteLength(model.apiMd), model.id).toBeLessThan(3000);
    }
  });

  it("rejects impossible sizes and seeds", () => {
    expect(() => syntheticSpecs({ models: 0 })).toThrow(RangeError);
    expect(() => syntheticSpecs({ models: 1.5 })).toThrow(RangeError);
    expect(() => syntheticSpecs({ models: 10, seed: -1 })).toThrow(RangeError);
  });
});

describe("make-catalog and build-catalog scripts", () => {
  it("make-catalog writes a readable snapshot of N models", async () => {
    const out = path.join(await tempDir(), "catalog");
    const run = io();
    expect(await makeCatalogScript(["--models", "25", "--out", out, "--seed", "42"], run.io)).toBe(0);
    expect(run.out.join("")).toContain("25 models");
    const stored = await readSnapshot(out);
    expect(stored.models).toHaveLength(25);
    expect(stored.models.map((model) => model.id)).toEqual(
      syntheticCatalog({ models: 25, seed: 42 }).models.map((model) => model.id),
    );
  });

  it.each([
    [["--out", "x"], "--models is required"],
    [["--models", "10"], "--out is required"],
    [["--models", "ten", "--out", "x"], "--models must be a positive integer"],
    [["--models", "0", "--out", "x"], "--models must be a positive integer"],
    [["--models", "200000", "--out", "x"], "at most"],
    [["--models", "3", "--out", "x", "--seed=-4"], "--seed must be an integer"],
    [["--models", "3", "--out", "x", "--seed", "1.5"], "--seed must be an integer"],
    [["--models", "3", "--out", "x", "--colour", "red"], "Unknown option"],
  ])("make-catalog %j fails with one clear message and exit 2", async (argv, message) => {
    const run = io();
    expect(await makeCatalogScript(argv, run.io)).toBe(2);
    expect(run.err.join("")).toContain(message);
    expect(run.err.join("").trim().split("\n")).toHaveLength(1);
  });

  it("refuses to replace a folder that is not a snapshot", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "precious.txt"), "keep me");
    const run = io();
    expect(await makeCatalogScript(["--models", "2", "--out", dir], run.io)).toBe(2);
    expect(run.err.join("")).toContain("refusing to replace");
    expect(await readdir(dir)).toEqual(["precious.txt"]);
  });

  it("build-catalog writes the bundled catalog to --out", async () => {
    const out = path.join(await tempDir(), "snap");
    const run = io();
    expect(await buildCatalogScript(["--out", out], run.io)).toBe(0);
    const stored = await readSnapshot(out);
    expect(stored.models.length).toBeGreaterThanOrEqual(30);
    expect(await buildCatalogScript(["--bogus"], io().io)).toBe(2);
  });
});
