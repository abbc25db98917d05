import type { Snapshot, StoredSnapshot } from "../snapshot/format.js";
import { readSnapshot } from "../snapshot/read.js";
import { fetchSnapshot } from "../sync/index.js";
import { type AllowEntry, type AllowList, applyAllowList, readAllowList, utcDate } from "./allow-list.js";
import { checkGenerated } from "./check-generated.js";
import { compareSnapshots } from "./compare-snapshots.js";
import { orderChanges } from "./order.js";
import { buildReport } from "./report.js";
import type { DriftReport } from "./types.js";

export interface DriftOptions {
  /** Includes `/v1`. */
  baseURL: string;
  apiKey?: string | undefined;
  /** Named in the message when the API refuses the key. */
  apiKeySource?: string | undefined;
  concurrency?: number | undefined;
  /** The deadline for each whole request of the live fetch, in milliseconds (default: sync's, 120 s). */
  deadlineMs?: number | undefined;
  snapshotDir: string;
  /**
   * Compare with this second local snapshot instead of the live API
   * (`drift --against DIR`): offline, so a job that has just synced into a
   * temporary folder describes what moved without fetching twice.
   */
  againstDir?: string | undefined;
  /** Allow-list file to read, if any. */
  allowFile?: string | undefined;
  /** Also compare this committed generated tree with a fresh generate of the snapshot. */
  generatedDir?: string | undefined;
  signal?: AbortSignal | undefined;
  /** Injectable clock for allow-list expiry. */
  now?: Date | undefined;
  /** Injectable for tests and benchmarks: how the live side is fetched (default: sync's fetchSnapshot). */
  fetchLive?:
    | ((options: {
        baseURL: string;
        apiKey?: string | undefined;
        apiKeySource?: string | undefined;
        concurrency?: number | undefined;
        deadlineMs?: number | undefined;
        signal?: AbortSignal | undefined;
      }) => Promise<{ snapshot: Snapshot }>)
    | undefined;
}

export interface DriftResult {
  report: DriftReport;
  /** Models present on both sides. */
  modelsCompared: number;
  unusedEntries: AllowEntry[];
  expiredEntries: AllowEntry[];
}

/** The `fetchLive` of `drift --against DIR`: the other side is read from disk, with the same checks as the committed one. */
function readAgainst(dir: string): NonNullable<DriftOptions["fetchLive"]> {
  return async () => ({ snapshot: await readSnapshot(dir) });
}

/**
 * The whole check: read the allow-list and the committed snapshot, fetch the
 * live API the way sync does (same errors, exit 2) or read the `--against`
 * snapshot, compare, optionally check the generated tree, and apply the
 * allow-list.
 */
export async function runDrift(options: DriftOptions): Promise<DriftResult> {
  const allowList: AllowList | undefined =
    options.allowFile === undefined ? undefined : await readAllowList(options.allowFile);
  // Reading (and hash-checking) the snapshot overlaps with the fetch; if the
  // snapshot is unusable, the fetch is stopped and the snapshot's error wins.
  const fetching = new AbortController();
  const stop = () => fetching.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", stop, { once: true });
  try {
    const fetchLive =
      options.againstDir === undefined ? (options.fetchLive ?? fetchSnapshot) : readAgainst(options.againstDir);
    const liveFetch = fetchLive({
      baseURL: options.baseURL,
      apiKey: options.apiKey,
      apiKeySource: options.apiKeySource,
      concurrency: options.concurrency,
      deadlineMs: options.deadlineMs,
      signal: fetching.signal,
    });
    // Handled below; until then a fast failure must not count as unhandled.
    liveFetch.catch(() => undefined);
    let committed: StoredSnapshot;
    try {
      committed = await readSnapshot(options.snapshotDir);
    } catch (error) {
      fetching.abort(error);
      await liveFetch.catch(() => undefined);
      throw error;
    }
    const { snapshot: live } = await liveFetch;
    const comparison = compareSnapshots(committed, live, options.againstDir === undefined ? "live" : "compared");
    const generated =
      options.generatedDir === undefined ? [] : await checkGenerated(options.snapshotDir, options.generatedDir);
    const outcome = applyAllowList(
      orderChanges([...comparison.changes, ...generated]),
      allowList,
      utcDate(options.now ?? new Date()),
    );
    const liveIds = new Set(live.models.map((model) => model.id));
    return {
      report: buildReport(outcome.changes, comparison.added, comparison.removed),
      modelsCompared: committed.models.filter((model) => liveIds.has(model.id)).length,
      unusedEntries: outcome.unused,
      expiredEntries: outcome.expired,
    };
  } finally {
    options.signal?.removeEventListener("abort", stop);
  }
}
