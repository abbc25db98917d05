import { connect } from "node:net";
import { FormData, fetch } from "undici";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../../src/mock/index.js";
import type { StoredSnapshot } from "../../../src/snapshot/format.js";
import { call, hello } from "../fixtures.js";
import { bundledSnapshot, taskChecker, VIDEO_MODELS } from "./support.js";

/*
 * The video task routes of the emulator over HTTP, on the bundled catalog's
 * video models, with the emulator's clock moved by the test (no waiting):
 * every task read back validates against the model's own task schema.
 */

const START = Date.UTC(2026, 0, 1);
let now = START;
let snapshot: StoredSnapshot;
let emulator: Emulator;
beforeAll(async () => {
  snapshot = await bundledSnapshot();
  emulator = await startEmulator({ snapshot, now: () => now, taskDurationMs: 10_000 });
});
afterAll(() => emulator.close());

const BODIES: Record<(typeof VIDEO_MODELS)[number], Record<string, unknown>> = {
  "sora-2": { model: "sora-2", prompt: "A paper boat", size: "720x1280", seconds: "8" },
  "sora-2-pro": { model: "sora-2-pro", prompt: "A paper boat", size: "1792x1024" },
  "veo-3.1": { model: "veo-3.1", prompt: "A paper boat", seconds: 6, generate_audio: false, seed: 7 },
  "kling-v2.5": { model: "kling-v2.5", prompt: "A paper boat", seconds: "10", mode: "pro", cfg_scale: 0.7 },
};

type Json = Record<string, any>;

const create = (body: unknown, headers: Record<string, string> = {}, prefix = "/v1/videos") =>
  call(`${emulator.url.replace(/\/v1$/, "")}${prefix}`, { body, headers });
const retrieve = (id: string, prefix = "/v1/videos", headers: Record<string, string> = {}) =>
  call(`${emulator.url.replace(/\/v1$/, "")}${prefix}/${encodeURIComponent(id)}`, { headers });
const remix = (id: string, body: unknown, prefix = "/v1/videos") =>
  call(`${emulator.url.replace(/\/v1$/, "")}${prefix}/${encodeURIComponent(id)}/remix`, { body });

function expectValidTask(model: string, task: unknown): void {
  const verdict = taskChecker(snapshot, model)(task);
  expect(verdict.errors, JSON.stringify(task)).toEqual([]);
  expect(verdict.valid).toBe(true);
}

