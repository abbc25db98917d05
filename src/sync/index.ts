export { fetchSnapshot } from "./fetch-snapshot.js";
export { sync } from "./sync.js";
export { normalizeBaseURL } from "./options.js";
export { formatSummary, createProgressReporter, type ProgressReporter } from "./progress.js";
export {
  DEFAULT_BASE_URL,
  DEFAULT_CONCURRENCY,
  DEFAULT_MAX_DOCUMENT_BYTES,
  DEFAULT_MAX_RETRIES,
  DEFAULT_TIMEOUT_MS,
  type FetchSnapshotOptions,
  type FetchSnapshotResult,
  type Sleep,
  type SyncOptions,
  type SyncProgress,
  type SyncStats,
} from "./types.js";
