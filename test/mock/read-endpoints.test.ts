import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { canonicalJson } from "../../src/shared/canonical-json.js";
import { sha256 } from "../../src/shared/hash.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { call, MINI, REASONER, TEST_SNAPSHOT, TOOLER } from "./fixtures.js";

const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

async function snapshotDir(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "apifree-mock-read-"));
  cleanup.push(() => rm(root, { recursive: true, force: true }));
  const dir = path.join(root, "snapshot");
  await writeSnapshot(dir, TEST_SNAPSHOT);
  return dir;
}

describe("read endpoints, snapshot from a folder", () => {
  let emulator: Emulator;
  let dir: string;
  beforeAll(async () => {
    dir = await snapshotDir();
    emulator = await startEmulator({ snapshot: dir });
    cleanup.push(() => emulator.close());
  });

  it("listens on loopback and names its /v1 base URL", () => {
    expect(emulator.url).toBe(`http://127.0.0.1:${emulator.port}/v1`);
  });

  it("GET /models serves the stored catalog bytes", async () => {
    const reply = await call(`${emulator.url}/models`, { key: null });
    expect(reply.status).toBe(200);
    expect(reply.headers.get("content-type")).toBe("application/json");
    expect(reply.text).toBe(await readFile(path.join(dir, "models.json"), "utf8"));
    expect((reply.json as { data: Array<{ id: string }> }).data.map((entry) => entry.id)).toEqual([
      REASONER,
      MINI,
      TOOLER,
    ]);
  });

  it("GET /model/openapi.json serves each stored document byte for byte", async () => {
    const manifest = JSON.parse(await readFile(path.join(dir, "manifest.json"), "utf8"));
    for (const id of [REASONER, MINI, TOOLER]) {
      const reply = await call(`${emulator.url}/model/openapi.json?model=${encodeURIComponent(id)}`, { key: null });
      expect(reply.status, id).toBe(200);
      expect(reply.headers.get("content-type")).toBe("application/json");
      expect(reply.text).toBe(await readFile(path.join(dir, manifest.models[id].dir, "openapi.json"), "utf8"));
    }
  });

  it("GET /model/api.md serves the stored markdown as is (CRLF and missing final newline kept)", async () => {
    for (const model of TEST_SNAPSHOT.models) {
      const reply = await call(`${emulator.url}/model/api.md?model=${encodeURIComponent(model.id)}`, { key: null });
      expect(reply.status).toBe(200);
      expect(reply.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
      expect(reply.text).toBe(model.apiMd);
    }
  });

  it("answers a missing model parameter with HTTP 400 and an unknown model with HTTP 404", async () => {
    const missing = await call(`${emulator.url}/model/openapi.json`, { key: null });
    expect(missing.status).toBe(400);
    expect(missing.json).toEqual({
      code: 400,
      error: {
        code: "invalid_request_error",
        message: "query parameter 'model' is required",
        type: "invalid_request_error",
      },
    });
    const unknown = await call(`${emulator.url}/model/api.md?model=nobody%2Fnothing`, { key: null });
    expect(unknown.status).toBe(404);
    expect(unknown.json).toEqual({
      code: 404,
      error: {
        code: "model_not_found",
        message: "model 'nobody/nothing' does not exist",
        type: "invalid_request_error",
      },
    });
    const proto = await call(`${emulator.url}/model/openapi.json?model=__proto__`, { key: null });
    expect(proto.status).toBe(404);
  });

  it("answers unknown paths with 404 and wrong methods with 405", async () => {
    const nowhere = await call(`${emulator.url}/nowhere`, { key: null });
    expect(nowhere.status).toBe(404);
    expect(nowhere.json).toMatchObject({ error: { code: "not_found" } });
    const wrong = await call(`${emulator.url}/models`, { method: "POST", body: {} });
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get("allow")).toBe("GET");
    const getChat = await call(`${emulator.url}/chat/completions`);
    expect(getChat.status).toBe(405);
  });

  it("records what it served", () => {
    const documentFetch = emulator.requests.find(
      (entry) => entry.path === "/v1/model/openapi.json" && entry.model === MINI,
    );
    expect(documentFetch).toMatchObject({ method: "GET", status: 200, query: { model: MINI } });
  });
});

describe("read endpoints, other snapshot inputs", () => {
  it("serves stored bytes even when they are not what canonical JSON would write", async () => {
    const dir = await snapshotDir();
    const manifestFile = path.join(dir, "manifest.json");
    const manifest = JSON.parse(await readFile(manifestFile, "utf8"));
    const documentFile = path.join(dir, manifest.models[MINI].dir, "openapi.json");
    const compact = JSON.stringify(JSON.parse(await readFile(documentFile, "utf8")));
    await writeFile(documentFile, compact);
    manifest.models[MINI].files["openapi.json"] = sha256(compact);
    await writeFile(manifestFile, canonicalJson(manifest));
    const stored = await readSnapshot(dir);
    const emulator = await startEmulator({ snapshot: stored });
    try {
      const reply = await call(`${emulator.url}/model/openapi.json?model=${MINI}`, { key: null });
      expect(reply.text).toBe(compact);
    } finally {
      await emulator.close();
    }
  });

  it("serves an in-memory snapshot as canonical JSON", async () => {
    const emulator = await startEmulator({ snapshot: TEST_SNAPSHOT });
    try {
      expect((await call(`${emulator.url}/models`, { key: null })).text).toBe(canonicalJson(TEST_SNAPSHOT.catalog));
      const document = await call(`${emulator.url}/model/openapi.json?model=${encodeURIComponent(TOOLER)}`, {
        key: null,
      });
      expect(document.text).toBe(canonicalJson(TEST_SNAPSHOT.models[2]!.document));
    } finally {
      await emulator.close();
    }
  });

  it("can demand a key on reads", async () => {
    const emulator = await startEmulator({
      snapshot: TEST_SNAPSHOT,
      requireAuthForReads: true,
      apiKeys: ["sk-reader"],
    });
    try {
      expect((await call(`${emulator.url}/models`, { key: null })).status).toBe(401);
      expect((await call(`${emulator.url}/models`, { key: "sk-other" })).status).toBe(401);
      expect((await call(`${emulator.url}/models`, { key: "sk-reader" })).status).toBe(200);
    } finally {
      await emulator.close();
    }
  });

  it("refuses a missing or corrupt snapshot folder with a ToolError", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "apifree-mock-bad-"));
    cleanup.push(() => rm(root, { recursive: true, force: true }));
    await expect(startEmulator({ snapshot: path.join(root, "absent") })).rejects.toMatchObject({
      name: "ToolError",
      message: expect.stringMatching(/does not exist/),
    });
    const dir = await snapshotDir();
    await writeFile(path.join(dir, "models.json"), "{}");
    await expect(startEmulator({ snapshot: dir })).rejects.toMatchObject({
      name: "ToolError",
      message: expect.stringMatching(/corrupt|not a model list/),
    });
  });
});
