import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { runCli as run } from "../support/cli.js";
import { chatDocument, SIMPLE_REQUEST } from "../support/documents.js";
import { tempDirs } from "../support/temp.js";

/*
 * drift --models / --exclude-models: only matching models are compared; a
 * matching model missing live is removed, and models outside the filter are
 * ignored on both sides, whatever happened to them.
 */

const NARROWER = { ...SIMPLE_REQUEST, properties: { ...SIMPLE_REQUEST.properties, temperature: undefined } };
delete (NARROWER.properties as Record<string, unknown>).temperature;

function catalog(models: Record<string, unknown>): Snapshot {
  const ids = Object.keys(models);
  return {
    catalog: { object: "list", data: ids.map((id) => ({ id, object: "model" })) },
    models: ids.sort().map((id) => ({ id, document: models[id], apiMd: `# ${id}\n` })),
  };
}

const temp = tempDirs("apifree-drift-filter");
let emulator: Emulator;
let snapshotDir: string;
beforeAll(async () => {
  snapshotDir = path.join(await temp.make(), "snapshot");
  const same = chatDocument(SIMPLE_REQUEST);
  await writeSnapshot(
    snapshotDir,
    catalog({ "gpt-5": same, "gpt-5-mini": same, "claude-sonnet-4": same, "gemini-2.5-pro": same }),
  );
  // Live: gpt-5-mini and gemini-2.5-pro are gone, claude-sonnet-4 lost a field, two models are new.
  const live = catalog({
    "gpt-5": same,
    "gpt-5-pro": same,
    "claude-sonnet-4": chatDocument(NARROWER),
    "mistral-large": same,
  });
  emulator = await startEmulator({ snapshot: live, port: 0, host: "127.0.0.1" });
});
afterAll(async () => {
  await emulator.close();
  await temp.cleanup();
});

async function drift(...flags: string[]) {
  const result = await run([
    "drift",
    "--snapshot",
    snapshotDir,
    "--base-url",
    emulator.url,
    "--format",
    "json",
    ...flags,
  ]);
  return { ...result, report: result.code === 2 ? undefined : JSON.parse(result.stdout) };
}

describe("drift --models", () => {
  it("reports a matching model missing live as removed and ignores every model outside the filter", async () => {
    const result = await drift("--models", "gpt-5*");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(1);
    expect(result.report.models).toEqual({ added: ["gpt-5-pro"], removed: ["gpt-5-mini"] });
    const models = new Set(result.report.changes.map((change: { model: string }) => change.model));
    expect([...models].sort()).toEqual(["gpt-5-mini", "gpt-5-pro"]);
  });

  it("compares only what is left after --exclude-models", async () => {
    const result = await drift("--exclude-models", "gpt-5*,gemini-*,mistral-*");
    expect(result.code).toBe(1);
    expect(result.report.models).toEqual({ added: [], removed: [] });
    const models = new Set(result.report.changes.map((change: { model: string }) => change.model));
    expect([...models]).toEqual(["claude-sonnet-4"]);
  });

  it("finds nothing to fail on when the matching models did not move", async () => {
    const result = await drift("--models", "gpt-5");
    expect(result.code).toBe(0);
    expect(result.report.changes).toEqual([]);
  });

  it("sees everything without a filter (the filtered runs above are not blind)", async () => {
    const result = await drift();
    expect(result.report.models).toEqual({
      added: ["gpt-5-pro", "mistral-large"],
      removed: ["gemini-2.5-pro", "gpt-5-mini"],
    });
  });

  it("checks a tree generated with the filter against the same filter (--check-generated)", async () => {
    const out = path.join(await temp.make(), "generated");
    const generated = await run(["generate", "--snapshot", snapshotDir, "--out", out, "--models", "gpt-5*"]);
    expect(generated.code).toBe(0);
    const result = await drift("--models", "gpt-5*", "--check-generated", out);
    const locations = result.report.changes.map((change: { location: string }) => change.location);
    expect(locations).not.toContain("generated");
    // The same tree checked without the filter is missing the other models' files.
    const unfiltered = await drift("--check-generated", out);
    expect(unfiltered.report.changes.some((change: { location: string }) => change.location === "generated")).toBe(
      true,
    );
  });

  it("exits 2 when the filter matches no model on either side", async () => {
    const result = await drift("--models", "llama-*");
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^drift: --models 'llama-\*' matches none of the \d+ models of the snapshot .* or the live catalog/,
    );
  });
});

describe("drift with a config file", () => {
  it("takes models, format and failOn from it; a flag wins over it", async () => {
    const cwd = await temp.make();
    await writeFile(
      path.join(cwd, "apifree.config.json"),
      JSON.stringify({ snapshot: snapshotDir, models: ["gpt-5*"], drift: { format: "markdown", failOn: "none" } }),
    );
    const env = { APIFREE_BASE_URL: emulator.url };
    const relaxed = await run(["drift"], env, undefined, cwd);
    expect(relaxed.stderr).toBe("");
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toMatch(/gpt-5-mini/);
    expect(relaxed.stdout).not.toMatch(/claude-sonnet-4|gemini|mistral/);
    expect(relaxed.stdout).toMatch(/^#/m);

    const strict = await run(["drift", "--fail-on", "breaking", "--format", "json"], env, undefined, cwd);
    expect(strict.code).toBe(1);
    expect(JSON.parse(strict.stdout).models.removed).toEqual(["gpt-5-mini"]);
  });
});
