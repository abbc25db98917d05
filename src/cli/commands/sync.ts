import type { Config } from "../../config/index.js";
import { describeFilter, isFiltering, type ModelFilter } from "../../shared/model-filter.js";
import { createProgressReporter, formatSummary } from "../../sync/progress.js";
import { sync } from "../../sync/sync.js";
import { DEFAULT_BASE_URL, DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS, type SyncStats } from "../../sync/types.js";
import type { CliContext, Command } from "../context.js";
import { asksForHelp, parseFlags } from "../flags.js";
import {
  CONFIG_USAGE,
  concurrencyFrom,
  configOf,
  MODEL_FLAGS,
  MODEL_FLAGS_USAGE,
  modelFilterFrom,
  snapshotDirFrom,
  timeoutFrom,
} from "../settings.js";

export const SYNC_FLAGS = {
  "base-url": { type: "string" },
  snapshot: { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  ...MODEL_FLAGS,
} as const;

export const API_KEY_ENV = "APIFREE_API_KEY";
export const BASE_URL_ENV = "APIFREE_BASE_URL";

export interface SyncCliOptions {
  baseURL: string;
  snapshotDir: string;
  concurrency: number;
  /** The deadline for each whole request (`--timeout`), in milliseconds. */
  deadlineMs: number;
  /** From APIFREE_API_KEY only; never from a flag, never printed. */
  apiKey: string | undefined;
  modelFilter: ModelFilter;
}

function setting(env: CliContext["env"], name: string): string | undefined {
  const value = env[name];
  return value === undefined || value === "" ? undefined : value;
}

/** The API key, from the environment only; an empty variable counts as unset. */
export function apiKeyFrom(env: CliContext["env"]): string | undefined {
  return setting(env, API_KEY_ENV);
}

/**
 * --base-url, else APIFREE_BASE_URL, else `baseURL` of the config, else
 * undefined (the caller picks the default). The environment wins over the
 * committed file, as a flag does: both are this run's choice.
 */
export function explicitBaseURL(flag: string | undefined, env: CliContext["env"], config: Config): string | undefined {
  return flag ?? setting(env, BASE_URL_ENV) ?? config.baseURL;
}

/** Run sync with a progress bar on a terminal and a one-line summary on stdout. */
export async function runSync(options: SyncCliOptions, context: CliContext): Promise<SyncStats> {
  const reporter = createProgressReporter(context.stderr);
  try {
    const { stats } = await sync({
      baseURL: options.baseURL,
      apiKey: options.apiKey,
      apiKeySource: API_KEY_ENV,
      concurrency: options.concurrency,
      deadlineMs: options.deadlineMs,
      snapshotDir: options.snapshotDir,
      modelFilter: options.modelFilter,
      signal: context.signal,
      onProgress: (progress) => reporter.onProgress(progress),
    });
    reporter.stop();
    const filtered = isFiltering(options.modelFilter) ? ` (${describeFilter(options.modelFilter)})` : "";
    context.stdout.write(`${formatSummary(stats, options.snapshotDir, options.concurrency)}${filtered}\n`);
    return stats;
  } finally {
    reporter.stop();
  }
}

export const SYNC_USAGE = `usage: apifree-codegen sync [--base-url URL] [--snapshot DIR] [--concurrency N] [--timeout SECONDS]
                            [--models GLOBS] [--exclude-models GLOBS] [--config FILE]

Fetch the catalog and every model's OpenAPI document and api.md into a snapshot,
replacing DIR only when every model succeeded. DIR must be absent, empty or a
snapshot.

  --base-url URL      API to read (env APIFREE_BASE_URL, else ${DEFAULT_BASE_URL})
  --snapshot DIR      where the snapshot goes (default: snapshot)
  --concurrency N     requests in flight (default ${DEFAULT_CONCURRENCY}; lowered if the API says so)
  --timeout SECONDS   deadline for each whole request (default ${DEFAULT_DEADLINE_MS / 1000}); past it the
                      request fails like a timeout: retried, then exit 2 naming the URL
${MODEL_FLAGS_USAGE}
${CONFIG_USAGE}

The key is read from APIFREE_API_KEY. Exit codes: 0 synced, 2 usage error,
unreachable API, refused key, or a model that could not be synced.`;

export const syncCommand: Command = async (argv, context) => {
  if (asksForHelp(argv)) {
    context.stdout.write(`${SYNC_USAGE}\n`);
    return 0;
  }
  const flags = parseFlags("sync", argv, SYNC_FLAGS);
  const config = configOf(context);
  await runSync(
    {
      baseURL: explicitBaseURL(flags["base-url"], context.env, config) ?? DEFAULT_BASE_URL,
      snapshotDir: snapshotDirFrom(flags.snapshot, config),
      concurrency: concurrencyFrom("sync", flags.concurrency, config, DEFAULT_CONCURRENCY),
      deadlineMs: timeoutFrom("sync", flags.timeout, config),
      apiKey: apiKeyFrom(context.env),
      modelFilter: modelFilterFrom(flags, config),
    },
    context,
  );
  return 0;
};
