// Benchmark: sync of a 1,000-model synthetic catalog from the emulator over
// loopback, against a bare undici loop fetching the same URLs with the same
// concurrency in the same run.
//
// The emulator runs in a child process (this file with --serve), so the
// client's wall time and peak memory are its own and both clients meet the
// same server on the other core.
//
//   node bench/sync.js [--models 1000] [--concurrency 8] [--rounds 3]
//
// Goals (issue 3): wall time < 5 s, peak RSS < 300 MB, throughput >= 80% of
// the bare loop. The table marks each goal ok or MISSED; the exit code is 0
// whenever the benchmark itself ran (figures on a shared machine are noisy).
import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
// The synthetic catalog is a fixture builder (TypeScript under tools/), loaded through tsx in its own scope.
import { tsImport } from "tsx/esm/api";

const dist = new URL("../dist/", import.meta.url);
const load = (file) => import(new URL(file, dist).href);

const { values } = parseArgs({
  options: {
    serve: { type: "boolean", default: false },
    models: { type: "string", default: "1000" },
    concurrency: { type: "string", default: "8" },
    rounds: { type: "string", default: "3" },
  },
});
const MODELS = Number(values.models);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = Number(values.rounds);
const GOALS = { wallMs: 5_000, rssMB: 300, ratio: 0.8 };