describe("POST /v1/videos, GET /v1/videos/{task_id}: a task's life", () => {
  it.each(VIDEO_MODELS)("%s: queued, in_progress with rising progress, completed; each valid", async (model) => {
    now = START;
    const created = await create(BODIES[model]);
    expect(created.status).toBe(200);
    const task = created.json as Json;
    expect(task).toMatchObject({ object: "video", model, status: "queued", progress: 0, prompt: "A paper boat" });
    expect(task.id).toMatch(/^video_[0-9a-f]{24}$/);
    expect(task.created_at).toBe(START / 1000);
    expectValidTask(model, task);

    const seen: Json[] = [];
    for (const ms of [500, 1000, 3000, 6000, 9999, 10_000, 20_000]) {
      now = START + ms;
      const reply = await retrieve(task.id);
      expect(reply.status).toBe(200);
      expectValidTask(model, reply.json);
      seen.push(reply.json as Json);
    }
    expect(seen.map((t) => [t.status, t.progress])).toEqual([
      ["queued", 0],
      ["in_progress", 10],
      ["in_progress", 30],
      ["in_progress", 60],
      ["in_progress", 99],
      ["completed", 100],
      ["completed", 100],
    ]);
    const done = seen.at(-1)!;
    expect(done.completed_at).toBe(START / 1000 + 10);
    if ("size" in BODIES[model]) expect(done.size).toBe(BODIES[model].size);
    else
      expect(done.size).toBe(
        (snapshot.models.find((m) => m.id === model)!.document as Json).components.schemas.VideoSize.default,
      );
  });

  it("veo-3.1's completed task carries the provider's result metadata, and its video_url downloads", async () => {
    now = START;
    const task = (await create(BODIES["veo-3.1"])).json as Json;
    expect(task.result).toBeUndefined(); // optional, and not known yet
    now = START + 10_000;
    const done = (await retrieve(task.id)).json as Json;
    expect(done.result).toEqual({
      video_url: expect.stringMatching(new RegExp(`^http://127\\.0\\.0\\.1:\\d+/v1/videos/${task.id}/content$`)),
      thumbnail_url: null,
      duration_seconds: 6,
      provider: { name: "google", model: "veo-3.1", request_id: `req_${task.id}`, region: null },
    });
    const download = await fetch(done.result.video_url, { headers: { authorization: "Bearer k" } });
    expect(download.status).toBe(200);
    expect(download.headers.get("content-type")).toBe("video/mp4");
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(4, 8)
        .toString(),
    ).toBe("ftyp");
  });

  it("a model whose task schema has no result gets none, and the content of an unfinished video is 404", async () => {
    now = START;
    const task = (await create(BODIES["sora-2"])).json as Json;
    const content = await call(`${emulator.url}/videos/${task.id}/content`);
    expect(content.status).toBe(404);
    expect(content.json).toMatchObject({ code: 404, error: { code: "video_not_ready" } });
    now = START + 10_000;
    expect((await retrieve(task.id)).json).not.toHaveProperty("result");
  });

  it("the x-apifree-mock-task-duration header sets one task's duration; a bad value is HTTP 400", async () => {
    now = START;
    const instant = await create(BODIES["sora-2"], { "x-apifree-mock-task-duration": "0" });
    expect(instant.json).toMatchObject({ status: "completed", progress: 100 });
    expectValidTask("sora-2", instant.json);
    const slow = (await create(BODIES["sora-2"], { "x-apifree-mock-task-duration": "100000" })).json as Json;
    now = START + 50_000;
    expect((await retrieve(slow.id)).json).toMatchObject({ status: "in_progress", progress: 50 });
    for (const bad of ["-1", "abc", "1.5", "86400001"]) {
      const refused = await create(BODIES["sora-2"], { "x-apifree-mock-task-duration": bad });
      expect(refused.status).toBe(400);
      expect((refused.json as Json).error.message).toContain("x-apifree-mock-task-duration");
    }
  });

  it("the task-fail fault turns the task to failed halfway, with an error object valid for the schema", async () => {
    for (const model of ["sora-2", "veo-3.1"] as const) {
      now = START;
      const task = (await create(BODIES[model], { "x-apifree-mock-fault": "task-fail" })).json as Json;
      expect(task.status).toBe("queued");
      now = START + 4000;
      expect((await retrieve(task.id)).json).toMatchObject({ status: "in_progress", progress: 40 });
      now = START + 5000;
      const failed = (await retrieve(task.id)).json as Json;
      expect(failed).toMatchObject({
        status: "failed",
        progress: 50,
        completed_at: START / 1000 + 5,
        error: { code: "video_generation_failed", message: "the upstream provider failed to generate the video" },
      });
      expect(failed.result ?? null).toBeNull();
      expectValidTask(model, failed);
    }
    now = START;
    const coded = (
      await create(BODIES["sora-2"], {
        "x-apifree-mock-fault": "task-fail=content_policy_violation",
        "x-apifree-mock-task-duration": "0",
      })
    ).json as Json;
    expect(coded).toMatchObject({ status: "failed", error: { code: "content_policy_violation" } });
    const bad = await create(BODIES["sora-2"], { "x-apifree-mock-fault": "task-fail=no spaces" });
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ error: { code: "invalid_mock_fault" } });
  });

  it("the other fault items apply to the video routes too (a 503 burst while polling)", async () => {
    now = START;
    const task = (await create(BODIES["sora-2"])).json as Json;
    const header = { "x-apifree-mock-fault": `status=503;times=2;id=${task.id}` };
    expect((await retrieve(task.id, "/v1/videos", header)).status).toBe(503);
    expect((await retrieve(task.id, "/v1/videos", header)).status).toBe(503);
    expect((await retrieve(task.id, "/v1/videos", header)).status).toBe(200);
  });
});

