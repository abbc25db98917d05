import { readyToReplace } from "../shared/fs/replace-dir.js";
import { isFiltering, noModelsMatch } from "../shared/model-filter.js";
import { ToolError } from "../shared/tool-error.js";
import { snapshotTarget } from "../snapshot/folder-kind.js";
import { writeSnapshot } from "../snapshot/write.js";
import { fetchSnapshot } from "./fetch-snapshot.js";
import type { FetchSnapshotResult, SyncOptions } from "./types.js";

/**
 * fetchSnapshot, then write it atomically to `snapshotDir`; on any failure the
 * folder is left as it was. A folder that may not be replaced (not a
 * snapshot, the working directory...) is refused before anything is fetched.
 */
export async function sync(options: SyncOptions): Promise<FetchSnapshotResult> {
  readyToReplace(snapshotTarget(options.snapshotDir));
  let result: FetchSnapshotResult;
  try {
    result = await fetchSnapshot(options);
  } catch (error) {
    if (error instanceof ToolError) {
      throw new ToolError(`${error.message}; nothing was written, ${options.snapshotDir} is left as it was`, {
        problems: error.problems,
        exitCode: error.exitCode,
      });
    }
    throw error;
  }
  if (isFiltering(options.modelFilter) && result.snapshot.models.length === 0) {
    const error = noModelsMatch(options.modelFilter, "the live catalog", result.catalogIds);
    throw new ToolError(`sync: ${error.message}; nothing was written, ${options.snapshotDir} is left as it was`);
  }
  const started = performance.now();
  try {
    await writeSnapshot(options.snapshotDir, result.snapshot);
  } catch (error) {
    if (error instanceof ToolError) throw error;
    throw new ToolError(`cannot write the snapshot to ${options.snapshotDir}: ${(error as Error).message}`, {
      cause: error,
    });
  }
  result.stats.ms += performance.now() - started;
  return result;
}
