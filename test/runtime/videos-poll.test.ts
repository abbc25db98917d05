/*
 * createAndPoll and pollUntilDone against a scripted task server: each poll
 * is answered by the next step of a script. Time is virtual (the clock moves
 * only when the loop sleeps), so intervals, retry-after and deadlines are
 * asserted exactly, without waiting.
 */
import type { ServerResponse } from "node:http";
import {
  APIUserAbortError,
  InvalidResponseError,
  NotFoundError,
  SchemaMismatchError,
  TaskFailedError,
  TaskTimeoutError,
  ValidationError,
} from "apifree-typed";
import { describe, expect, it } from "vitest";
import { createClient, sora2 } from "../../generated/index.js";
import { sendJson, testServers } from "./support/server.js";
import { soraTask, virtualClock } from "./support/videos.js";

const serve = testServers();

type Step = (res: ServerResponse) => void;

const at =
  (status: string, progress: number, extra: Record<string, unknown> = {}): Step =>
  (res) =>
    sendJson(res, 200, soraTask({ status, progress, ...extra }));
const completed = at("completed", 100, { completed_at: 1_760_000_100, expires_at: 1_760_086_500 });
const busy: Step = (res) => sendJson(res, 503, { error: { message: "busy", type: "server_error" } });
const drop: Step = (res) => res.socket?.destroy();

/**
 * A task server: POST /v1/videos creates `video_123` (queued); each GET is
 * answered by the next step (the last one repeats).
 */
async function taskServer(steps: Step[]) {
  let polls = 0;
  const s = await serve((req, res) => {
    if (req.method === "POST") return sendJson(res, 200, soraTask());
    const step = steps[Math.min(polls, steps.length - 1)]!;
    polls++;
    step(res);
  });
  return { ...s, polls: () => s.requests.filter((r) => r.method === "GET") };
}

function client(url: string, extra: Record<string, unknown> = {}) {
  const time = virtualClock();
  return { ...time, client: createClient({ baseURL: url, apiKey: "sk-test", clock: time.clock, ...extra }) };
}

const body = { model: "sora-2", prompt: "a cat" } as const;