describe("the compatibility routes under /v1/openai/videos", () => {
  it("create, retrieve and remix behave the same, over one task store", async () => {
    now = START;
    const task = (await create(BODIES["kling-v2.5"], {}, "/v1/openai/videos")).json as Json;
    expect(task).toMatchObject({ model: "kling-v2.5", status: "queued" });
    expect((await retrieve(task.id)).json).toEqual(task);
    now = START + 10_000;
    const done = (await retrieve(task.id, "/v1/openai/videos")).json as Json;
    expect(done.status).toBe("completed");
    const remixed = await remix(task.id, { prompt: "At dawn", seconds: "5" }, "/v1/openai/videos");
    expect(remixed.json).toMatchObject({ status: "queued", remixed_from_video_id: task.id, seconds: "5" });
    const missing = await retrieve("video_nope", "/v1/openai/videos");
    expect(missing.status).toBe(404);
    expect(missing.json).toMatchObject({ code: 404, error: { code: "video_not_found" } });
  });
});

describe("remix", () => {
  it("of a completed video: a new queued task of the same model, size and seconds, valid", async () => {
    now = START;
    const source = (await create(BODIES["sora-2"])).json as Json;
    now = START + 10_000;
    const reply = await remix(source.id, { prompt: "The same scene at dawn" });
    expect(reply.status).toBe(200);
    const task = reply.json as Json;
    expect(task).toMatchObject({
      model: "sora-2",
      status: "queued",
      prompt: "The same scene at dawn",
      size: "720x1280",
      seconds: "8",
      remixed_from_video_id: source.id,
    });
    expect(task.id).not.toBe(source.id);
    expectValidTask("sora-2", task);
  });

  it("of a video not completed (queued, in progress, failed): an error envelope naming its status", async () => {
    now = START;
    const source = (await create(BODIES["sora-2"])).json as Json;
    now = START + 3000;
    const early = await remix(source.id, { prompt: "again" });
    expect(early.status).toBe(200);
    expect(early.json).toEqual({
      code: 400,
      error: {
        code: "invalid_request_error",
        message: `video '${source.id}' is in_progress: only a completed video can be remixed`,
        type: "invalid_request_error",
      },
    });
    const failing = (await create(BODIES["sora-2"], { "x-apifree-mock-fault": "task-fail" })).json as Json;
    now += 10_000;
    expect(((await remix(failing.id, { prompt: "again" })).json as Json).error.message).toContain("is failed");
  });

  it("of an unknown id: the envelope with HTTP 404", async () => {
    const reply = await remix("video_unknown", { prompt: "again" });
    expect(reply.status).toBe(404);
    expect(reply.json).toEqual({
      code: 404,
      error: {
        code: "video_not_found",
        message: "no video task with id 'video_unknown'",
        type: "invalid_request_error",
      },
    });
  });

  it("a remix body the model's remix schema refuses: the envelope naming the model and the field", async () => {
    now = START;
    const source = (await create({ ...BODIES["sora-2"] }, { "x-apifree-mock-task-duration": "0" })).json as Json;
    const missing = await remix(source.id, {});
    expect(missing.json).toMatchObject({ code: 400, error: { code: "invalid_request_error" } });
    expect((missing.json as Json).error.message).toMatch(/model 'sora-2'.*prompt/);
    // sora-2's remix takes no seconds (kling's does, above)
    const extra = await remix(source.id, { prompt: "x", seconds: "4" });
    expect((extra.json as Json).error.message).toMatch(/model 'sora-2'.*seconds/);
  });
});

