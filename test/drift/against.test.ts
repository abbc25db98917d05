import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot, SnapshotModel } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { runCli } from "../support/cli.js";
import { tempDirs } from "../support/temp.js";
import { at, siteAt } from "./support/mutate.js";

/*
 * `drift --against DIR`: the committed snapshot against a second local
 * snapshot, offline. The proof that it is "the same drift" is that it prints
 * byte for byte what live drift prints against the emulator serving that
 * second snapshot, in every format and with the same exit codes.
 */

const SNAPSHOT_DIR = path.resolve(import.meta.dirname, "../../snapshot");
const committed = await readSnapshot(SNAPSHOT_DIR);
const temps = tempDirs("apifree-against");
const REMOVED = "x-ai/grok-3-mini";
const CHANGED = "openai/gpt-4.1";

function plain(model: SnapshotModel): SnapshotModel {
  return { id: model.id, document: structuredClone(model.document), apiMd: model.apiMd };
}

/** The bundled catalog with one model removed and one request maximum lowered: two breaking changes. */
function mutated(): Snapshot {
  const models = committed.models.filter((model) => model.id !== REMOVED).map(plain);
  const gpt41 = models.find((model) => model.id === CHANGED)!;
  at(gpt41.document, siteAt(gpt41.document, "request", "temperature").raw).maximum = 1.5;
  return { catalog: { ...committed.catalog, data: committed.catalog.data.filter((m) => m.id !== REMOVED) }, models };
}

let movedDir: string;
let emulator: Emulator;

beforeAll(async () => {
  movedDir = path.join(await temps.make(), "moved");
  const snapshot = mutated();
  await writeSnapshot(movedDir, snapshot);
  emulator = await startEmulator({ snapshot });
});

afterAll(async () => {
  await emulator?.close();
  await temps.cleanup();
});

const against = (...args: string[]) => runCli(["drift", "--snapshot", SNAPSHOT_DIR, "--against", movedDir, ...args]);
const live = (...args: string[]) => runCli(["drift", "--snapshot", SNAPSHOT_DIR, "--base-url", emulator.url, ...args]);

describe("drift --against DIR", () => {
  it("reports exactly what live drift reports against that catalog, in every format, with the same exit code", async () => {
    for (const format of ["json", "markdown", "text"]) {
      const offline = await against("--format", format);
      const online = await live("--format", format);
      expect(offline).toEqual(online);
      expect(offline.code).toBe(1);
    }
    const report = JSON.parse((await against("--format", "json")).stdout);
    expect(report.models.removed).toEqual([REMOVED]);
    expect(report.changes.map((change: { model: string; rule: string }) => `${change.model} ${change.rule}`)).toEqual([
      `${CHANGED} request-property-max-decreased`,
      `${REMOVED} model-removed`,
    ]);
  });

  it("honours --fail-on and the allow-list like live drift", async () => {
    expect((await against("--fail-on", "none")).code).toBe(0);
    const dir = await temps.make();
    const allow = path.join(dir, "drift-allow.json");
    const { writeFile } = await import("node:fs/promises");
    await writeFile(
      allow,
      JSON.stringify({
        accepted: [
          { model: REMOVED, rule: "model-removed", pointer: "", reason: "retired" },
          {
            model: CHANGED,
            rule: "request-property-max-decreased",
            pointer: "/properties/temperature/maximum",
            reason: "we send at most 1",
          },
        ],
      }),
    );
    const run = await against("--allow", allow, "--format", "json");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes.every((change: { accepted?: unknown }) => change.accepted)).toBe(true);
  });

  it("says which snapshot matched when nothing moved, and exits 0", async () => {
    const run = await runCli(["drift", "--snapshot", SNAPSHOT_DIR, "--against", SNAPSHOT_DIR]);
    expect(run).toEqual({
      code: 0,
      stdout: `drift: no changes; the snapshot in ${SNAPSHOT_DIR} matches the snapshot (${committed.models.length} models compared)\n`,
      stderr: "",
    });
    const markdown = await runCli([
      "drift",
      "--against",
      SNAPSHOT_DIR,
      "--snapshot",
      SNAPSHOT_DIR,
      "--format",
      "markdown",
    ]);
    expect(markdown.stdout).toContain(`No changes: the snapshot in ${SNAPSHOT_DIR} matches the committed snapshot`);
  });

  it("never touches the network: an unreachable APIFREE_BASE_URL does not matter", async () => {
    const run = await runCli(["drift", "--snapshot", SNAPSHOT_DIR, "--against", movedDir, "--format", "json"], {
      APIFREE_BASE_URL: "http://127.0.0.1:9/v1",
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("");
  });

  it("refuses flags of the live fetch, and a missing folder, with exit 2", async () => {
    const mixed = await against("--base-url", "http://127.0.0.1:9/v1", "--timeout", "5");
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain("--against compares two local snapshots offline; --base-url, --timeout");
    const missing = await runCli(["drift", "--snapshot", SNAPSHOT_DIR, "--against", path.join(movedDir, "nope")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(path.join(movedDir, "nope"));
  });
});
