#!/usr/bin/env node
// Video task benchmark (plain ESM over ../dist), against a task server on
// loopback run in a child process (its memory and CPU are not the client's):
//   1. createAndPoll over a task that takes 10,000 polls: live heap after GC
//      sampled along the wait (goal: flat, under 1 MB growth from the 1,000th
//      poll to the last), and the time per poll against bare
//      dispatcher.request GETs of the same route in the same run;
//   2. a 200 MB file uploaded as input_reference: peak RSS over the client's
//      idle RSS, each route in a fresh process (goal: within 50 MB for this
//      client's routes), next to the alternatives measured the same way:
//      undici's FormData with fs.openAsBlob, and the openai SDK's toFile and
//      toStreamingFile.
import { fork } from "node:child_process";
import { closeSync, createReadStream, ftruncateSync, mkdtempSync, openSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { getGlobalDispatcher } from "undici";
import { z } from "zod";

const KEY = "sk-bench-key";
const MODEL = "bench/video-1";
const POLLS = 10_000;
const UPLOAD_BYTES = 200 * 1024 * 1024;
const RUNS = 3;

const fmt = (n, digits = 1) => n.toFixed(digits);
const mb = (bytes) => `${fmt(bytes / 1048576)} MB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

function gcFunction() {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc");
}

// ------------------------------------------------------------- the server
// POST /v1/videos: a new task (queued), its upload counted and dropped as it
// arrives; GET /v1/videos/{id}: in_progress until the task's POLLS-th poll,
// then completed.

function task(id, status, progress) {
  return JSON.stringify({
    id,
    object: "video",
    model: MODEL,
    status,
    progress,
    created_at: 1_760_000_000,
    completed_at: status === "completed" ? 1_760_000_100 : null,
    error: null,
  });
}

async function serve() {
  const polls = new Map();
  let next = 0;
  const server = http.createServer((req, res) => {
    let bytes = 0;
    let tail = "";
    req.on("data", (chunk) => {
      bytes += chunk.length;
      tail = (tail + chunk.subarray(-200).toString("latin1")).slice(-200);
    });
    req.on("end", () => {
      let body;
      if (req.method === "POST") {
        const id = `video_${++next}`;
        polls.set(id, 0);
        const multipart = (req.headers["content-type"] ?? "").startsWith("multipart/form-data");
        if (multipart && !/--\r\n$/.test(tail)) {
          res.writeHead(400, { "content-type": "application/json" });
          res.end(JSON.stringify({ error: { message: `multipart body not closed after ${bytes} bytes` } }));
          return;
        }
        body = JSON.stringify({ ...JSON.parse(task(id, "queued", 0)), received_bytes: bytes });
      } else {
        const id = decodeURIComponent(req.url.split("/").pop());
        const n = (polls.get(id) ?? 0) + 1;
        polls.set(id, n);
        const done = n >= POLLS;
        body = task(id, done ? "completed" : "in_progress", done ? 100 : Math.floor((n * 100) / POLLS));
      }
      res.writeHead(200, { "content-type": "application/json", "content-length": Buffer.byteLength(body) });
      res.end(body);
    });
  });
  // A route that reads a whole file before sending (openai's toFile) keeps its
  // pooled connection idle for seconds: do not close it under the client.
  server.keepAliveTimeout = 120_000;
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.send?.({ url: `http://127.0.0.1:${server.address().port}/v1` });
  process.on("disconnect", () => server.close(() => process.exit(0)));
}

async function startServer() {
  const child = fork(new URL(import.meta.url).pathname, ["--serve"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.url));
    child.once("exit", (code) => reject(new Error(`task server exited with ${code}`)));
  });
  return { url, stop: () => child.disconnect() };
}

// -------------------------------------------------------- the validators
// What `generate` emits for such a document, by hand: every poll is checked.

