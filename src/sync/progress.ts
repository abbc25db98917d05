import cliProgress from "cli-progress";
import { formatBytes } from "./http.js";
import type { SyncProgress, SyncStats } from "./types.js";

/*
 * What a person sees while sync runs: a bar on a terminal (models done of
 * total, failures, retries), nothing while it runs otherwise, and one summary
 * line at the end either way, so logs of CI runs stay one line long.
 */

export interface ProgressReporter {
  onProgress(progress: SyncProgress): void;
  /** Remove the bar; call before printing anything else, success or not. */
  stop(): void;
}

type Stream = NodeJS.WritableStream & { isTTY?: boolean };

export function createProgressReporter(stderr: Stream): ProgressReporter {
  if (stderr.isTTY !== true) return { onProgress() {}, stop() {} };
  const bar = new cliProgress.SingleBar(
    {
      stream: stderr,
      format: "sync [{bar}] {value}/{total} models | {failures} failed | {retries} retries",
      barsize: 30,
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    onProgress(progress) {
      if (progress.phase === "catalog") return;
      const payload = { failures: progress.failures, retries: progress.retries };
      if (!started) {
        bar.start(progress.modelsTotal, progress.modelsDone, payload);
        started = true;
      } else {
        bar.update(progress.modelsDone, payload);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** One line: models, documents, bytes, seconds, retries (and the concurrency, when the API made sync lower it). */
export function formatSummary(stats: SyncStats, snapshotDir: string, requestedConcurrency?: number): string {
  const retries = `${stats.retries} ${stats.retries === 1 ? "retry" : "retries"}`;
  const lowered =
    requestedConcurrency !== undefined && stats.concurrency < requestedConcurrency
      ? `; the API limited concurrency, lowered from ${requestedConcurrency} to ${stats.concurrency}`
      : "";
  return `synced ${stats.models} models (${stats.documents} documents, ${formatBytes(stats.bytes)}) into ${snapshotDir} in ${(stats.ms / 1000).toFixed(1)} s, ${retries}${lowered}`;
}