describe("create: bodies the model refuses are APIFree's envelopes", () => {
  it.each([
    [{ ...BODIES["sora-2"], size: "1920x1080" }, /model 'sora-2'.*\/size/],
    [{ model: "sora-2", size: "720x1280" }, /model 'sora-2'.*prompt/],
    [{ ...BODIES["veo-3.1"], seconds: 9 }, /model 'veo-3.1'.*\/seconds/],
    [{ ...BODIES["veo-3.1"], seconds: "6" }, /model 'veo-3.1'.*\/seconds/],
    [{ ...BODIES["sora-2"], input_reference: "ref.png" }, /model 'sora-2'.*input_reference/],
    [{ prompt: "x" }, /missing required field 'model'/],
    [
      { ...hello("gpt-5-mini"), prompt: "x" },
      /model 'gpt-5-mini' does not serve the videos operation; its document declares: /,
    ],
  ])("%j", async (body, message) => {
    const reply = await create(body);
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ code: 400, error: { code: "invalid_request_error" } });
    expect((reply.json as Json).error.message).toMatch(message);
  });

  it("an unknown model is the 404 envelope; a body that is not JSON the 400 envelope; no key HTTP 401", async () => {
    expect((await create({ model: "nope", prompt: "x" })).json).toMatchObject({
      code: 404,
      error: { code: "model_not_found" },
    });
    const garbage = await call(`${emulator.url}/videos`, { rawBody: "{not json" });
    expect(garbage.json).toMatchObject({ code: 400, error: { code: "invalid_request_error" } });
    expect((await call(`${emulator.url}/videos`, { body: BODIES["sora-2"], key: null })).status).toBe(401);
    expect((await call(`${emulator.url}/videos/some_id`, { key: null })).status).toBe(401);
  });

  it("a route's other methods are 405", async () => {
    const list = await call(`${emulator.url}/videos`);
    expect(list.status).toBe(405);
    expect(list.headers.get("allow")).toBe("POST");
    expect((await call(`${emulator.url}/videos/x`, { body: {} })).status).toBe(405);
  });
});

describe("multipart/form-data create", () => {
  const post = (form: FormData, url = `${emulator.url}/videos`) =>
    fetch(url, { method: "POST", body: form, headers: { authorization: "Bearer k" } });
  const formOf = (fields: Record<string, string>, file?: { name: string; bytes: Uint8Array }) => {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    if (file !== undefined) form.append(file.name, new Blob([file.bytes], { type: "image/png" }), "ref.png");
    return form;
  };
  const png = new Uint8Array(4096).fill(1);

  it("an input_reference upload with the text fields: a task valid for the model", async () => {
    now = START;
    const reply = await post(
      formOf(
        { model: "sora-2", prompt: "From this frame", size: "1280x720", seconds: "4" },
        { name: "input_reference", bytes: png },
      ),
    );
    expect(reply.status).toBe(200);
    const task = (await reply.json()) as Json;
    expect(task).toMatchObject({ model: "sora-2", status: "queued", size: "1280x720", seconds: "4" });
    expectValidTask("sora-2", task);
    const logged = emulator.requests.at(-1)!;
    expect(logged.body).toMatchObject({ input_reference: { filename: "ref.png", type: "image/png", size: 4096 } });
  });

  it("fields whose schema is not a string are read as the JSON they were written as", async () => {
    now = START;
    const veo = await post(formOf({ model: "veo-3.1", prompt: "x", seconds: "6", generate_audio: "false", seed: "9" }));
    expect((await veo.json()) as Json).toMatchObject({ model: "veo-3.1", seconds: 6 });
    const kling = await post(formOf({ model: "kling-v2.5", prompt: "x", seconds: "5", cfg_scale: "0.25" }));
    expect((await kling.json()) as Json).toMatchObject({ model: "kling-v2.5", seconds: "5" });
    const wrong = await post(formOf({ model: "veo-3.1", prompt: "x", seconds: "six" }));
    expect(((await wrong.json()) as Json).error.message).toMatch(/model 'veo-3.1'.*\/seconds/);
  });

  it("validated against the model's multipart schema: an upload the model does not take, a wrong enum", async () => {
    const veo = await post(formOf({ model: "veo-3.1", prompt: "x" }, { name: "input_reference", bytes: png }));
    expect((await veo.json()) as Json).toMatchObject({ code: 400 });
    const size = await post(
      formOf({ model: "sora-2", prompt: "x", size: "1x1" }, { name: "input_reference", bytes: png }),
    );
    expect(((await size.json()) as Json).error.message).toMatch(/model 'sora-2'.*\/size/);
    const noModel = await post(formOf({ prompt: "x" }));
    expect(((await noModel.json()) as Json).error.message).toBe("missing required field 'model'");
  });

  it("the compatibility route takes multipart too", async () => {
    const reply = await post(
      formOf({ model: "kling-v2.5", prompt: "x" }, { name: "input_reference", bytes: png }),
      `${emulator.url}/openai/videos`,
    );
    expect((await reply.json()) as Json).toMatchObject({ model: "kling-v2.5", status: "queued" });
  });

  it("a body that is not valid multipart: the 400 envelope", async () => {
    const reply = await call(`${emulator.url}/videos`, {
      rawBody: '--abc\r\nContent-Disposition: form-data; name="model"\r\n\r\nsora-2\r\n--abc',
      headers: { "content-type": "multipart/form-data; boundary=abc" },
    });
    expect(reply.status).toBe(200);
    expect(reply.json).toMatchObject({ code: 400, error: { code: "invalid_request_error" } });
    expect((reply.json as Json).error.message).toMatch(/not valid multipart\/form-data/);
  });
});

