import { setMaxListeners } from "node:events";
import { modelMatcher } from "../shared/model-filter.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import type { SnapshotModel } from "../snapshot/format.js";
import { AdaptiveLimit } from "./adaptive-limit.js";
import { acceptCatalog } from "./checks.js";
import { explainFailure, type KeyInfo, redactKey } from "./explain.js";
import {
  defaultSleep,
  type FetchContext,
  FetchFailure,
  fetchWithRetries,
  type RunCounters,
} from "./fetch-with-retries.js";
import { createHttpClient } from "./http.js";
import { fetchModel } from "./model-pipeline.js";
import { checkedCount, normalizeBaseURL } from "./options.js";
import {
  DEFAULT_CONCURRENCY,
  DEFAULT_DEADLINE_MS,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchSnapshotOptions,
  type FetchSnapshotResult,
  type SyncProgress,
} from "./types.js";

const USER_AGENT = "apifree-typed-sync/0.1";

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function interrupted(signal: AbortSignal | undefined): ToolError {
  const reason: unknown = signal?.reason;
  return reason instanceof ToolError ? reason : new ToolError("sync was interrupted before it finished");
}

/**
 * Fetch the catalog and every model's openapi.json and api.md into memory,
 * checked. Throws a ToolError (exit 2) naming what failed; with per-model
 * failures, `problems` lists each model and its reason.
 */
export async function fetchSnapshot(options: FetchSnapshotOptions): Promise<FetchSnapshotResult> {
  const started = performance.now();
  const key: KeyInfo = {
    apiKey: options.apiKey === "" ? undefined : options.apiKey,
    apiKeySource: options.apiKeySource,
  };
  try {
    return await fetchInto(options, key, started);
  } catch (error) {
    throw redactKey(error, key.apiKey);
  }
}

async function fetchInto(options: FetchSnapshotOptions, key: KeyInfo, started: number): Promise<FetchSnapshotResult> {
  const baseURL = normalizeBaseURL(options.baseURL);
  const concurrency = checkedCount("concurrency", options.concurrency, DEFAULT_CONCURRENCY);
  const maxRetries = checkedCount("maxRetries", options.maxRetries, DEFAULT_MAX_RETRIES, 0);
  const timeoutMs = checkedCount("timeoutMs", options.timeoutMs, DEFAULT_TIMEOUT_MS);
  // Beyond setTimeout's range Node would fire at once: such a deadline means none.
  const deadlineMs = Math.min(checkedCount("deadlineMs", options.deadlineMs, DEFAULT_DEADLINE_MS), 2 ** 31 - 1);
  const maxBytes = checkedCount("maxDocumentBytes", options.maxDocumentBytes, DEFAULT_MAX_DOCUMENT_BYTES);
  options.signal?.throwIfAborted();

  // Stopped by the caller, or by a failure that every other request would meet too.
  const run = new AbortController();
  // Every request in flight and every retry wait listens to it: as many as the concurrency allows, by design.
  setMaxListeners(0, run.signal);
  let fatal: FetchFailure | undefined;
  const stop = (failure: FetchFailure) => {
    fatal ??= failure;
    run.abort(failure);
  };
  const onCallerAbort = () => run.abort(options.signal?.reason);
  options.signal?.addEventListener("abort", onCallerAbort, { once: true });

  const headers: Record<string, string> = { "user-agent": USER_AGENT };
  if (key.apiKey !== undefined) headers.authorization = `Bearer ${key.apiKey}`;
  const http = createHttpClient({ headers, timeoutMs, deadlineMs, maxBytes, connections: concurrency });
  const limit = new AdaptiveLimit(concurrency);
  const counters: RunCounters = { requests: 0, retries: 0, bytes: 0 };
  const progress: SyncProgress = { phase: "catalog", modelsDone: 0, modelsTotal: 0, failures: 0, retries: 0 };
  const report = () => options.onProgress?.({ ...progress, retries: counters.retries });
  const context: FetchContext = {
    http,
    limit,
    maxRetries,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    signal: run.signal,
    counters,
    onRetry: report,
  };

  try {
    report();
    const catalogURL = `${baseURL}/models`;
    let catalogBody: unknown;
    try {
      catalogBody = (await fetchWithRetries(context, catalogURL, "json")).json;
    } catch (error) {
      if (error instanceof FetchFailure) throw explainFailure(error, baseURL, "the model catalog", key);
      throw options.signal?.aborted ? interrupted(options.signal) : error;
    }
    const served = acceptCatalog(catalogBody, `the catalog at ${catalogURL}`);
    const catalogIds = served.data.map((entry) => entry.id);
    const wanted = modelMatcher(options.modelFilter);
    const catalog = { ...served, data: served.data.filter((entry) => wanted(entry.id)) };
    // Kept in the order served: models.json is the GET /v1/models body (format.ts), only canonicalised.
    const ids = catalog.data.map((entry) => entry.id);

    progress.phase = "models";
    progress.modelsTotal = ids.length;
    report();
    const models: SnapshotModel[] = [];
    const problems: Problem[] = [];
    const settled = await Promise.allSettled(
      ids.map(async (id) => {
        try {
          const outcome = await fetchModel(context, baseURL, id);
          if (outcome.ok) models.push(outcome.model);
          else {
            problems.push(...outcome.problems);
            progress.failures += 1;
          }
          progress.modelsDone += 1;
          report();
        } catch (error) {
          if (error instanceof FetchFailure) stop(error);
          else if (!run.signal.aborted) run.abort(error);
          throw error;
        }
      }),
    );
    if (fatal !== undefined) throw explainFailure(fatal, baseURL, "every model's documents", key);
    if (options.signal?.aborted) throw interrupted(options.signal);
    const unexpected = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (unexpected !== undefined) throw unexpected.reason;
    if (problems.length > 0) {
      const failed = new Set(problems.map((problem) => problem.model)).size;
      problems.sort((a, b) => byId({ id: a.model ?? "" }, { id: b.model ?? "" }));
      throw new ToolError(`${failed} of ${ids.length} models could not be synced`, { problems });
    }

    models.sort(byId);
    progress.phase = "done";
    report();
    return {
      snapshot: { catalog, models },
      catalogIds,
      stats: {
        models: models.length,
        documents: models.length * 2,
        bytes: counters.bytes,
        requests: counters.requests,
        retries: counters.retries,
        ms: performance.now() - started,
        concurrency: limit.concurrency,
      },
    };
  } finally {
    options.signal?.removeEventListener("abort", onCallerAbort);
    await http.close();
  }
}
