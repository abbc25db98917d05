// Benchmark: drift of a 1,000-model synthetic catalog, committed as a snapshot
// on disk, against the emulator serving (a) the same catalog and (b) a copy in
// which 50 models changed (a new required request property: breaking; a new
// optional response property: non-breaking), over loopback.
//
// Each emulator runs in a child process (this file with --serve), so the wall
// time is drift's own: read and verify the snapshot, fetch 2,001 documents the
// way sync does, classify, build the report. "classify" is the in-memory
// comparison alone (the identical-document check included), for scale.
//
//   node bench/drift.js [--models 1000] [--changed 50] [--rounds 3]
//
// Goals (issue 6): wall time < 10 s, and the no-change run reports nothing.
// The table marks each goal ok or MISSED; the exit code is 1 only when a run
// reports the wrong changes (a correctness failure, not a slow machine).
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
    serve: { type: "string" },
    models: { type: "string", default: "1000" },
    changed: { type: "string", default: "50" },
    rounds: { type: "string", default: "3" },
  },
});
const MODELS = Number(values.models);
const CHANGED = Number(values.changed);
const ROUNDS = Number(values.rounds);
const GOAL_MS = 10_000;

/**
 * The live side of scenario (b): every (MODELS / CHANGED)-th model gets two
 * contract changes, in its chat operation or, for a model without chat, the
 * first operation with a JSON request and response.
 */
async function changedCopy(snapshot) {
  const { followRefs } = await load("openapi/media.js");
  const { locateOperations } = await load("openapi/operations.js");
  const step = Math.floor(snapshot.models.length / CHANGED);
  const models = snapshot.models.map((model, index) => {
    if (index % step !== 0 || index / step >= CHANGED) return model;
    const document = structuredClone(model.document);
    const { operations } = locateOperations(document);
    const { roots } =
      operations.find((operation) => operation.key === "chat.completions") ??
      operations.find((operation) => operation.roots.request !== undefined && operation.roots.response !== undefined);
    const request = followRefs(document, roots.request.pointer).schema;
    request.properties = {
      ...(request.properties ?? {}),
      bench_probe: { type: "string", description: "Added by the drift benchmark." },
    };
    request.required = [...(request.required ?? []), "bench_probe"];
    const response = followRefs(document, roots.response.pointer).schema;
    response.properties = { ...(response.properties ?? {}), bench_extra: { type: "integer" } };
    return { ...model, document };
  });
  return { ...snapshot, models };
}

/** Child: serve the synthetic catalog (or its changed copy), print the URL, stay up until stdin closes. */
async function serve(variant) {
  const { syntheticCatalog } = await tsImport("../tools/catalog/synthetic.ts", import.meta.url);
  const { startEmulator } = await load("mock/index.js");
  const base = syntheticCatalog({ models: MODELS });
  const snapshot = variant === "changed" ? await changedCopy(base) : base;
  const emulator = await startEmulator({ snapshot, port: 0, recordRequests: false });
  process.stdout.write(`${emulator.url}\n`);
  process.stdin.resume();
  process.stdin.on("end", () => void emulator.close().then(() => process.exit(0)));
}

async function startServer(variant) {
  const child = spawn(
    process.execPath,
    [fileURLToPath(import.meta.url), "--serve", variant, "--models", String(MODELS), "--changed", String(CHANGED)],
    {
      stdio: ["pipe", "pipe", "inherit"],
    },
  );
  const lines = createInterface({ input: child.stdout });
  const url = await new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`emulator process exited with ${code}`)));
    lines.once("line", resolve);
  });
  return { url, stop: () => child.stdin.end() };
}

function median(list) {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const line = (row) => `| ${row.map((cell, column) => String(cell).padEnd(widths[column])).join(" | ")} |`;
  return [
    line(rows[0]),
    `|${widths.map((width) => "-".repeat(width + 2)).join("|")}|`,
    ...rows.slice(1).map(line),
  ].join("\n");
}

async function main() {
  const { syntheticCatalog } = await tsImport("../tools/catalog/synthetic.ts", import.meta.url);
  const { writeSnapshot } = await load("snapshot/write.js");
  const { runDrift } = await load("drift/run-drift.js");
  const { compareSnapshots } = await load("drift/compare-snapshots.js");

  const temp = await mkdtemp(path.join(tmpdir(), "apifree-drift-bench-"));
  const snapshotDir = path.join(temp, "snapshot");
  const committed = syntheticCatalog({ models: MODELS });
  await writeSnapshot(snapshotDir, committed);
  const servers = { same: await startServer("same"), changed: await startServer("changed") };
  const changedSnapshot = await changedCopy(committed);

  const rows = [
    [
      "scenario",
      "models",
      "changes (breaking/non-breaking/info)",
      "models changed",
      "wall ms (median)",
      "classify ms",
      "goal < 10 s",
      "report",
    ],
  ];
  let wrong = 0;
  try {
    for (const [scenario, server, live] of [
      ["against itself", servers.same, committed],
      [`${CHANGED} models changed`, servers.changed, changedSnapshot],
    ]) {
      const walls = [];
      let report;
      for (let round = 0; round < ROUNDS; round += 1) {
        const started = performance.now();
        const result = await runDrift({ baseURL: server.url, snapshotDir });
        walls.push(performance.now() - started);
        report = result.report;
      }
      // Separate copies, as after a fetch: identical documents are found by content, not identity.
      const fetched = structuredClone(live);
      const classifyStarted = performance.now();
      compareSnapshots(committed, fetched);
      const classifyMs = performance.now() - classifyStarted;

      const changedModels = new Set(report.changes.map((change) => change.model)).size;
      const { breaking, info } = report.summary;
      const nonBreaking = report.summary["non-breaking"];
      const expected =
        scenario === "against itself"
          ? report.changes.length === 0
          : breaking === CHANGED && nonBreaking === CHANGED && info === 0 && changedModels === CHANGED;
      if (!expected) wrong += 1;
      const wall = median(walls);
      rows.push([
        scenario,
        MODELS,
        `${breaking}/${nonBreaking}/${info}`,
        changedModels,
        wall.toFixed(0),
        classifyMs.toFixed(0),
        wall < GOAL_MS ? "ok" : "MISSED",
        expected ? (scenario === "against itself" ? "ok: nothing reported" : "ok: as expected") : "WRONG",
      ]);
    }
  } finally {
    servers.same.stop();
    servers.changed.stop();
    await rm(temp, { recursive: true, force: true });
  }
  process.stdout.write(
    `drift: ${MODELS}-model synthetic catalog, emulator over loopback, ${ROUNDS} round(s) each\n\n${table(rows)}\n`,
  );
  if (wrong > 0) {
    process.stdout.write(`\n${wrong} scenario(s) reported the wrong changes\n`);
    process.exitCode = 1;
  }
}

if (values.serve !== undefined) await serve(values.serve);
else await main();