/** Child: serve the synthetic catalog, print the URL, stay up until stdin closes. */
async function serve() {
  const { syntheticCatalog } = await tsImport("../tools/catalog/synthetic.ts", import.meta.url);
  const { startEmulator } = await load("mock/index.js");
  const emulator = await startEmulator({
    snapshot: syntheticCatalog({ models: MODELS }),
    port: 0,
    recordRequests: false,
  });
  process.stdout.write(`${emulator.url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void emulator.close().then(() => process.exit(0)));
}

async function startServer() {
  const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--serve", "--models", String(MODELS)], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`emulator process exited with ${code}`)));
    lines.once("line", resolve);
  });
  return { url, stop: () => child.stdin.end() };
}

/** The URLs sync fetches, in its order: the catalog, then each model's openapi.json and api.md. */
async function documentURLs(baseURL) {
  const { request } = await import("undici");
  const catalog = await (await request(`${baseURL}/models`)).body.json();
  return catalog.data.flatMap(({ id }) => [
    `${baseURL}/model/openapi.json?model=${encodeURIComponent(id)}`,
    `${baseURL}/model/api.md?model=${encodeURIComponent(id)}`,
  ]);
}

/** The bare loop: the catalog, then the same URLs with the same concurrency, undici request and nothing else. */
async function bareLoop(baseURL) {
  const { Agent, request } = await import("undici");
  const agent = new Agent({ connections: CONCURRENCY, keepAliveTimeout: 10_000 });
  const started = performance.now();
  const catalog = await (await request(`${baseURL}/models`, { dispatcher: agent })).body.json();
  const urls = catalog.data.flatMap(({ id }) => [
    `${baseURL}/model/openapi.json?model=${encodeURIComponent(id)}`,
    `${baseURL}/model/api.md?model=${encodeURIComponent(id)}`,
  ]);
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const response = await request(urls[next++], { dispatcher: agent });
      await response.body.text();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  const ms = performance.now() - started;
  await agent.close();
  return { ms, requests: urls.length + 1 };
}

/** Sync's own HTTP layer (keep-alive agent, deadline, size cap, adaptive p-limit) on the same URLs, bodies kept as bytes. */
async function syncTransport(baseURL) {
  const { createHttpClient } = await load("sync/http.js");
  const { AdaptiveLimit } = await load("sync/adaptive-limit.js");
  const http = createHttpClient({
    headers: {},
    timeoutMs: 30_000,
    deadlineMs: 120_000,
    maxBytes: 10 * 1024 * 1024,
    connections: CONCURRENCY,
  });
  const limit = new AdaptiveLimit(CONCURRENCY);
  const signal = new AbortController().signal;
  const started = performance.now();
  const catalog = JSON.parse(
    (await http.get(`${baseURL}/models`, { accept: "application/json", signal })).body.toString("utf8"),
  );
  const urls = catalog.data.flatMap(({ id }) => [
    `${baseURL}/model/openapi.json?model=${encodeURIComponent(id)}`,
    `${baseURL}/model/api.md?model=${encodeURIComponent(id)}`,
  ]);
  await Promise.all(urls.map((url) => limit.run(() => http.get(url, { accept: "*/*", signal }))));
  const ms = performance.now() - started;
  await http.close();
  return { ms, requests: urls.length + 1 };
}

/** CPU time of the checks every document must pass (JSON.parse, checkDocument), on the same bodies, without the network. */
async function checkCost(baseURL) {
  const { request } = await import("undici");
  const { checkDocument } = await load("openapi/check.js");
  const urls = (await documentURLs(baseURL)).filter((url) => url.includes("/openapi.json?"));
  const texts = [];
  for (const url of urls) texts.push(await (await request(url)).body.text());
  const started = performance.now();
  for (const text of texts) checkDocument(JSON.parse(text), "bench");
  return performance.now() - started;
}

const mb = (bytes) => bytes / (1024 * 1024);
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const rate = (run) => run.requests / (run.ms / 1000);

async function measure() {
  const { fetchSnapshot } = await load("sync/fetch-snapshot.js");
  const { writeSnapshot } = await load("snapshot/write.js");
  const server = await startServer();
  const work = await mkdtemp(path.join(tmpdir(), "apifree-bench-sync-"));
  try {
    // The emulator builds each body on first request; warm it so the figures are sync's, not the emulator's.
    await bareLoop(server.url);

    // 1. The figure a user sees: a cold `sync` in a fresh process (fetch, check, write the snapshot).
    globalThis.gc?.();
    const rssBefore = process.memoryUsage().rss;
    // What sync() does, timed in its two halves.
    const coldStarted = performance.now();
    const cold = await fetchSnapshot({ baseURL: server.url, concurrency: CONCURRENCY });
    const fetchedMs = performance.now() - coldStarted;
    await writeSnapshot(path.join(work, "snapshot"), cold.snapshot);
    const coldMs = performance.now() - coldStarted;
    const peakRss = process.resourceUsage().maxRSS * 1024;

    // 2. Throughput against the bare loop, alternating so each sees the same machine state.
    const bare = [];
    const transport = [];
    const ours = [];
    for (let round = 0; round < ROUNDS; round++) {
      bare.push(await bareLoop(server.url));
      transport.push(await syncTransport(server.url));
      const { stats } = await fetchSnapshot({ baseURL: server.url, concurrency: CONCURRENCY });
      ours.push({ ms: stats.ms, requests: stats.requests });
    }
    const checksMs = await checkCost(server.url);
    const bareRate = median(bare.map(rate));
    const transportRate = median(transport.map(rate));
    const oursRate = median(ours.map(rate));
    const ratio = oursRate / bareRate;
    const times = (runs) => runs.map((r) => `${(r.ms / 1000).toFixed(2)} s`).join(", ");

    const stats = cold.stats;
    const rows = [
      ["models", String(stats.models), ""],
      ["requests", String(stats.requests), `${stats.retries} retries, final concurrency ${stats.concurrency}`],
      ["bytes received", `${mb(stats.bytes).toFixed(1)} MB`, ""],
      [
        "sync wall time (cold, incl. write)",
        `${(coldMs / 1000).toFixed(2)} s`,
        goal(coldMs < GOALS.wallMs, `< ${GOALS.wallMs / 1000} s`),
      ],
      [
        "  fetch + checks (fetchSnapshot)",
        `${(fetchedMs / 1000).toFixed(2)} s`,
        `${rate({ requests: stats.requests, ms: fetchedMs }).toFixed(0)} requests/s`,
      ],
      ["  write (writeSnapshot)", `${((coldMs - fetchedMs) / 1000).toFixed(2)} s`, ""],
      [
        "peak RSS (process, after cold sync)",
        `${mb(peakRss).toFixed(0)} MB`,
        `${goal(mb(peakRss) < GOALS.rssMB, `< ${GOALS.rssMB} MB`)}; ${mb(rssBefore).toFixed(0)} MB before`,
      ],
      [`bare undici loop requests/s`, bareRate.toFixed(0), `median of ${times(bare)}`],
      [
        `sync HTTP layer alone requests/s`,
        transportRate.toFixed(0),
        `median of ${times(transport)}; ${((transportRate / bareRate) * 100).toFixed(0)} % of bare`,
      ],
      [`fetchSnapshot requests/s`, oursRate.toFixed(0), `median of ${times(ours)}`],
      [
        "fetchSnapshot throughput vs bare loop",
        `${(ratio * 100).toFixed(0)} %`,
        goal(ratio >= GOALS.ratio, `>= ${GOALS.ratio * 100} %`),
      ],
      [
        "  of which JSON.parse + checkDocument",
        `${(checksMs / 1000).toFixed(2)} s`,
        "CPU for the 1,000 documents alone, same process",
      ],
    ];
    const width = Math.max(...rows.map(([name]) => name.length));
    const valueWidth = Math.max(...rows.map(([, value]) => value.length));
    process.stdout.write(
      `sync: ${MODELS}-model synthetic catalog, emulator over loopback (separate process), concurrency ${CONCURRENCY}\n`,
    );
    for (const [name, value, note] of rows)
      process.stdout.write(`  ${name.padEnd(width)}  ${value.padStart(valueWidth)}  ${note}\n`);
  } finally {
    server.stop();
    await rm(work, { recursive: true, force: true });
  }
}

function goal(met, text) {
  return `${met ? "ok" : "MISSED"} (goal ${text})`;
}

if (values.serve) await serve();
else await measure();
