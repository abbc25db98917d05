import { execFile } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { checkDocument } from "../../src/openapi/check.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { ENTRY, ensureBuilt, ROOT } from "../support/built-dist.js";
import { chatDocument } from "../support/documents.js";
import { tempDirs } from "../support/temp.js";

/*
 * A document that passes the shared check can exhaust no later stage's
 * stack. For each way of nesting (inline subschemas, chains of references
 * through properties, allOf, oneOf and bare $ref, a recursive ring), the
 * deepest document the check accepts goes through generate, drift's
 * comparison and the emulator's Ajv oracle in a Node process given 400 KB of
 * stack, less than half of the default, so the limit leaves room for callers
 * deeper in their own stack.
 */

const STACK_KB = 400;
const run = promisify(execFile);
const temp = tempDirs("apifree-nesting-limit");
afterAll(() => temp.cleanup());

type Shape = (size: number, leaf: unknown) => Record<string, unknown>;

function chainOf(step: (next: string, index: number) => unknown): Shape {
  return (size, leaf) => {
    const components: Record<string, unknown> = {};
    for (let i = 0; i < size; i += 1)
      components[`C${i}`] = i === size - 1 ? leaf : step(`#/components/schemas/C${i + 1}`, i);
    return chatDocument({ $ref: "#/components/schemas/C0" }, { components });
  };
}

function nestedOf(wrap: (inner: unknown) => unknown): Shape {
  return (size, leaf) => {
    let schema = leaf;
    for (let i = 0; i < size; i += 1) schema = wrap(schema);
    return chatDocument(schema);
  };
}

const SHAPES: Record<string, Shape> = {
  properties: nestedOf((inner) => ({ type: "object", properties: { a: inner } })),
  items: nestedOf((inner) => ({ type: "array", items: inner })),
  allOf: nestedOf((inner) => ({ allOf: [inner, { minProperties: 0 }] })),
  "ref-chain-properties": chainOf((next) => ({ type: "object", properties: { next: { $ref: next } } })),
  "ref-chain-allOf": chainOf((next) => ({ allOf: [{ $ref: next }, { required: ["x"] }] })),
  "ref-chain-oneOf": chainOf((next, i) => ({
    oneOf: [{ $ref: next }, { type: "object", required: ["k"], properties: { k: { const: i } } }],
  })),
  "ref-chain-siblings": chainOf((next) => ({ $ref: next, minProperties: 0 })),
  "recursive-ring": (size, leaf) => {
    const components: Record<string, unknown> = {};
    for (let i = 0; i < size; i += 1)
      components[`C${i}`] = {
        type: "object",
        properties: { next: { $ref: `#/components/schemas/C${(i + 1) % size}` }, leaf },
      };
    return chatDocument({ $ref: "#/components/schemas/C0" }, { components });
  },
};

/** The largest size of `shape` that the check accepts. */
function largestAccepted(shape: Shape): number {
  let low = 1;
  let high = 1_000;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (checkDocument(shape(mid, { type: "string" }), "m").length === 0) low = mid;
    else high = mid - 1;
  }
  return low;
}

let snapshotDir: string;
const sizes = new Map<string, number>();

beforeAll(async () => {
  await ensureBuilt();
  const models: Snapshot["models"] = [];
  for (const [name, shape] of Object.entries(SHAPES)) {
    const size = largestAccepted(shape);
    sizes.set(name, size);
    // The same shape with another leaf type: drift has a change to find at the bottom.
    models.push({ id: name, document: shape(size, { type: "string" }), apiMd: `# ${name}\n` });
    models.push({ id: `${name}-changed`, document: shape(size, { type: "integer" }), apiMd: `# ${name}\n` });
    expect(checkDocument(shape(size + 1, { type: "string" }), name)).not.toEqual([]);
  }
  snapshotDir = path.join(await temp.make(), "snapshot");
  await writeSnapshot(snapshotDir, {
    catalog: { object: "list", data: models.map((model) => ({ id: model.id, object: "model" })) },
    models,
  });
}, 120_000);

describe(`documents at the nesting limit, with ${STACK_KB} KB of stack`, () => {
  it("every shape is deep enough to matter", () => {
    // A shape that reached only a few levels would prove nothing.
    for (const [name, size] of sizes) expect(size, name).toBeGreaterThanOrEqual(20);
  });

  it("generate", async () => {
    const out = path.join(path.dirname(snapshotDir), "generated");
    const result = await run(
      process.execPath,
      [`--stack-size=${STACK_KB}`, ENTRY, "generate", "--snapshot", snapshotDir, "--out", out, "--no-cache"],
      { cwd: ROOT },
    );
    expect(result.stdout).toMatch(/^generated 16 models/);
  }, 120_000);

  it("drift's comparison and the emulator's request check", async () => {
    const dist = (file: string) => JSON.stringify(pathToFileURL(path.join(ROOT, "dist", file)).href);
    const script = `
      const { readSnapshot } = await import(${dist("snapshot/read.js")});
      const { compareModel } = await import(${dist("drift/compare-model.js")});
      const { buildModelContract } = await import(${dist("mock/model-contract.js")});
      const snapshot = await readSnapshot(${JSON.stringify(snapshotDir)});
      const byId = new Map(snapshot.models.map((model) => [model.id, model.document]));
      for (const [id, document] of byId) {
        if (id.endsWith("-changed")) continue;
        const changes = compareModel(id, document, byId.get(id + "-changed"));
        const contract = buildModelContract(document, undefined);
        const chat = contract.operations.get("chat.completions");
        const verdict = contract.validator(chat.roots.request.pointer)({ a: { a: [] } });
        console.log(id, changes.length > 0, typeof verdict.valid);
      }`;
    const result = await run(process.execPath, [`--stack-size=${STACK_KB}`, "--input-type=module", "-e", script], {
      cwd: ROOT,
    });
    expect(result.stdout.trim().split("\n").sort()).toEqual(
      Object.keys(SHAPES)
        .map((name) => `${name} true boolean`)
        .sort(),
    );
  }, 120_000);
});
