import { generate } from "../../codegen/generate.js";
import { defaultCacheDir } from "../../codegen/regen-cache.js";
import type { Config } from "../../config/index.js";
import { describeFilter, isFiltering, type ModelFilter } from "../../shared/model-filter.js";
import { formatProblem } from "../../shared/tool-error.js";
import type { CliContext, Command } from "../context.js";
import { asksForHelp, parseFlags } from "../flags.js";
import {
  CONFIG_USAGE,
  configOf,
  MODEL_FLAGS,
  MODEL_FLAGS_USAGE,
  modelFilterFrom,
  outDirFrom,
  snapshotDirFrom,
} from "../settings.js";

export const GENERATE_FLAGS = {
  snapshot: { type: "string" },
  out: { type: "string" },
  "no-cache": { type: "boolean" },
  "openapi-types": { type: "boolean" },
  ...MODEL_FLAGS,
} as const;

export interface GenerateCliOptions {
  snapshotDir: string;
  outDir: string;
  cache: boolean;
  modelFilter: ModelFilter;
  openapiTypes: boolean;
}

/** generate's settings from its flags (codegen's too) and the config: a flag wins over the file. */
export function generateSettings(
  flags: {
    snapshot?: string | undefined;
    out?: string | undefined;
    "no-cache"?: boolean | undefined;
    "openapi-types"?: boolean | undefined;
  },
  config: Config,
  modelFilter: ModelFilter,
): GenerateCliOptions {
  return {
    snapshotDir: snapshotDirFrom(flags.snapshot, config),
    outDir: outDirFrom(flags.out, config),
    cache: flags["no-cache"] !== true && config.cache !== false,
    modelFilter,
    openapiTypes: flags["openapi-types"] === true || config.openapiTypes === true,
  };
}

export async function runGenerate(options: GenerateCliOptions, context: CliContext): Promise<number> {
  const started = performance.now();
  const result = await generate({
    snapshotDir: options.snapshotDir,
    outDir: options.outDir,
    cacheDir: options.cache ? defaultCacheDir() : undefined,
    modelFilter: options.modelFilter,
    openapiTypes: options.openapiTypes,
  });
  for (const warning of result.warnings) context.stderr.write(`warning: ${formatProblem(warning)}\n`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const unchanged = result.reused > 0 ? ` (${result.reused} unchanged, reused)` : "";
  const filtered = isFiltering(options.modelFilter) ? ` (${describeFilter(options.modelFilter)})` : "";
  context.stdout.write(
    `generated ${result.models} models into ${options.outDir}${unchanged}${filtered} in ${seconds} s\n`,
  );
  return 0;
}

export const GENERATE_USAGE = `usage: apifree-codegen generate [--snapshot DIR] [--out DIR] [--no-cache] [--openapi-types]
                                [--models GLOBS] [--exclude-models GLOBS] [--config FILE]

Emit per-model types, Zod validators and bindings from a snapshot. The output
folder is replaced as a whole, and only when every model could be processed;
it must be absent, empty or a generated tree, and apart from the snapshot.

  --snapshot DIR   snapshot to read (default: snapshot)
  --out DIR        generated tree (default: generated)
  --no-cache       emit every model, ignoring the regeneration cache
                   (node_modules/.cache/apifree-typed)
  --openapi-types  also write models/<stem>/openapi.d.ts: openapi-typescript's
                   paths, operations and components for each document
${MODEL_FLAGS_USAGE}
${CONFIG_USAGE}

Exit codes: 0 generated, 2 usage error or a document that cannot be processed
(one line per problem, naming the model and the JSON pointer).`;

export const generateCommand: Command = async (argv, context) => {
  if (asksForHelp(argv)) {
    context.stdout.write(`${GENERATE_USAGE}\n`);
    return 0;
  }
  const flags = parseFlags("generate", argv, GENERATE_FLAGS);
  const config = configOf(context);
  return runGenerate(generateSettings(flags, config, modelFilterFrom(flags, config)), context);
};
