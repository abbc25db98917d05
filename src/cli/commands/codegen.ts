import { generatedTarget } from "../../codegen/generated-folder.js";
import { readyToReplace } from "../../shared/fs/replace-dir.js";
import { snapshotTarget } from "../../snapshot/folder-kind.js";
import { readSnapshot } from "../../snapshot/read.js";
import { DEFAULT_BASE_URL, DEFAULT_CONCURRENCY } from "../../sync/types.js";
import { bundledSnapshotDir } from "../bundled-snapshot.js";
import type { CliContext, Command } from "../context.js";
import { asksForHelp, parseFlags } from "../flags.js";
import {
  CONFIG_USAGE,
  concurrencyFrom,
  configOf,
  MODEL_FLAGS_USAGE,
  modelFilterFrom,
  timeoutFrom,
} from "../settings.js";
import { GENERATE_FLAGS, generateSettings, runGenerate } from "./generate.js";
import { API_KEY_ENV, apiKeyFrom, explicitBaseURL, runSync, SYNC_FLAGS } from "./sync.js";

const CODEGEN_FLAGS = { ...SYNC_FLAGS, ...GENERATE_FLAGS } as const;

/** Start the emulator in-process on the bundled catalog; says so in one line. */
async function startBundledEmulator(context: CliContext): Promise<{ url: string; close(): Promise<void> | void }> {
  const snapshot = await readSnapshot(bundledSnapshotDir());
  // Loaded only here: a sync against the real API never pays for the emulator.
  const { startEmulator } = await import("../../mock/index.js");
  const emulator = await startEmulator({ snapshot, port: 0 });
  context.stdout.write(
    `no ${API_KEY_ENV} and no --base-url: using the built-in emulator on the bundled catalog (${snapshot.models.length} models)\n`,
  );
  return emulator;
}

const CODEGEN_USAGE = `usage: apifree-codegen codegen [sync's flags] [generate's flags]

sync, then generate. With no APIFREE_API_KEY and no --base-url (nor
APIFREE_BASE_URL, nor baseURL in the config), it syncs from the built-in
emulator serving the bundled catalog, and says so.

  --base-url URL  --snapshot DIR  --concurrency N  --timeout SECONDS  --out DIR  --no-cache
  --openapi-types
${MODEL_FLAGS_USAGE}
${CONFIG_USAGE}

--timeout SECONDS is the deadline for each whole request sync makes (default 120).`;

export const codegenCommand: Command = async (argv, context) => {
  if (asksForHelp(argv)) {
    context.stdout.write(`${CODEGEN_USAGE}\n`);
    return 0;
  }
  const flags = parseFlags("codegen", argv, CODEGEN_FLAGS);
  const config = configOf(context);
  const modelFilter = modelFilterFrom(flags, config);
  const generating = generateSettings(flags, config, modelFilter);
  const { snapshotDir, outDir } = generating;
  const concurrency = concurrencyFrom("codegen", flags.concurrency, config, DEFAULT_CONCURRENCY);
  const deadlineMs = timeoutFrom("codegen", flags.timeout, config);
  const apiKey = apiKeyFrom(context.env);
  const baseURL = explicitBaseURL(flags["base-url"], context.env, config);
  // Both folders are checked before sync writes one of them.
  readyToReplace(snapshotTarget(snapshotDir, "--snapshot", [{ flag: "--out", dir: outDir }]));
  readyToReplace(generatedTarget(outDir, snapshotDir));

  const emulator = apiKey === undefined && baseURL === undefined ? await startBundledEmulator(context) : undefined;
  try {
    await runSync(
      {
        baseURL: emulator?.url ?? baseURL ?? DEFAULT_BASE_URL,
        snapshotDir,
        concurrency,
        deadlineMs,
        apiKey,
        modelFilter,
      },
      context,
    );
  } finally {
    await emulator?.close();
  }
  return runGenerate(generating, context);
};
