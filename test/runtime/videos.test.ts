/*
 * client.videos.create / retrieve / remix against a hand-written server,
 * through the generated client of the bundled catalog (its real validators):
 * what goes on the wire, what is refused before anything is sent, and how
 * the answers come back.
 */
import {
  BadRequestError,
  NotFoundError,
  OperationNotSupportedError,
  SchemaMismatchError,
  ValidationError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { createClient, gpt4o, klingV25, sora2, veo31 } from "../../generated/index.js";
import { sendJson, testServers } from "./support/server.js";
import { soraTask } from "./support/videos.js";

const serve = testServers();

function answerTask(task: Record<string, unknown> = soraTask()) {
  return serve((_req, res) => sendJson(res, 200, task));
}

describe("videos.create (JSON)", () => {
  it("posts the caller's body as JSON to /v1/videos and resolves with the task", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const body = { model: "sora-2", prompt: "a cat on a skateboard", size: "1280x720", seconds: "8" } as const;
    const task = await client.videos.create(body);
    expect(task).toEqual(soraTask());
    expect(s.requests).toHaveLength(1);
    const [request] = s.requests;
    expect(request!.method).toBe("POST");
    expect(request!.url).toBe("/v1/videos");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.body).toBe(JSON.stringify(body));
  });

  it("refuses a size the model does not list, and a missing prompt, before sending anything", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const size = await client.videos
      .create({ model: "sora-2", prompt: "x", size: "1920x1080" as "1280x720" })
      .catch((e: unknown) => e);
    expect(size).toBeInstanceOf(ValidationError);
    expect((size as ValidationError).issues.map((i) => i.pointer)).toEqual(["/size"]);
    expect((size as Error).message).toContain("sora-2");
    const prompt = await client.videos.create({ model: "veo-3.1" } as never).catch((e: unknown) => e);
    expect(prompt).toBeInstanceOf(ValidationError);
    expect((prompt as Error).message).toMatch(/prompt/);
    // An integer range (veo-3.1's seconds is 4 to 8).
    const seconds = await client.videos.create({ model: "veo-3.1", prompt: "x", seconds: 9 }).catch((e: unknown) => e);
    expect((seconds as ValidationError).issues.map((i) => i.pointer)).toEqual(["/seconds"]);
    expect(s.requests).toHaveLength(0);
  });

  it("refuses a model whose document has no video operation, naming what it serves", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await client.videos.create({ model: "gpt-4o", prompt: "x" } as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OperationNotSupportedError);
    expect((error as Error).message).toMatch(/'gpt-4o' does not serve videos/);
    expect(s.requests).toHaveLength(0);
  });

  it("an HTTP-200 error envelope is an error naming the model, never a task", async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 200, {
        code: 400,
        error: { code: "invalid_request_error", message: "prompt rejected", type: "invalid_request_error" },
      }),
    );
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await client.videos.create({ model: "sora-2", prompt: "x" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BadRequestError);
    expect((error as Error).message).toMatch(/model 'sora-2' with 400 .*prompt rejected/);
  });
});

