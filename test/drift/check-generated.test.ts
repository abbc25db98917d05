import { appendFile, mkdtemp, rm, unlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { generate } from "../../src/codegen/generate.js";
import { checkGenerated } from "../../src/drift/check-generated.js";
import { orderChanges } from "../../src/drift/order.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";

/*
 * --check-generated: the committed generated tree must be exactly what
 * generate makes from the committed snapshot. A two-model snapshot keeps
 * generate quick.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
let temp: string;
let snapshotDir: string;
let generatedDir: string;
let emulator: Emulator;

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "apifree-drift-generated-"));
  const committed = await readSnapshot(path.join(ROOT, "snapshot"));
  const ids = new Set(["deepseek-chat", "openai/gpt-4.1"]);
  const small: Snapshot = {
    catalog: { ...committed.catalog, data: committed.catalog.data.filter((entry) => ids.has(entry.id)) },
    models: committed.models
      .filter((model) => ids.has(model.id))
      .map(({ id, document, apiMd }) => ({ id, document, apiMd })),
  };
  snapshotDir = path.join(temp, "snapshot");
  generatedDir = path.join(temp, "generated");
  await writeSnapshot(snapshotDir, small);
  await generate({ snapshotDir, outDir: generatedDir, cacheDir: undefined });
  emulator = await startEmulator({ snapshot: small, port: 0 });
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  await rm(temp, { recursive: true, force: true });
});

async function drift(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const writer = (into: string[]) =>
    new Writable({
      write(chunk, _encoding, done) {
        into.push(String(chunk));
        done();
      },
    });
  const code = await main(["drift", "--snapshot", snapshotDir, "--base-url", emulator.url, ...args], {
    stdout: writer(out),
    stderr: writer(err),
    env: {},
    signal: new AbortController().signal,
  });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("checkGenerated", () => {
  it("finds nothing when the tree is what generate makes, and exits 0", async () => {
    expect(await checkGenerated(snapshotDir, generatedDir)).toEqual([]);
    const run = await drift(["--check-generated", generatedDir, "--format", "json"]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes).toEqual([]);
  }, 60_000);

  it("reports a differing, a missing and an extra file as breaking, and exits 1", async () => {
    await appendFile(path.join(generatedDir, "index.ts"), "// edited by hand\n");
    await unlink(path.join(generatedDir, "model-map.d.ts"));
    await writeFile(path.join(generatedDir, "stale.ts"), "export {};\n");
    const changes = orderChanges(await checkGenerated(snapshotDir, generatedDir));
    expect(
      changes.map((change) => [change.model, change.location, change.pointer, change.rule, change.severity]),
    ).toEqual([
      [generatedDir, "generated", "/index.ts", "generated-file-differs", "breaking"],
      [generatedDir, "generated", "/model-map.d.ts", "generated-file-missing", "breaking"],
      [generatedDir, "generated", "/stale.ts", "generated-file-extra", "breaking"],
    ]);
    expect(changes[0]!.message).toBe(
      "index.ts differs from what generate makes from the committed snapshot; run npx apifree-codegen generate and commit the result",
    );

    const run = await drift(["--check-generated", generatedDir]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("[generated-file-missing /model-map.d.ts]");
  }, 60_000);

  it("given bare, --check-generated checks ./generated", async () => {
    const run = await drift(["--format", "json", "--check-generated"]);
    const report = JSON.parse(run.stdout) as { changes: Array<{ model: string; location: string }> };
    expect(run.code).toBe(1);
    expect(report.changes.length).toBeGreaterThan(0);
    expect(new Set(report.changes.map((change) => `${change.model} ${change.location}`))).toEqual(
      new Set(["generated generated"]),
    );
  }, 60_000);
});
