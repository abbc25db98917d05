import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../src/mock/index.js";
import { MAX_NESTING } from "../../src/openapi/check.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { runCli } from "../support/cli.js";
import {
  deepDocumentText,
  documentTextWithRequest,
  REQUEST_POINTER,
  writeRawSnapshot,
} from "../support/raw-snapshot.js";
import { readTree, tempDirs } from "../support/temp.js";

/*
 * Documents shaped to break a stage: nested 100,000 and 1,000 levels deep, and
 * a `$ref` loop. Every command gives the same verdict, decided once by the
 * document check they share: exit 2, one problem line naming the model and the
 * JSON pointer, and nothing written. Before, the deep ones passed sync and
 * killed generate and drift with "Maximum call stack size exceeded" naming no
 * model, and the loop passed sync and drift.
 */

const temp = tempDirs("apifree-deep");
afterAll(() => temp.cleanup());

const MODEL = "acme/deep";
const GOOD = documentTextWithRequest('{"type":"object"}');

/** The pointer of the first container nested deeper than the limit, in the request schema nested `{properties: {a: ...}}`. */
function deepPointer(): string {
  // The request schema sits at depth 8; each level adds `properties` and `a`.
  const below = MAX_NESTING + 1 - 8;
  return `${REQUEST_POINTER}${"/properties/a".repeat(Math.floor(below / 2))}${below % 2 === 1 ? "/properties" : ""}`;
}

const CASES = [
  { name: "a document nested 100,000 levels", text: deepDocumentText(100_000), pointer: deepPointer() },
  { name: "a document nested 1,000 levels", text: deepDocumentText(1_000), pointer: deepPointer() },
  {
    name: "a $ref loop",
    text: documentTextWithRequest(
      '{"$ref":"#/components/schemas/A"}',
      '{"A":{"$ref":"#/components/schemas/B"},"B":{"$ref":"#/components/schemas/A","description":"loops back"}}',
    ),
    pointer: "/components/schemas/A/$ref",
  },
] as const;

/** The problem lines of a failed command: exactly one, naming the model and the pointer. */
function expectOneProblem(stderr: string, pointer: string): void {
  const problemLines = stderr
    .trim()
    .split("\n")
    .filter((line) => line.startsWith("  - "));
  expect(problemLines).toHaveLength(1);
  expect(problemLines[0]).toContain(`model ${JSON.stringify(MODEL)} at ${pointer}:`);
  expect(stderr).not.toMatch(/Maximum call stack|unexpected failure|\n\s+at /);
}

/** An emulator whose catalog lists MODEL and serves `text` as its document. */
async function serving(text: string) {
  const snapshot: Snapshot = {
    catalog: { object: "list", data: [{ id: MODEL, object: "model" }] },
    models: [{ id: MODEL, document: JSON.parse(GOOD), apiMd: `# ${MODEL}\n` }],
  };
  return startEmulator({
    snapshot,
    fault: (request) =>
      request.path === "/v1/model/openapi.json" && request.model === MODEL
        ? { raw: { status: 200, headers: { "content-type": "application/json" }, body: text } }
        : undefined,
  });
}

describe.each(CASES)("$name", ({ text, pointer }) => {
  it("sync from an emulator serving it: exit 2, the previous snapshot untouched", async () => {
    const dir = await temp.make();
    const previous = path.join(dir, "snapshot");
    await writeSnapshot(previous, {
      catalog: { object: "list", data: [{ id: "old/model", object: "model" }] },
      models: [{ id: "old/model", document: JSON.parse(GOOD), apiMd: "# old\n" }],
    });
    const before = await readTree(previous);
    const emulator = await serving(text);
    try {
      const run = await runCli(["sync", "--base-url", emulator.url, "--snapshot", previous]);
      expect(run.code).toBe(2);
      expectOneProblem(run.stderr, pointer);
    } finally {
      await emulator.close();
    }
    expect(await readTree(previous)).toEqual(before);
  });

  it("generate: exit 2, no output folder", async () => {
    const dir = await temp.make();
    await writeRawSnapshot(path.join(dir, "snapshot"), [{ id: MODEL, documentText: text }]);
    const out = path.join(dir, "generated");
    const run = await runCli(["generate", "--snapshot", path.join(dir, "snapshot"), "--out", out, "--no-cache"]);
    expect(run.code).toBe(2);
    expectOneProblem(run.stderr, pointer);
    expect(existsSync(out)).toBe(false);
  });

  it("drift with the live API serving it: exit 2", async () => {
    const dir = await temp.make();
    await writeRawSnapshot(path.join(dir, "snapshot"), [{ id: MODEL, documentText: GOOD }]);
    const emulator = await serving(text);
    try {
      const run = await runCli(["drift", "--base-url", emulator.url, "--snapshot", path.join(dir, "snapshot")]);
      expect(run.code).toBe(2);
      expectOneProblem(run.stderr, pointer);
    } finally {
      await emulator.close();
    }
  });

  it("drift with the committed snapshot holding it: exit 2", async () => {
    const dir = await temp.make();
    await writeRawSnapshot(path.join(dir, "snapshot"), [{ id: MODEL, documentText: text }]);
    const emulator = await serving(GOOD);
    try {
      const run = await runCli(["drift", "--base-url", emulator.url, "--snapshot", path.join(dir, "snapshot")]);
      expect(run.code).toBe(2);
      expectOneProblem(run.stderr, pointer);
    } finally {
      await emulator.close();
    }
  });

  it("mock refuses to serve a snapshot holding it: exit 2", async () => {
    const dir = await temp.make();
    await writeRawSnapshot(path.join(dir, "snapshot"), [{ id: MODEL, documentText: text }]);
    const run = await runCli(["mock", "--snapshot", path.join(dir, "snapshot"), "--port", "0"]);
    expect(run.code).toBe(2);
    expectOneProblem(run.stderr, pointer);
    expect(run.stdout).toBe("");
  });
});
