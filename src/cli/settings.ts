import type { Config, ModelGlobs } from "../config/index.js";
import { globList, type ModelFilter } from "../shared/model-filter.js";
import { DEFAULT_DEADLINE_MS } from "../sync/types.js";
import type { CliContext } from "./context.js";
import { positiveInteger, seconds } from "./flags.js";

/*
 * A setting's value: the flag when given, else the config file, else the
 * default. Flags stay strings until here so a flag and the file are checked
 * alike, and a bad flag is named as the flag.
 */

export const MODEL_FLAGS = {
  models: { type: "string" },
  "exclude-models": { type: "string" },
} as const;

export function configOf(context: CliContext): Config {
  return context.config?.config ?? {};
}

function globsOf(value: ModelGlobs | undefined): string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? globList(value) : value.flatMap(globList);
}

/** `--models` / `--exclude-models`, else `models` / `excludeModels` of the config. */
export function modelFilterFrom(
  flags: { models?: string | undefined; "exclude-models"?: string | undefined },
  config: Config,
): ModelFilter {
  return {
    include: flags.models === undefined ? globsOf(config.models) : globList(flags.models),
    exclude: flags["exclude-models"] === undefined ? globsOf(config.excludeModels) : globList(flags["exclude-models"]),
  };
}

export function concurrencyFrom(command: string, flag: string | undefined, config: Config, fallback: number): number {
  return positiveInteger(command, "concurrency", flag, config.concurrency ?? fallback);
}

/** `--snapshot DIR`, else `snapshot` of the config, else `snapshot`. */
export function snapshotDirFrom(flag: string | undefined, config: Config): string {
  return flag ?? config.snapshot ?? "snapshot";
}

/** `--out DIR`, else `out` of the config, else `generated`. */
export function outDirFrom(flag: string | undefined, config: Config): string {
  return flag ?? config.out ?? "generated";
}

/** `--timeout SECONDS`, else `timeout` of the config, else 120 s: the deadline of each whole request, in ms. */
export function timeoutFrom(command: string, flag: string | undefined, config: Config): number {
  const fallback = config.timeout === undefined ? DEFAULT_DEADLINE_MS : Math.round(config.timeout * 1000);
  return seconds(command, "timeout", flag, fallback);
}

export const MODEL_FLAGS_USAGE = `  --models GLOBS          only the models these comma-separated globs match ('gpt-5*,claude-*');
                          \`*\` stops at \`/\`: \`**/gpt-5*\` also matches openai/gpt-5.2
  --exclude-models GLOBS  leave out the models these globs match`;

export const CONFIG_USAGE = `  --config FILE           config file (default: apifree.config.{ts,mts,js,mjs,json} in the working
                          directory); a flag wins over the file
  --version               print the version`;
