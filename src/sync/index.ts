export { fetchSnapshot } from "./fetch-snapshot.js";

export { formatSummary } from "./progress.js";
export { sync } from "./sync.js";
export type { SyncProgress } from "./types.js";
