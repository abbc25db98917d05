import type { ModelFilter } from "../shared/model-filter.js";
import type { Snapshot } from "../snapshot/format.js";

export const DEFAULT_BASE_URL = "https://api.apifree.ai/v1";
export const DEFAULT_CONCURRENCY = 8;
export const DEFAULT_TIMEOUT_MS = 30_000;
export const DEFAULT_DEADLINE_MS = 120_000;
export const DEFAULT_MAX_RETRIES = 4;
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

export interface FetchSnapshotOptions {
  /** Includes `/v1`: the catalog is `${baseURL}/models`. */
  baseURL: string;
  apiKey?: string | undefined;
  /** Where the key was read from (e.g. "APIFREE_API_KEY"), named when the API refuses it. */
  apiKeySource?: string | undefined;
  /** Requests in flight at once (default 8); lowered for the rest of the run on `max_concurrency_exceeded`. */
  concurrency?: number | undefined;
  /** Per request: the longest wait for the connection, the headers, or the next piece of the body (default 30 s). */
  timeoutMs?: number | undefined;
  /**
   * Per request: the longest the whole request may take, body included
   * (default 120 s; the CLI's `--timeout`). Past it the request counts as
   * failed: retried like a timeout, then reported naming the URL.
   */
  deadlineMs?: number | undefined;
  /** Retries per request after the first attempt (default 4). */
  maxRetries?: number | undefined;
  /** A body longer than this is refused without reading the rest (default 10 MB). */
  maxDocumentBytes?: number | undefined;
  /**
   * Only the models it matches are fetched, and the catalog kept is cut to
   * them: a snapshot describes exactly what was synced, so generate, mock and
   * drift read it as a whole.
   */
  modelFilter?: ModelFilter | undefined;
  signal?: AbortSignal | undefined;
  onProgress?: ((progress: SyncProgress) => void) | undefined;
  /** Injectable for tests: how to wait before a retry. */
  sleep?: Sleep | undefined;
  /** Injectable for tests: the jitter source, in [0, 1). */
  random?: (() => number) | undefined;
}

export interface SyncOptions extends FetchSnapshotOptions {
  snapshotDir: string;
}

export interface SyncProgress {
  phase: "catalog" | "models" | "done";
  modelsDone: number;
  modelsTotal: number;
  failures: number;
  retries: number;
}

export interface SyncStats {
  models: number;
  /** Bodies accepted: every model's openapi.json and api.md. */
  documents: number;
  /** Body bytes received, catalog included. */
  bytes: number;
  /** HTTP requests sent, retries included. */
  requests: number;
  retries: number;
  ms: number;
  /** Concurrency at the end of the run (lower than asked when the API said `max_concurrency_exceeded`). */
  concurrency: number;
}

export interface FetchSnapshotResult {
  snapshot: Snapshot;
  /** Every id the live catalog listed, filtered out or not (for "matches nothing" messages). */
  catalogIds: string[];
  stats: SyncStats;
}
