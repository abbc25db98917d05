import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { runCli as run } from "../support/cli.js";
import { chatDocument, SIMPLE_REQUEST } from "../support/documents.js";
import { tempDirs } from "../support/temp.js";

/*
 * --models / --exclude-models (and the same in a config file) for sync,
 * generate and codegen, against the emulator on a six-model catalog.
 */

const IDS = ["gpt-5", "gpt-5-mini", "gpt-5-nano", "openai/gpt-5.2", "claude-sonnet-4", "gemini-2.5-pro"];

function catalog(ids: readonly string[]): Snapshot {
  return {
    catalog: { object: "list", data: ids.map((id) => ({ id, object: "model" })) },
    models: ids.map((id) => ({ id, document: chatDocument(SIMPLE_REQUEST), apiMd: `# ${id}\n` })),
  };
}

const temp = tempDirs("apifree-filter");
let emulator: Emulator;
const env: Record<string, string> = {};
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: catalog(IDS), port: 0, host: "127.0.0.1" });
  env.APIFREE_BASE_URL = emulator.url;
});
afterAll(async () => {
  await emulator.close();
  await temp.cleanup();
});

async function syncedIds(dir: string): Promise<{ models: string[]; catalog: string[] }> {
  const snapshot = await readSnapshot(dir);
  return { models: snapshot.models.map((model) => model.id), catalog: snapshot.catalog.data.map((entry) => entry.id) };
}

describe("sync --models / --exclude-models", () => {
  it("fetches only the matching models, and the snapshot's catalog lists only them", async () => {
    const dir = await temp.make();
    const before = emulator.requests.length;
    const result = await run(
      ["sync", "--snapshot", path.join(dir, "s"), "--models", "gpt-5*, claude-*", "--exclude-models", "gpt-5-nano"],
      env,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/synced 3 models .*\(--models 'gpt-5\*,claude-\*' --exclude-models 'gpt-5-nano'\)/);
    const ids = ["claude-sonnet-4", "gpt-5", "gpt-5-mini"];
    expect(await syncedIds(path.join(dir, "s"))).toEqual({
      models: ids,
      catalog: ["gpt-5", "gpt-5-mini", "claude-sonnet-4"],
    });
    // No document of a model outside the filter was asked for.
    const asked = new Set(emulator.requests.slice(before).flatMap((request) => request.model ?? []));
    expect([...asked].sort()).toEqual(ids);
  });

  it("matches `**/` across a vendor prefix, `*` does not", async () => {
    const dir = await temp.make();
    expect((await run(["sync", "--snapshot", dir, "--models", "**/gpt-5.*"], env)).code).toBe(0);
    expect((await syncedIds(dir)).models).toEqual(["openai/gpt-5.2"]);
    expect((await run(["sync", "--snapshot", dir, "--models", "gpt-5.*"], env)).code).toBe(2);
  });

  it("exits 2 naming the filter when nothing matches, and writes nothing", async () => {
    const dir = await temp.make();
    const result = await run(["sync", "--snapshot", path.join(dir, "s"), "--models", "gtp-5*"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^sync: --models 'gtp-5\*' matches none of the 6 models of the live catalog \(gpt-5, /,
    );
    expect(result.stderr).toMatch(/nothing was written/);
    expect(existsSync(path.join(dir, "s"))).toBe(false);
  });
});

describe("generate --models", () => {
  let snapshotDir: string;
  beforeAll(async () => {
    snapshotDir = path.join(await temp.make(), "snapshot");
    await writeSnapshot(snapshotDir, catalog(IDS));
  });

  it("emits only the matching models: the index and ModelMap name no other", async () => {
    const out = path.join(await temp.make(), "generated");
    const result = await run(
      ["generate", "--snapshot", snapshotDir, "--out", out, "--no-cache", "--models", "claude-*,gemini-*"],
      env,
    );
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^generated 2 models into .* \(--models 'claude-\*,gemini-\*'\)/);
    expect((await readdir(path.join(out, "models"))).sort()).toEqual(["claude-sonnet-4", "gemini-2.5-pro"]);
    const index = await readFile(path.join(out, "index.ts"), "utf8");
    const modelMap = await readFile(path.join(out, "model-map.d.ts"), "utf8");
    for (const text of [index, modelMap]) {
      expect(text).toContain('"claude-sonnet-4"');
      expect(text).not.toContain('"gpt-5"');
    }
  });

  it("exits 2 when the filter leaves no model of the snapshot", async () => {
    const out = path.join(await temp.make(), "generated");
    const result = await run(["generate", "--snapshot", snapshotDir, "--out", out, "--exclude-models", "*,*/*"], env);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^generate: --exclude-models '\*,\*\/\*' matches none of the 6 models of the snapshot/,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("codegen with a config file", () => {
  it("takes the filter and folders from apifree.config.ts; flags win over it", async () => {
    const cwd = await temp.make();
    await writeFile(
      path.join(cwd, "apifree.config.ts"),
      `import { defineConfig } from "apifree-codegen";
export default defineConfig({
  baseURL: ${JSON.stringify(env.APIFREE_BASE_URL)},
  snapshot: ${JSON.stringify(path.join(cwd, "snap"))},
  out: ${JSON.stringify(path.join(cwd, "gen"))},
  models: ["gpt-5*", "claude-*"],
  excludeModels: "gpt-5-nano",
  cache: false,
});
`,
    );
    // No APIFREE_BASE_URL: the base URL comes from the file.
    const result = await run(["codegen", "--exclude-models", "gpt-5-mini,gpt-5-nano"], {}, undefined, cwd);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect((await syncedIds(path.join(cwd, "snap"))).models).toEqual(["claude-sonnet-4", "gpt-5"]);
    expect((await readdir(path.join(cwd, "gen", "models"))).sort()).toEqual(["claude-sonnet-4", "gpt-5"]);

    // --snapshot and --models on the command line beat the file's.
    const other = path.join(cwd, "other");
    const again = await run(["sync", "--snapshot", other, "--models", "gemini-*"], {}, undefined, cwd);
    expect(again.code).toBe(0);
    expect((await syncedIds(other)).models).toEqual(["gemini-2.5-pro"]);
  });

  it("stops with exit 2 naming the file and key of a bad config, before any work", async () => {
    const cwd = await temp.make();
    await writeFile(path.join(cwd, "apifree.config.json"), JSON.stringify({ snapshot: "s", concurency: 4 }));
    const result = await run(["sync"], env, undefined, cwd);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^apifree\.config\.json: unknown key "concurency" \(known keys: /),
    ]);
    expect(existsSync(path.join(cwd, "s"))).toBe(false);
    // --help still answers.
    expect((await run(["sync", "--help"], env, undefined, cwd)).code).toBe(0);
  });

  it("--config picks a file outside the working directory", async () => {
    const cwd = await temp.make();
    const file = path.join(await temp.make(), "team.json");
    await writeFile(file, JSON.stringify({ snapshot: path.join(cwd, "team"), models: "gemini-*" }));
    expect((await run(["sync", "--config", file], env, undefined, cwd)).code).toBe(0);
    expect((await syncedIds(path.join(cwd, "team"))).models).toEqual(["gemini-2.5-pro"]);
  });
});