describe("videos.retrieve", () => {
  it("GETs /v1/videos/{task_id} with the id encoded, no body and no content-type", async () => {
    const s = await answerTask(soraTask({ id: "video/1 2", status: "in_progress", progress: 40 }));
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const task = await client.videos.retrieve("video/1 2");
    expect(task.status).toBe("in_progress");
    const [request] = s.requests;
    expect(request!.method).toBe("GET");
    expect(request!.url).toBe("/v1/videos/video%2F1%202");
    expect(request!.body).toBe("");
    expect(request!.headers["content-type"]).toBeUndefined();
    expect(request!.headers.authorization).toBe("Bearer sk-test");
  });

  it("with options.model, strict mode checks the task against that model's schema", async () => {
    const s = await answerTask(soraTask({ size: "1920x1080" }));
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", validate: "strict" });
    await expect(client.videos.retrieve("video_123", { model: "sora-2" })).rejects.toBeInstanceOf(SchemaMismatchError);
    // Without a model nothing can be checked: the task comes back as sent.
    await expect(client.videos.retrieve("video_123")).resolves.toMatchObject({ size: "1920x1080" });
  });

  it("a failed task is a task, not an error envelope, though it holds an `error` object", async () => {
    const failed = soraTask({ status: "failed", error: { code: "moderation_blocked", message: "flagged" } });
    const s = await answerTask(failed);
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", validate: "strict" });
    await expect(client.videos.retrieve("video_123", { model: "sora-2" })).resolves.toEqual(failed);
    // An APIFree envelope (numeric `code`) stays an error.
    const t = await serve((_req, res) =>
      sendJson(res, 200, { code: 404, error: { code: "not_found", message: "no such task", type: "not_found_error" } }),
    );
    const other = createClient({ baseURL: t.url, apiKey: "sk-test" });
    await expect(other.videos.retrieve("video_123")).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a 404 names the task, and an empty id is refused before sending", async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 404, { error: { code: "not_found", message: "no such task", type: "invalid_request_error" } }),
    );
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", maxRetries: 0 });
    const error = await client.videos.retrieve("video_gone").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain("video task 'video_gone'");
    await expect(client.videos.retrieve("")).rejects.toBeInstanceOf(ValidationError);
    expect(s.requests).toHaveLength(1);
  });
});

describe("videos.remix", () => {
  it("posts the body to /v1/videos/{video_id}/remix", async () => {
    const s = await answerTask(soraTask({ id: "video_456", remixed_from_video_id: "video_123" }));
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const task = await client.videos.remix("video_123", { prompt: "now in the rain" }, { model: "sora-2" });
    expect(task.remixed_from_video_id).toBe("video_123");
    const [request] = s.requests;
    expect(request!.url).toBe("/v1/videos/video_123/remix");
    expect(request!.body).toBe(JSON.stringify({ prompt: "now in the rain" }));
  });

  it("with options.model the body is validated against that model's remix schema", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    // kling-v2.5 remixes take `seconds` from its string enum; sora-2's take only a prompt.
    const seconds = await client.videos
      .remix("v", { prompt: "x", seconds: "7" as "5" }, { model: "kling-v2.5" })
      .catch((e: unknown) => e);
    expect((seconds as ValidationError).issues.map((i) => i.pointer)).toEqual(["/seconds"]);
    const extra = await client.videos
      .remix("v", { prompt: "x", seconds: "5" } as never, { model: "sora-2" })
      .catch((e: unknown) => e);
    expect(extra).toBeInstanceOf(ValidationError);
    const empty = await client.videos.remix("v", { prompt: "" }, { model: "sora-2" }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(ValidationError);
    expect(s.requests).toHaveLength(0);
    await client.videos.remix("v", { prompt: "x", seconds: "10" }, { model: "kling-v2.5" });
    expect(s.requests).toHaveLength(1);
  });
});

describe("per-model bindings", () => {
  it("videos.create sends the binding's model; retrieve and remix carry it for checks", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", validate: "strict" });
    await sora2.videos.create(client, { prompt: "a cat" });
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ model: "sora-2", prompt: "a cat" });
    await expect(sora2.videos.retrieve(client, "video_123")).resolves.toMatchObject({ id: "video_123" });
    // veo-3.1's task has no size 720x1280: strict mode sees the binding's model.
    await expect(veo31.videos.retrieve(client, "video_123")).rejects.toBeInstanceOf(SchemaMismatchError);
    const remix = await klingV25.videos.remix(client, "v", { prompt: "x", seconds: "9" as "5" }).catch((e) => e);
    expect(remix).toBeInstanceOf(ValidationError);
  });

  it("a chat model's binding has no working videos member", async () => {
    const s = await answerTask();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const videos = (gpt4o as unknown as { videos: typeof sora2.videos }).videos;
    await expect(videos.create(client, { prompt: "x" })).rejects.toBeInstanceOf(OperationNotSupportedError);
    expect(s.requests).toHaveLength(0);
  });
});
