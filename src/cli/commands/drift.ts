import { access } from "node:fs/promises";
import type { AllowEntry } from "../../drift/allow-list.js";
import { formatJson } from "../../drift/format/json.js";
import { formatMarkdown } from "../../drift/format/markdown.js";
import { formatText } from "../../drift/format/text.js";
import { type FailOn, failingChanges } from "../../drift/report.js";
import { runDrift } from "../../drift/run-drift.js";
import { ToolError } from "../../shared/tool-error.js";
import { DEFAULT_BASE_URL, DEFAULT_CONCURRENCY, DEFAULT_DEADLINE_MS } from "../../sync/types.js";
import type { Command } from "../context.js";
import { asksForHelp, oneOf, parseFlags } from "../flags.js";
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
import { API_KEY_ENV, apiKeyFrom, explicitBaseURL } from "./sync.js";

export const DEFAULT_ALLOW_FILE = "drift-allow.json";
export const DEFAULT_GENERATED_DIR = "generated";

const DRIFT_FLAGS = {
  "base-url": { type: "string" },
  snapshot: { type: "string" },
  against: { type: "string" },
  format: { type: "string" },
  "fail-on": { type: "string" },
  allow: { type: "string" },
  "check-generated": { type: "string" },
  concurrency: { type: "string" },
  timeout: { type: "string" },
  ...MODEL_FLAGS,
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `usage: apifree-codegen drift [flags]

Compare the live API (or, with --against, a second local snapshot) with the
committed snapshot, model by model, and classify every contract change from a
client's point of view.

  --base-url URL          API to compare (env APIFREE_BASE_URL, else ${DEFAULT_BASE_URL})
  --snapshot DIR          committed snapshot (default: snapshot)
  --against DIR           compare with this local snapshot instead of the live API (offline;
                          e.g. one sync just wrote into a temporary folder)
  --format FORMAT         text (default), json or markdown
  --fail-on LEVEL         breaking (default), any or none: exit 1 when a change at or
                          above LEVEL is found and not accepted by the allow-list
  --allow FILE            allow-list of accepted changes (default: ${DEFAULT_ALLOW_FILE} if it exists)
  --check-generated [DIR] also check that the committed generated tree (default: ${DEFAULT_GENERATED_DIR})
                          is what generate makes from the snapshot
  --concurrency N         requests in flight (default ${DEFAULT_CONCURRENCY})
  --timeout SECONDS       deadline for each whole request (default ${DEFAULT_DEADLINE_MS / 1000}); past it the
                          request fails like a timeout: retried, then exit 2 naming the URL
${MODEL_FLAGS_USAGE}
                          Only matching models are compared: one missing live is removed,
                          a committed model outside the filter is ignored
${CONFIG_USAGE}

The key is read from ${API_KEY_ENV}. Exit codes: 0 no failing change, 1 drift at or
above --fail-on, 2 usage error, unreachable API, bad credentials or unreadable input.`;

/** `--check-generated` takes an optional value: given bare (last, or before another flag) it means the default folder. */
function withOptionalValues(argv: readonly string[]): string[] {
  return argv.map((arg, index) => {
    const next = argv[index + 1];
    return arg === "--check-generated" && (next === undefined || next.startsWith("-"))
      ? `--check-generated=${DEFAULT_GENERATED_DIR}`
      : arg;
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}

function describeEntry(entry: AllowEntry): string {
  const operation = entry.operation === undefined ? "" : ` ${JSON.stringify(entry.operation)}`;
  return `${entry.rule} ${JSON.stringify(entry.model)}${operation} ${entry.pointer === "" ? '""' : entry.pointer}`;
}

export const driftCommand: Command = async (argv, context) => {
  if (asksForHelp(argv)) {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const flags = parseFlags("drift", withOptionalValues(argv), DRIFT_FLAGS);
  const config = configOf(context);
  const settings = config.drift ?? {};
  const format = oneOf(
    "drift",
    "format",
    flags.format,
    ["text", "json", "markdown"] as const,
    settings.format ?? "text",
  );
  const failOn: FailOn = oneOf(
    "drift",
    "fail-on",
    flags["fail-on"],
    ["breaking", "any", "none"] as const,
    settings.failOn ?? "breaking",
  );
  const concurrency = concurrencyFrom("drift", flags.concurrency, config, DEFAULT_CONCURRENCY);
  const deadlineMs = timeoutFrom("drift", flags.timeout, config);
  const againstDir = flags.against;
  if (againstDir !== undefined) {
    // Flags of the live fetch would be silently ignored: say so instead.
    const live = (["base-url", "concurrency", "timeout"] as const).filter((name) => flags[name] !== undefined);
    if (live.length > 0)
      throw new ToolError(
        `drift: --against compares two local snapshots offline; ${live.map((name) => `--${name}`).join(", ")} only apply to the live API`,
      );
  }
  const allowFile =
    flags.allow ?? settings.allow ?? ((await exists(DEFAULT_ALLOW_FILE)) ? DEFAULT_ALLOW_FILE : undefined);
  const checkGenerated =
    settings.checkGenerated === true
      ? (config.out ?? DEFAULT_GENERATED_DIR)
      : settings.checkGenerated === false
        ? undefined
        : settings.checkGenerated;

  const result = await runDrift({
    baseURL: explicitBaseURL(flags["base-url"], context.env, config) ?? DEFAULT_BASE_URL,
    apiKey: apiKeyFrom(context.env),
    apiKeySource: API_KEY_ENV,
    concurrency,
    deadlineMs,
    snapshotDir: snapshotDirFrom(flags.snapshot, config),
    againstDir,
    allowFile,
    generatedDir: flags["check-generated"] ?? checkGenerated,
    modelFilter: modelFilterFrom(flags, config),
    signal: context.signal,
  });

  const failing = failingChanges(result.report, failOn).length;
  const formatContext = {
    modelsCompared: result.modelsCompared,
    failing,
    failOn,
    comparedWith: againstDir === undefined ? undefined : `the snapshot in ${againstDir}`,
  };
  const output =
    format === "json"
      ? formatJson(result.report)
      : format === "markdown"
        ? formatMarkdown(result.report, formatContext)
        : formatText(
            result.report,
            formatContext,
            context.stdout.isTTY === true && (context.env.NO_COLOR ?? "") === "",
          );
  context.stdout.write(output);

  for (const entry of result.expiredEntries) {
    context.stderr.write(
      `drift: allow-list ${allowFile}: the entry for ${describeEntry(entry)} expired on ${entry.expires}; renew it or remove it\n`,
    );
  }
  for (const entry of result.unusedEntries) {
    if (result.expiredEntries.includes(entry)) continue;
    context.stderr.write(
      `drift: allow-list ${allowFile}: the entry for ${describeEntry(entry)} matches no change; remove it\n`,
    );
  }
  return failing > 0 ? 1 : 0;
};