describe("limits", () => {
  let small: Emulator;
  beforeAll(async () => {
    small = await startEmulator({ snapshot, maxUploadBytes: 64 * 1024, maxTasks: 2, taskDurationMs: 0 });
  });
  afterAll(() => small.close());

  it("an upload over the cap: HTTP 413 with the error body, and the emulator goes on serving", async () => {
    const form = new FormData();
    form.append("model", "sora-2");
    form.append("prompt", "x");
    form.append("input_reference", new Blob([new Uint8Array(4 * 1024 * 1024)], { type: "image/png" }), "big.png");
    const reply = await fetch(`${small.url}/videos`, {
      method: "POST",
      body: form,
      headers: { authorization: "Bearer k" },
    });
    expect(reply.status).toBe(413);
    expect(await reply.json()).toEqual({
      error: {
        code: "invalid_request_error",
        message: "multipart body is larger than 65536 bytes",
        type: "invalid_request_error",
      },
    });
    expect((await call(`${small.url}/videos`, { body: BODIES["sora-2"] })).status).toBe(200);
  });

  it("the refusal reaches a client that is still sending: it is not left hanging", async () => {
    const { port } = small;
    const socket = connect(port, "127.0.0.1");
    const answer = new Promise<string>((resolve) => {
      let text = "";
      socket.on("data", (data: Buffer) => {
        text += data.toString();
        if (text.includes("\r\n\r\n") && text.includes("}}")) resolve(text);
      });
    });
    socket.write(
      "POST /v1/videos HTTP/1.1\r\nhost: 127.0.0.1\r\nauthorization: Bearer k\r\n" +
        "content-type: multipart/form-data; boundary=b\r\ncontent-length: 100000000\r\n\r\n" +
        '--b\r\ncontent-disposition: form-data; name="input_reference"; filename="a.png"\r\n\r\n',
    );
    socket.write(Buffer.alloc(200 * 1024, 1)); // past the cap, far short of the announced length
    const text = await answer;
    socket.destroy();
    expect(text).toMatch(/^HTTP\/1\.1 413 /);
    expect(text).toContain("multipart body is larger than 65536 bytes");
  });

  it("tasks are kept up to the bound, the oldest evicted first (then 404)", async () => {
    const ids: string[] = [];
    for (let i = 0; i < 3; i++)
      ids.push(((await call(`${small.url}/videos`, { body: BODIES["sora-2"] })).json as Json).id);
    const statuses = await Promise.all(ids.map(async (id) => (await call(`${small.url}/videos/${id}`)).status));
    expect(statuses).toEqual([404, 200, 200]);
  });
});