describe("createAndPoll", () => {
  it("follows queued → in_progress → completed, reporting each task, polls pollInterval apart", async () => {
    const s = await taskServer([at("in_progress", 30), at("in_progress", 70), completed]);
    const { client: c, sleeps } = client(s.url);
    const seen: Array<[string, number]> = [];
    const task = await c.videos.createAndPoll(body, {
      pollInterval: 7_000,
      onProgress: (t) => seen.push([t.status, t.progress]),
    });
    expect(task.status).toBe("completed");
    expect(task.completed_at).toBe(1_760_000_100);
    expect(seen).toEqual([
      ["queued", 0],
      ["in_progress", 30],
      ["in_progress", 70],
      ["completed", 100],
    ]);
    expect(s.polls().map((r) => r.url)).toEqual(Array(3).fill("/v1/videos/video_123"));
    expect(sleeps).toEqual([7_000, 7_000, 7_000]);
  });

  it("defaults to polling every 5 s, within APIFree's advised 5 to 15", async () => {
    const s = await taskServer([completed]);
    const { client: c, sleeps } = client(s.url);
    await c.videos.createAndPoll(body);
    expect(sleeps).toEqual([5_000]);
  });

  it("raises TaskFailedError carrying the task and its error", async () => {
    const error = { code: "content_policy_violation", message: "the prompt was flagged" };
    const s = await taskServer([at("in_progress", 10), at("failed", 10, { error })]);
    const { client: c } = client(s.url);
    const failed = await c.videos.createAndPoll(body, { pollInterval: 10 }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(TaskFailedError);
    const f = failed as TaskFailedError;
    expect(f.code).toBe("task_failed");
    expect(f.taskId).toBe("video_123");
    expect(f.task.status).toBe("failed");
    expect(f.taskError).toEqual(error);
    expect(f.message).toBe(
      "Video task 'video_123' (model 'sora-2') failed: content_policy_violation: the prompt was flagged",
    );
  });

  it("at the deadline raises TaskTimeoutError naming the task id; pollUntilDone resumes it", async () => {
    const s = await taskServer([at("in_progress", 50)]);
    const { client: c, now } = client(s.url);
    const late = await c.videos.createAndPoll(body, { pollInterval: 1_000, timeout: 3_500 }).catch((e: unknown) => e);
    expect(late).toBeInstanceOf(TaskTimeoutError);
    const t = late as TaskTimeoutError;
    expect(t.code).toBe("task_timeout");
    expect(t.taskId).toBe("video_123");
    expect(t.task?.progress).toBe(50);
    expect(t.message).toContain("pollUntilDone('video_123')");
    expect(now()).toBe(3_500);
    expect(s.polls()).toHaveLength(3);

    const done = await taskServer([completed]);
    const resumed = await client(done.url).client.videos.pollUntilDone(t.taskId, { model: "sora-2" });
    expect(resumed.status).toBe("completed");
  });

  it("stops at once when aborted during the sleep, naming the task", async () => {
    const s = await taskServer([at("in_progress", 5)]);
    const c = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const controller = new AbortController();
    const waiting = c.videos.createAndPoll(body, {
      pollInterval: 600_000,
      signal: controller.signal,
      onProgress: () => setImmediate(() => controller.abort()),
    });
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).message).toContain("video task 'video_123'");
    expect(s.polls()).toHaveLength(0);
  });

  it("stops at once when aborted during a poll that hangs", async () => {
    const controller = new AbortController();
    const s = await taskServer([() => controller.abort()]);
    const { client: c } = client(s.url);
    const error = await c.videos
      .createAndPoll(body, { pollInterval: 10, signal: controller.signal })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(s.polls()).toHaveLength(1);
  });

  it("waits as long as a 429's retry-after asks, then goes on", async () => {
    const limited: Step = (res) =>
      sendJson(
        res,
        429,
        { error: { code: "rate_limit_exceeded", message: "slow down", type: "rate_limit_error" } },
        { "retry-after": "12" },
      );
    const s = await taskServer([limited, completed]);
    const { client: c, sleeps } = client(s.url);
    const task = await c.videos.createAndPoll(body, { pollInterval: 1_000 });
    expect(task.status).toBe("completed");
    expect(sleeps).toEqual([1_000, 12_000]);
    expect(s.polls()).toHaveLength(2);
  });

  it("a 5xx burst and HTTP-200 5xx envelopes are retried, each wait at least pollInterval", async () => {
    const envelope: Step = (res) =>
      sendJson(res, 200, { code: 503, error: { code: "server_error", message: "later", type: "server_error" } });
    const s = await taskServer([busy, busy, envelope, busy, busy, at("in_progress", 60), completed]);
    const { client: c, sleeps } = client(s.url);
    const task = await c.videos.createAndPoll(body, { pollInterval: 1_000 });
    expect(task.status).toBe("completed");
    expect(s.polls()).toHaveLength(7);
    // After create, then after each failure: max(interval, backoff), the backoff doubling from 0.5 s
    // (less 12.5 % jitter with this clock) as the failures go on; back to the interval once a poll succeeds.
    expect(sleeps).toEqual([1_000, 1_000, 1_000, 1_750, 3_500, 7_000, 1_000]);
  });

  it("a dropped connection is retried; it never ends the wait", async () => {
    const s = await taskServer([drop, drop, drop, drop, completed]);
    const { client: c } = client(s.url);
    const task = await c.videos.createAndPoll(body, { pollInterval: 10 });
    expect(task.status).toBe("completed");
    expect(s.polls()).toHaveLength(5);
  });

  it("a poll answered with garbage ends the wait with InvalidResponseError naming the task", async () => {
    const garbage: Step = (res) => {
      res.writeHead(200, { "content-type": "text/html" });
      res.end("<html>gateway</html>");
    };
    const s = await taskServer([garbage, completed]);
    const { client: c } = client(s.url);
    const error = await c.videos.createAndPoll(body, { pollInterval: 10 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/video task 'video_123' \(model 'sora-2'\).*not JSON/);
    expect(s.polls()).toHaveLength(1);
  });

  it("JSON that is not a task, or an unknown status, is InvalidResponseError", async () => {
    const s = await taskServer([(res) => sendJson(res, 200, { ok: true })]);
    const error = await client(s.url)
      .client.videos.createAndPoll(body, { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as Error).message).toMatch(/not a video task/);
    const t = await taskServer([at("cancelled", 0)]);
    const unknown = await client(t.url)
      .client.videos.createAndPoll(body, { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect((unknown as Error).message).toMatch(/status "cancelled"/);
  });

  it("an HTTP-200 envelope with a 404 ends the wait with NotFoundError", async () => {
    const gone: Step = (res) =>
      sendJson(res, 200, { code: 404, error: { code: "not_found", message: "no such task", type: "not_found_error" } });
    const s = await taskServer([gone, completed]);
    const error = await client(s.url)
      .client.videos.createAndPoll(body, { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as Error).message).toContain("(HTTP 200 error envelope)");
    expect(s.polls()).toHaveLength(1);
  });

  it("a poll that never answers is cut at the deadline, never a hang", async () => {
    const s = await taskServer([() => undefined]);
    // The real clock: the hung poll's own timeout is what remains of the wait.
    const c = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await c.videos.createAndPoll(body, { pollInterval: 10, timeout: 400 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as Error).cause).toBeDefined();
  });

  it("a bad body is refused before the task is created", async () => {
    const s = await taskServer([completed]);
    const error = await client(s.url)
      .client.videos.createAndPoll({ model: "sora-2", prompt: "" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(s.requests).toHaveLength(0);
  });

  it("strict mode checks each polled task against the model's schema", async () => {
    const s = await taskServer([at("in_progress", 150)]);
    const error = await client(s.url, { validate: "strict" })
      .client.videos.createAndPoll(body, { pollInterval: 10 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SchemaMismatchError);
    expect((error as SchemaMismatchError).issues[0]?.pointer).toBe("/progress");
  });
});

describe("pollUntilDone and bindings", () => {
  it("pollUntilDone polls at once, then every pollInterval", async () => {
    const s = await taskServer([at("queued", 0), completed]);
    const { client: c, sleeps } = client(s.url);
    const progress: number[] = [];
    const task = await c.videos.pollUntilDone("video_123", {
      pollInterval: 2_000,
      onProgress: (t) => progress.push(t.progress),
    });
    expect(task.id).toBe("video_123");
    expect(progress).toEqual([0, 100]);
    expect(sleeps).toEqual([2_000]);
    await expect(c.videos.pollUntilDone("")).rejects.toBeInstanceOf(ValidationError);
  });

  it("a per-model binding's createAndPoll sends its model and reports progress", async () => {
    const s = await taskServer([at("in_progress", 50), completed]);
    const { client: c } = client(s.url, { validate: "strict" });
    const progress: number[] = [];
    const task = await sora2.videos.createAndPoll(
      c,
      { prompt: "a cat", size: "1280x720" },
      { pollInterval: 10, onProgress: (t) => progress.push(t.progress) },
    );
    expect(task.status).toBe("completed");
    expect(progress).toEqual([0, 50, 100]);
    expect(JSON.parse(s.requests[0]!.body)).toEqual({ model: "sora-2", prompt: "a cat", size: "1280x720" });
  });
});
