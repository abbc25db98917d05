import { execFile } from "node:child_process";
import http from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmulator } from "../../src/mock/emulator.js";
import type { Emulator } from "../../src/mock/types.js";
import { ENTRY, ensureBuilt, ROOT } from "../support/built-dist.js";

/*
 * Each program of examples/ runs with tsx against the emulator serving the
 * bundled snapshot, as a user runs it (APIFREE_BASE_URL pointing at it), and
 * prints what it promises. They compile in `npm run typecheck` (tsconfig.json
 * includes examples/). The video example runs against a small fake of
 * APIFree's task API below, which pins each poll's state so that its output
 * is exact; test/e2e/generated-videos.test.ts runs createAndPoll against the
 * emulator's own video tasks.
 */

const run = promisify(execFile);
const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

let emulator: Emulator;

beforeAll(async () => {
  // The examples import `apifree-typed`, which resolves to dist/.
  await ensureBuilt();
  emulator = await startEmulator({ snapshot: path.join(ROOT, "snapshot") });
}, 300_000);

afterAll(async () => {
  await emulator?.close();
});

async function example(name: string, baseURL: string, env: Record<string, string> = {}): Promise<string> {
  const { stdout } = await run(process.execPath, [TSX, path.join(ROOT, "examples", name)], {
    cwd: ROOT,
    env: { ...process.env, APIFREE_API_KEY: "sk-example", APIFREE_BASE_URL: baseURL, APIFREE_LOG: "off", ...env },
  });
  return stdout;
}

describe("examples/ run against the emulator", () => {
  it("chat.ts: a typed completion, then the same with its response", async () => {
    const out = await example("chat.ts", emulator.url);
    expect(out).toMatch(/^answer: \S.*$/m);
    expect(out).toMatch(/^tokens: \d+ cost: [\d.e-]+$/m);
    expect(out).toMatch(/^finish: stop status: 200 request id: /m);
  }, 120_000);

  it("chat-stream.ts: chunks as they come, then the assembled completion", async () => {
    const out = await example("chat-stream.ts", emulator.url);
    expect(out).toMatch(/^chunks: [1-9]\d*$/m);
    expect(out).toMatch(/^reasoning: yes$/m);
    expect(out).toMatch(/^finish: stop tokens: \d+$/m);
  }, 120_000);

  it("tools.ts: the model calls the function, the second turn answers", async () => {
    const out = await example("tools.ts", emulator.url);
    expect(out).toContain("tool calls: get_weather\n");
    expect(out).toContain("answer: yes finish: stop\n");
  }, 120_000);

  it("errors.ts: a validation error before the network, an HTTP-200 envelope after it", async () => {
    const before = emulator.requests.length;
    const out = await example("errors.ts", emulator.url);
    expect(out).toContain("validation: validation_error | temperature: Too big: expected number to be <=2\n");
    expect(out).toContain("envelope: BadRequestError code: invalid_request_error status: 400 http status: 200\n");
    // Only the unchecked call reached the server.
    expect(emulator.requests.length - before).toBe(1);
  }, 120_000);

  it("messages.ts: Anthropic Messages, plain and streamed", async () => {
    const out = await example("messages.ts", emulator.url);
    expect(out).toMatch(/^stop: end_turn output tokens: \d+ text: true$/m);
    expect(out).toMatch(/^stream deltas: [1-9]\d* stop: end_turn$/m);
  }, 120_000);

  it("responses.ts: OpenAI Responses, plain and streamed", async () => {
    const out = await example("responses.ts", emulator.url);
    expect(out).toMatch(/^status: completed output items: [1-9]\d* tokens: \d+$/m);
    expect(out).toMatch(/^stream deltas: [1-9]\d* text: true$/m);
  }, 120_000);

  it("gemini.ts: Google Gemini, plain and streamed", async () => {
    const out = await example("gemini.ts", emulator.url);
    expect(out).toMatch(/^finish: STOP tokens: \d+$/m);
    expect(out).toMatch(/^stream chunks: [1-9]\d* text: true$/m);
  }, 120_000);

  it("one-model.ts: a model's own module with the runtime's client, validated by its own validators", async () => {
    const before = emulator.requests.length;
    const out = await example("one-model.ts", emulator.url);
    expect(out).toContain("model: openai/gpt-4.1 answer: true\n");
    expect(out).toContain("refused: /temperature\n");
    expect(out).toContain("streamed: true\n");
    expect(emulator.requests.length - before).toBe(2);
  }, 120_000);

  it("drift.sh: the emulator serves the committed snapshot, so nothing drifted", async () => {
    const { stdout } = await run("sh", [path.join(ROOT, "examples", "drift.sh")], {
      cwd: ROOT,
      env: {
        ...process.env,
        APIFREE_API_KEY: "sk-example",
        APIFREE_BASE_URL: emulator.url,
        // The bin as `npx apifree-codegen` runs it in a project that installed the package.
        APIFREE_CODEGEN: `${process.execPath} ${ENTRY}`,
      },
    });
    expect(stdout).toContain("drift: nothing breaking; snapshot/ still describes the live API\n");
  }, 120_000);
});

/** APIFree's task API, as much as the video example uses: a multipart create, then polls. */
async function fakeVideoServer(): Promise<{ url: string; seen: string[]; close(): Promise<void> }> {
  const seen: string[] = [];
  let polls = 0;
  const task = (status: string, progress: number) => ({
    id: "video_123",
    object: "video",
    model: "sora-2",
    status,
    progress,
    created_at: 1760000000,
    completed_at: status === "completed" ? 1760000060 : null,
    expires_at: null,
    error: null,
    remixed_from_video_id: null,
    seconds: "4",
    size: "1280x720",
  });
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("latin1");
      const type = String(req.headers["content-type"] ?? "").split(";")[0];
      const parts = [...body.matchAll(/; name="([^"]+)"/g)].map((m) => m[1]).join(",");
      seen.push(`${req.method} ${req.url} ${type} ${parts}`.trim());
      const reply =
        req.method === "POST" && req.url === "/v1/videos"
          ? task("queued", 0)
          : task(++polls < 2 ? "in_progress" : "completed", polls < 2 ? 50 : 100);
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(reply));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    seen,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("examples/video.ts (against a fake task API that pins each state)", () => {
  it("uploads the image as multipart, polls, and prints the completed task", async () => {
    const fake = await fakeVideoServer();
    try {
      const out = await example("video.ts", fake.url, { POLL_INTERVAL_MS: "10" });
      expect(out).toBe(
        "progress: queued 0%\nprogress: in_progress 50%\nprogress: completed 100%\ndone: video_123 completed 4 1280x720\n",
      );
      expect(fake.seen).toEqual([
        "POST /v1/videos multipart/form-data model,prompt,size,input_reference",
        "GET /v1/videos/video_123",
        "GET /v1/videos/video_123",
      ]);
    } finally {
      await fake.close();
    }
  }, 120_000);
});
