import { createReadStream } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import OpenAI, { NotFoundError, toFile, toStreamingFile } from "openai";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { StoredSnapshot } from "../../src/snapshot/format.js";
import { bundledSnapshot, taskChecker } from "./videos/support.js";

/*
 * The official openai SDK's `videos` resource, unchanged, against the
 * emulator's video routes: `create` always sends multipart/form-data (with
 * an `input_reference` upload from a Buffer, a file stream or a streamed
 * body of unknown length), `retrieve`, `remix`, `downloadContent`, at /v1
 * and at the compatibility base URL /v1/openai. The SDK has no polling
 * helper for videos; the loop below polls `retrieve` the way its docs show,
 * with the emulator's clock moved one step per poll instead of waiting.
 */

const START = Date.UTC(2026, 1, 1);
let now = START;
let snapshot: StoredSnapshot;
let emulator: Emulator;
let client: OpenAI;
let compat: OpenAI;
let folder: string;
beforeAll(async () => {
  snapshot = await bundledSnapshot();
  emulator = await startEmulator({ snapshot, now: () => now, taskDurationMs: 8000 });
  client = new OpenAI({ apiKey: "sk-sdk-test", baseURL: emulator.url, maxRetries: 0 });
  compat = new OpenAI({ apiKey: "sk-sdk-test", baseURL: `${emulator.url}/openai`, maxRetries: 0 });
  folder = await mkdtemp(path.join(tmpdir(), "apifree-videos-sdk-"));
});
afterAll(async () => {
  await emulator.close();
  await rm(folder, { recursive: true, force: true });
});

/** Polls until the task is completed or failed, one clock step per poll; every state is checked against the schema. */
async function poll(sdk: OpenAI, id: string, stepMs = 1000): Promise<OpenAI.Videos.Video[]> {
  const seen: OpenAI.Videos.Video[] = [];
  for (let polls = 0; polls < 100; polls++) {
    const video = await sdk.videos.retrieve(id);
    expect(taskChecker(snapshot, video.model)(video).errors).toEqual([]);
    seen.push(video);
    if (video.status === "completed" || video.status === "failed") return seen;
    now += stepMs;
  }
  throw new Error(`task ${id} did not finish`);
}

const lastUpload = () => emulator.requests.findLast((request) => request.path.endsWith("/videos"))!;

describe("openai SDK videos against the emulator", () => {
  it("create (multipart) with an input_reference from a Buffer, polled with retrieve to completed", async () => {
    now = START;
    const reference = await toFile(Buffer.alloc(2048, 9), "frame.png", { type: "image/png" });
    const video = await client.videos.create({
      model: "sora-2",
      prompt: "A paper boat on a rainy street",
      size: "1280x720",
      seconds: "4",
      input_reference: reference,
    });
    expect(video).toMatchObject({ object: "video", model: "sora-2", status: "queued", progress: 0, seconds: "4" });
    expect(lastUpload().headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(lastUpload().body).toMatchObject({
      input_reference: { filename: "frame.png", type: "image/png", size: 2048 },
    });
    const states = await poll(client, video.id);
    const progress = states.map((state) => state.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(states.map((state) => state.status)).toEqual(["queued", ...Array(7).fill("in_progress"), "completed"]);
    expect(states.at(-1)).toMatchObject({ status: "completed", progress: 100, id: video.id });
  });

  it("create with input_reference streamed from a file, and from a stream of unknown length", async () => {
    now = START;
    const file = path.join(folder, "frame.webp");
    await writeFile(file, Buffer.alloc(100_000, 3));
    const fromPath = await client.videos.create({
      model: "sora-2-pro",
      prompt: "x",
      size: "1792x1024",
      input_reference: await toFile(createReadStream(file), "frame.webp", { type: "image/webp" }),
    });
    expect(fromPath).toMatchObject({ model: "sora-2-pro", size: "1792x1024", status: "queued" });
    expect(lastUpload().body).toMatchObject({ input_reference: { filename: "frame.webp", size: 100_000 } });

    const streamed = await client.videos.create({
      model: "kling-v2.5" as OpenAI.Videos.VideoModel,
      prompt: "x",
      input_reference: toStreamingFile(createReadStream(file), "frame.webp", { type: "image/webp" }),
    });
    expect(streamed).toMatchObject({ model: "kling-v2.5", status: "queued" });
    expect(lastUpload().body).toMatchObject({ input_reference: { filename: "frame.webp", size: 100_000 } });
  });

  it("remix of the completed video, then downloadContent of it", async () => {
    now = START;
    const source = await client.videos.create({ model: "sora-2", prompt: "first", seconds: "8" });
    now += 8000;
    const remixed = await client.videos.remix(source.id, { prompt: "second" });
    expect(remixed).toMatchObject({
      status: "queued",
      prompt: "second",
      seconds: "8",
      remixed_from_video_id: source.id,
    });
    const states = await poll(client, remixed.id);
    expect(states.at(-1)?.status).toBe("completed");
    const content = await client.videos.downloadContent(remixed.id);
    expect(content.headers.get("content-type")).toBe("video/mp4");
    expect(
      Buffer.from(await content.arrayBuffer())
        .subarray(4, 8)
        .toString(),
    ).toBe("ftyp");
  });

  it("the compatibility base URL /v1/openai: create, poll, remix, and a failed task", async () => {
    now = START;
    const video = await compat.videos.create({ model: "veo-3.1" as OpenAI.Videos.VideoModel, prompt: "x" });
    expect(emulator.requests.at(-1)!.path).toBe("/v1/openai/videos");
    const states = await poll(compat, video.id, 2000);
    expect(states.at(-1)).toMatchObject({ status: "completed", seconds: 8 });
    expect((await compat.videos.remix(video.id, { prompt: "again" })).remixed_from_video_id).toBe(video.id);

    now = START;
    const failing = await compat.videos.create(
      { model: "sora-2", prompt: "x" },
      { headers: { "x-apifree-mock-fault": "task-fail=moderation_blocked" } },
    );
    const failed = (await poll(compat, failing.id)).at(-1)!;
    expect(failed).toMatchObject({ status: "failed", error: { code: "moderation_blocked" } });
  });

  it("an unknown id is the SDK's NotFoundError", async () => {
    await expect(client.videos.retrieve("video_missing")).rejects.toBeInstanceOf(NotFoundError);
    await expect(compat.videos.remix("video_missing", { prompt: "x" })).rejects.toBeInstanceOf(NotFoundError);
  });
});