const taskSchema = z.object({
  id: z.string(),
  object: z.literal("video"),
  model: z.string(),
  status: z.enum(["queued", "in_progress", "completed", "failed"]),
  progress: z.number().int().min(0).max(100),
  created_at: z.number().int(),
  completed_at: z.number().int().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
const createSchema = z.strictObject({ model: z.literal(MODEL), prompt: z.string().min(1) });
const multipartSchema = z.strictObject({
  model: z.literal(MODEL),
  prompt: z.string().min(1),
  input_reference: z.string(),
});
const schemas = async () => ({
  operations: {
    videos: {
      request: createSchema,
      multipart: multipartSchema,
      response: taskSchema.loose(),
      task: taskSchema.loose(),
    },
  },
});

// ------------------------------------------------------ 1. 10,000 polls

async function pollBench(url) {
  const { createClient } = await import("../dist/runtime/index.js");
  const gc = gcFunction();
  const client = createClient({ baseURL: url, apiKey: KEY, schemas, validate: "strict" });
  const samples = [];
  let polls = 0;
  gc();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  const t0 = performance.now();
  const done = await client.videos.createAndPoll(
    { model: MODEL, prompt: "a cat" },
    {
      pollInterval: 0,
      onProgress: () => {
        polls++;
        if (polls % 1000 === 1) {
          gc();
          const m = process.memoryUsage();
          samples.push([polls - 1, m.heapUsed]);
          peakRss = Math.max(peakRss, m.rss);
        }
      },
    },
  );
  const ms = performance.now() - t0;
  gc();
  const after = process.memoryUsage();
  if (done.status !== "completed") throw new Error(`the wait ended at ${done.status}`);

  // The same GETs, bare: what one poll costs without the client.
  const origin = new URL(url).origin;
  const pathname = `${new URL(url).pathname}/videos/video_bare`;
  const dispatcher = getGlobalDispatcher();
  const bare = [];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    const res = await dispatcher.request({
      origin,
      path: pathname,
      method: "GET",
      headers: { authorization: `Bearer ${KEY}` },
    });
    await res.body.json();
    bare.push(performance.now() - s);
  }
  const ours = [];
  for (let i = 0; i < 2000; i++) {
    const s = performance.now();
    await client.videos.retrieve("video_ours", { model: MODEL });
    ours.push(performance.now() - s);
  }

  console.log(
    `videos: createAndPoll over a task that takes ${POLLS.toLocaleString("en")} polls (validate: strict, pollInterval 0)`,
  );
  console.log(
    `  ${polls.toLocaleString("en")} tasks reported in ${fmt(ms / 1000, 2)} s (${fmt((ms * 1000) / polls, 0)} µs a poll)`,
  );
  console.log(
    `  live heap after GC: ${samples.map(([k, h]) => `${k / 1000}k: ${mb(h)}`).join(", ")}, end: ${mb(after.heapUsed)}`,
  );
  const growth = (samples.at(-1)?.[1] ?? 0) - (samples[1]?.[1] ?? 0);
  console.log(
    `  heap growth from poll 1,000 to ${((samples.length - 1) * 1000).toLocaleString("en")}: ${mb(growth)} (goal < 1 MB) ${growth < 1048576 ? "ok" : "MISSED"}`,
  );
  console.log(`  RSS before ${mb(before.rss)}, peak ${mb(peakRss)}, after ${mb(after.rss)}`);
  const ratio = median(ours) / median(bare);
  console.log(
    `  one poll, median: retrieve ${fmt(median(ours) * 1000, 0)} µs vs bare dispatcher.request ${fmt(median(bare) * 1000, 0)} µs: ${fmt(ratio, 2)}x`,
  );
}

// ------------------------------------------------- 2. a 200 MB upload
// Each route runs in its own process (`--upload ROUTE FILE URL`), so a route
// that buffers cannot raise the next one's figures.

const ROUTES = {
  "apifree-typed, toFile(path)": async (url, file) => {
    const { createClient, toFile } = await import("../dist/runtime/index.js");
    const client = createClient({ baseURL: url, apiKey: KEY, schemas });
    return async () =>
      client.videos.create({ model: MODEL, prompt: "a cat", input_reference: await toFile(file, "frame.png") });
  },
  "apifree-typed, fs.createReadStream": async (url, file) => {
    const { createClient } = await import("../dist/runtime/index.js");
    const client = createClient({ baseURL: url, apiKey: KEY, schemas });
    return async () => client.videos.create({ model: MODEL, prompt: "a cat", input_reference: createReadStream(file) });
  },
  "undici fetch, FormData + fs.openAsBlob": async (url, file) => {
    const { fetch, FormData } = await import("undici");
    const { openAsBlob } = await import("node:fs");
    return async () => {
      const form = new FormData();
      form.append("model", MODEL);
      form.append("prompt", "a cat");
      form.append("input_reference", await openAsBlob(file, { type: "image/png" }), "frame.png");
      const res = await fetch(`${url}/videos`, {
        method: "POST",
        body: form,
        headers: { authorization: `Bearer ${KEY}` },
      });
      return res.json();
    };
  },
  "openai SDK, toStreamingFile(stream)": async (url, file) => {
    const { default: OpenAI, toStreamingFile } = await import("openai");
    const client = new OpenAI({ baseURL: url, apiKey: KEY, maxRetries: 0 });
    return async () =>
      client.videos.create({
        model: MODEL,
        prompt: "a cat",
        input_reference: toStreamingFile(createReadStream(file), "frame.png", { type: "image/png" }),
      });
  },
  "openai SDK, toFile(stream) (reads it whole)": async (url, file) => {
    const { default: OpenAI, toFile } = await import("openai");
    const client = new OpenAI({ baseURL: url, apiKey: KEY, maxRetries: 0 });
    return async () =>
      client.videos.create({
        model: MODEL,
        prompt: "a cat",
        input_reference: await toFile(createReadStream(file), "frame.png", { type: "image/png" }),
      });
  },
};

async function uploadOnce(route, file, url) {
  const gc = gcFunction();
  const send = await ROUTES[route](url, file);
  // Warm up the connection and the modules on a small request first.
  await fetch(`${url}/videos/warm`);
  gc();
  await new Promise((resolve) => setTimeout(resolve, 100));
  gc();
  const idle = process.memoryUsage().rss;
  let peak = idle;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  const result = await send();
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  process.send({ idle, peak, ms, received: result.received_bytes });
}

function runUpload(route, file, url) {
  return new Promise((resolve, reject) => {
    const child = fork(new URL(import.meta.url).pathname, ["--upload", route, file, url], {
      execArgv: ["--expose-gc"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    child.once("message", resolve);
    child.once("exit", (code) => (code === 0 ? undefined : reject(new Error(`${route}: exited with ${code}`))));
  });
}

async function uploadBench(url) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "apifree-bench-upload-"));
  const file = path.join(dir, "frame.png");
  const fd = openSync(file, "w");
  ftruncateSync(fd, UPLOAD_BYTES);
  closeSync(fd);
  try {
    console.log(
      `videos: a ${mb(UPLOAD_BYTES)} file uploaded as input_reference (${RUNS} runs a route, each in a fresh process; ` +
        "RSS sampled every 5 ms; the median run shown, and the largest rise)",
    );
    console.log(
      "  (RSS rises by garbage too: V8 collects spent upload chunks, which live outside its heap, only every few tens of MB)",
    );
    for (const route of Object.keys(ROUTES)) {
      const runs = [];
      try {
        for (let i = 0; i < RUNS; i++) runs.push(await runUpload(route, file, url));
      } catch (error) {
        console.log(`  ${route.padEnd(44)} failed: ${error.message}`);
        continue;
      }
      runs.sort((a, b) => a.peak - a.idle - (b.peak - b.idle));
      const r = runs[runs.length >> 1];
      const over = r.peak - r.idle;
      const worst = runs.at(-1).peak - runs.at(-1).idle;
      const ours = route.startsWith("apifree-typed");
      const verdict = ours ? ` (goal <= 50 MB) ${over <= 50 * 1048576 ? "ok" : "MISSED"}` : "";
      console.log(
        `  ${route.padEnd(44)} idle RSS ${mb(r.idle).padStart(9)}, peak ${mb(r.peak).padStart(9)}: +${mb(over)}${verdict}, ` +
          `largest +${mb(worst)}; ${fmt(UPLOAD_BYTES / 1048576 / (median(runs.map((x) => x.ms)) / 1000), 0)} MB/s; ` +
          `server got ${mb(r.received ?? 0)}`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const started = performance.now();
  const server = await startServer();
  try {
    await pollBench(server.url);
    await uploadBench(server.url);
  } finally {
    server.stop();
  }
  console.log(`videos: bench took ${fmt((performance.now() - started) / 1000)} s`);
}

const upload = process.argv.indexOf("--upload");
if (process.argv.includes("--serve")) await serve();
else if (upload !== -1) await uploadOnce(...process.argv.slice(upload + 1, upload + 4));
else await main();
