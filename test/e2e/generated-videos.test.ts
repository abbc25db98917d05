import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { TaskFailedError, toFile } from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, createClient, klingV25, veo31 } from "../../generated/index.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";

/*
 * Video tasks end to end: the committed generated/ tree and the real runtime
 * (`createAndPoll`, `pollUntilDone`, uploads) against the emulator serving
 * the bundled snapshot, in strict mode so every task read is checked against
 * the model's own task schema too. The emulator's clock advances one second
 * per poll it receives, so the progress each poll reports is the same on any
 * machine, however slowly it runs.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const START = Date.now();
let emulator: Emulator;
let client: Client;
let folder: string;

const polls = () =>
  emulator.requests.filter((request) => request.method === "GET" && /\/videos\/[^/]+$/.test(request.path)).length;

beforeAll(async () => {
  emulator = await startEmulator({
    snapshot: path.join(ROOT, "snapshot"),
    taskDurationMs: 5000,
    now: () => START + 1000 * polls(),
  });
  client = createClient({ apiKey: "sk-test-key", baseURL: emulator.url, maxRetries: 0, validate: "strict" });
  folder = await mkdtemp(path.join(tmpdir(), "apifree-videos-e2e-"));
});
afterAll(async () => {
  await emulator.close();
  await rm(folder, { recursive: true, force: true });
});

type Seen = { status: string; progress: number };

describe("video tasks through the generated client", () => {
  it("client.videos.createAndPoll with an input_reference upload: progress reported to completed", async () => {
    const seen: Seen[] = [];
    const task = await client.videos.createAndPoll(
      {
        model: "sora-2",
        prompt: "A paper boat on a rainy street",
        size: "1280x720",
        seconds: "4",
        input_reference: new Blob([new Uint8Array(4096)], { type: "image/png" }),
      },
      { pollInterval: 1, onProgress: (t) => seen.push({ status: t.status, progress: t.progress }) },
    );
    expect(task).toMatchObject({ model: "sora-2", status: "completed", progress: 100, size: "1280x720" });
    // Polls of earlier tests moved the clock too: only the shape of this task's run is fixed.
    expect(seen[0]).toEqual({ status: "queued", progress: 0 });
    expect(seen.at(-1)).toEqual({ status: "completed", progress: 100 });
    expect(seen.some((t) => t.status === "in_progress")).toBe(true);
    const progress = seen.map((t) => t.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const upload = emulator.requests.find((request) => request.path === "/v1/videos" && request.model === "sora-2");
    expect(upload?.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(upload?.body).toMatchObject({ input_reference: { size: 4096 } });
  });

  it("through the per-model bindings: veo31's result metadata, kling's upload from a file path", async () => {
    const veo = await veo31.videos.createAndPoll(client, { prompt: "x", seconds: 6 }, { pollInterval: 1 });
    expect(veo.result).toMatchObject({ duration_seconds: 6, provider: { name: "google", model: "veo-3.1" } });

    const file = path.join(folder, "frame.png");
    await writeFile(file, Buffer.alloc(50_000, 1));
    const seen: Seen[] = [];
    const kling = await klingV25.videos.createAndPoll(
      client,
      { prompt: "From this frame", mode: "pro", input_reference: await toFile(file) },
      { pollInterval: 1, onProgress: (t) => seen.push({ status: t.status, progress: t.progress }) },
    );
    expect(kling).toMatchObject({ model: "kling-v2.5", status: "completed" });
    expect(seen.length).toBeGreaterThan(2);
    expect(
      emulator.requests.findLast((request) => request.model === "kling-v2.5" && request.method === "POST")?.body,
    ).toMatchObject({ input_reference: { filename: "frame.png", size: 50_000 } });
  });

  it("remix of the completed video, resumed with pollUntilDone", async () => {
    const source = await client.videos.createAndPoll({ model: "sora-2", prompt: "first" }, { pollInterval: 1 });
    const remixed = await client.videos.remix(source.id, { prompt: "second" }, { model: "sora-2" });
    expect(remixed).toMatchObject({ status: "queued", remixed_from_video_id: source.id });
    const done = await client.videos.pollUntilDone(remixed.id, { model: "sora-2", pollInterval: 1 });
    expect(done).toMatchObject({ status: "completed", prompt: "second" });
  });

  it("a task the emulator fails: TaskFailedError carrying the task and its error", async () => {
    const error = await client.videos
      .createAndPoll(
        { model: "sora-2", prompt: "x" },
        { pollInterval: 1, headers: { "x-apifree-mock-fault": "task-fail=moderation_blocked" } },
      )
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskFailedError);
    expect((error as TaskFailedError).taskError).toMatchObject({ code: "moderation_blocked" });
    expect((error as TaskFailedError).task).toMatchObject({ status: "failed" });
  });
});
