import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { runCli } from "../support/cli.js";
import { tempDirs } from "../support/temp.js";
import { strictCompilerOptions, typecheckExpectingErrors } from "../support/typecheck.js";

/*
 * A model id (or a property name) that is also a name on Object.prototype
 * must be stored and generated like any other: emulator -> sync -> generate ->
 * the generated index loads its schemas -> drift sees no change -> mock serves it.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
// Inside the repository, so the generated index resolves `apifree-typed` as the tests map it.
const temp = tempDirs(".tmp-proto-ids", path.join(ROOT, "test/.tmp"));
const emulators: Emulator[] = [];
afterAll(async () => {
  await Promise.all(emulators.map((emulator) => emulator.close()));
  await temp.cleanup();
});

const IDS = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"] as const;

// Property names from the same list, in the request and in the response.
const NAMED = Object.fromEntries(IDS.map((name) => [name, { type: "string" }]));
function document(id: string): Record<string, unknown> {
  const request = {
    type: "object",
    required: ["model", "messages", "__proto__"],
    properties: {
      model: { type: "string", enum: [id] },
      messages: { type: "array", items: { type: "object" } },
      ...NAMED,
    },
  };
  const response = { type: "object", required: ["id"], properties: { id: { type: "string" }, ...NAMED } };
  return JSON.parse(
    JSON.stringify({
      openapi: "3.1.0",
      info: { title: id, version: "1" },
      paths: {
        "/v1/chat/completions": {
          post: {
            requestBody: { required: true, content: { "application/json": { schema: request } } },
            responses: { "200": { description: "ok", content: { "application/json": { schema: response } } } },
          },
        },
      },
    }),
  );
}

const catalog: Snapshot = {
  catalog: { object: "list", data: [...IDS, "acme/plain"].map((id) => ({ id, object: "model" })) },
  models: [...IDS, "acme/plain"].map((id) => ({ id, document: document(id), apiMd: `# ${id}\n` })),
};

describe("model ids and property names that Object.prototype also has", () => {
  it("survive the whole round trip: sync, generate, loadSchemas, drift, mock", { timeout: 300_000 }, async () => {
    const live = await startEmulator({ snapshot: catalog, port: 0 });
    emulators.push(live);
    const dir = await temp.make();
    const snapshotDir = path.join(dir, "snapshot");
    const outDir = path.join(dir, "generated");

    const synced = await runCli(["sync", "--base-url", live.url, "--snapshot", snapshotDir]);
    expect(synced.stderr).toBe("");
    expect(synced.stdout).toMatch(/^synced 6 models/);
    const manifest = JSON.parse(await readFile(path.join(snapshotDir, "manifest.json"), "utf8"));
    expect(Object.keys(manifest.models).sort()).toEqual([...IDS, "acme/plain"].sort());
    const stored = await readSnapshot(snapshotDir);
    expect(stored.models.map((model) => model.id)).toEqual([...IDS, "acme/plain"].sort());
    for (const model of stored.models) expect(model.document).toEqual(document(model.id));

    const generated = await runCli(["generate", "--snapshot", snapshotDir, "--out", outDir, "--no-cache"]);
    expect(generated.stderr).toBe("");
    expect(generated.stdout).toMatch(/^generated 6 models/);
    const consumer = path.join(outDir, "consumer.ts");
    await writeFile(
      consumer,
      `import { loadSchemas, modelIds, type ModelId, type RequestOf } from "./index.js";
// Every one spelled out: TypeScript compares a literal's missing "constructor" with Object's (a TypeScript limit).
const request: RequestOf<"__proto__"> = {
  model: "__proto__", messages: [], __proto__: "x", constructor: "c", prototype: "p", hasOwnProperty: "h", toString: "t",
};
const ids: ModelId[] = ["__proto__", "constructor", "prototype", "hasOwnProperty", "toString"];
// @ts-expect-error TS2322: '"valueOf"' is not assignable to type 'ModelId'
const bad: ModelId = "valueOf";
export { request, ids, bad, loadSchemas, modelIds };
`,
    );
    const sources = (await readdir(outDir, { recursive: true }))
      .filter((file) => file.endsWith(".ts"))
      .map((file) => path.join(outDir, file));
    expect(typecheckExpectingErrors(sources, strictCompilerOptions({ skipLibCheck: false }))).toEqual([]);
    const index = await import(/* @vite-ignore */ path.join(outDir, "index.ts"));
    expect([...index.modelIds].sort()).toEqual([...IDS, "acme/plain"].sort());
    for (const id of IDS) {
      const schemas = await index.loadSchemas(id);
      // JSON.parse makes "__proto__" an own property, as a request body read off the wire has it.
      const body = JSON.parse(`{"model":${JSON.stringify(id)},"messages":[],"__proto__":"x"}`);
      expect(schemas.request.safeParse(body).success, id).toBe(true);
      expect(schemas.request.safeParse(JSON.parse(`{"model":${JSON.stringify(id)},"messages":[]}`)).success).toBe(
        false,
      );
    }
    await expect(index.loadSchemas("valueOf")).rejects.toThrow(/not in this snapshot/);

    const drift = await runCli(["drift", "--base-url", live.url, "--snapshot", snapshotDir, "--format", "json"]);
    expect(drift.stderr).toBe("");
    const report = JSON.parse(drift.stdout);
    expect(report.models).toEqual({ added: [], removed: [] });
    expect(report.changes).toEqual([]);
    expect(drift.code).toBe(0);

    const served = await startEmulator({ snapshot: snapshotDir, port: 0 });
    emulators.push(served);
    const list = (await (await fetch(`${served.url}/models`)).json()) as { data: Array<{ id: string }> };
    expect(list.data.map((entry) => entry.id).sort()).toEqual([...IDS, "acme/plain"].sort());
    for (const id of IDS) {
      const openapi = await fetch(`${served.url}/model/openapi.json?model=${encodeURIComponent(id)}`);
      expect(openapi.status, id).toBe(200);
      expect(await openapi.json()).toEqual(document(id));
      const chat = async (extra: string) => {
        const reply = await fetch(`${served.url}/chat/completions`, {
          method: "POST",
          headers: { authorization: "Bearer sk-test", "content-type": "application/json" },
          body: `{"model":${JSON.stringify(id)},"messages":[{"role":"user","content":"hi"}]${extra}}`,
        });
        expect(reply.status).toBe(200);
        return (await reply.json()) as { object?: string; model?: string; error?: { message: string } };
      };
      expect(await chat(`,"__proto__":"x"`), id).toMatchObject({ object: "chat.completion", model: id });
      // The required property "__proto__" is checked as an own property: without it the body is refused.
      expect((await chat("")).error?.message, id).toMatch(/__proto__/);
    }
  });
});
