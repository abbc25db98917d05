import path from "node:path";
import { type ParseArgsConfig, parseArgs } from "node:util";
import { readyToReplace } from "../../src/shared/fs/replace-dir.js";
import { formatToolError, ToolError } from "../../src/shared/tool-error.js";
import { snapshotTarget } from "../../src/snapshot/folder-kind.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { bundledCatalog } from "./bundled.js";
import { DEFAULT_SYNTHETIC_SEED, MAX_SYNTHETIC_MODELS, syntheticCatalog } from "./synthetic.js";

/*
 * The logic behind scripts/build-catalog.js and scripts/make-catalog.js,
 * here so it is typed and testable; the scripts only call these.
 */

export interface ScriptIo {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const BUILD_USAGE = "usage: node scripts/build-catalog.js [--out DIR]   (default: snapshot)";
const MAKE_USAGE = `usage: npm run make-catalog -- --models N --out DIR [--seed S]   (N from 1 to ${MAX_SYNTHETIC_MODELS}, default seed ${DEFAULT_SYNTHETIC_SEED})`;

/** The folder rule of sync and generate (src/shared/fs/folder-guard.ts): only an absent or empty folder, or a snapshot. */
async function write(command: string, dir: string, build: () => Snapshot, io: ScriptIo, what: string): Promise<void> {
  let models: number;
  try {
    // Checked before the catalog is built, and again as it is written.
    readyToReplace(snapshotTarget(dir, "--out"));
    const snapshot = build();
    await writeSnapshot(dir, snapshot, "--out");
    models = snapshot.models.length;
  } catch (error) {
    const message = error instanceof ToolError ? error.message : `cannot write ${dir}: ${(error as Error).message}`;
    throw new ToolError(`${command}: ${message}`, { cause: error });
  }
  io.stdout.write(`${command}: wrote ${models} models (${what}) to ${path.resolve(dir)}\n`);
}

/** node:util's parseArgs, its mistakes turned into usage errors (exit 2). */
function parseFlags<T extends NonNullable<ParseArgsConfig["options"]>>(command: string, argv: string[], options: T) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ToolError(`${command}: ${(error as Error).message.replace(/\s*\n\s*/g, " ")}`);
  }
}

function modelCount(value: string): number {
  if (!/^[1-9]\d{0,6}$/.test(value)) {
    throw new ToolError(
      `make-catalog: --models must be a positive integer, got ${JSON.stringify(value)}. ${MAKE_USAGE}`,
    );
  }
  return Number(value);
}

async function run(io: ScriptIo, body: () => Promise<void>): Promise<number> {
  try {
    await body();
    return 0;
  } catch (error) {
    if (error instanceof ToolError) {
      io.stderr.write(`${formatToolError(error)}\n`);
      return error.exitCode;
    }
    io.stderr.write(`unexpected failure: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}

export function buildCatalogScript(argv: string[], io: ScriptIo): Promise<number> {
  return run(io, async () => {
    const flags = parseFlags("build-catalog", argv, { out: { type: "string" }, help: { type: "boolean" } });
    if (flags.help === true) {
      io.stdout.write(`${BUILD_USAGE}\n`);
      return;
    }
    if (flags.out === "") throw new ToolError(`build-catalog: --out needs a directory. ${BUILD_USAGE}`);
    await write("build-catalog", flags.out ?? "snapshot", bundledCatalog, io, "bundled catalog");
  });
}

function seedFlag(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SYNTHETIC_SEED;
  if (!/^\d{1,10}$/.test(value) || Number(value) > 0xffffffff) {
    throw new ToolError(
      `make-catalog: --seed must be an integer from 0 to 4294967295, got ${JSON.stringify(value)}. ${MAKE_USAGE}`,
    );
  }
  return Number(value);
}

export function makeCatalogScript(argv: string[], io: ScriptIo): Promise<number> {
  return run(io, async () => {
    const flags = parseFlags("make-catalog", argv, {
      models: { type: "string" },
      out: { type: "string" },
      seed: { type: "string" },
      help: { type: "boolean" },
    });
    if (flags.help === true) {
      io.stdout.write(`${MAKE_USAGE}\n`);
      return;
    }
    if (flags.models === undefined) throw new ToolError(`make-catalog: --models is required. ${MAKE_USAGE}`);
    if (flags.out === undefined || flags.out === "")
      throw new ToolError(`make-catalog: --out is required. ${MAKE_USAGE}`);
    const models = modelCount(flags.models);
    if (models > MAX_SYNTHETIC_MODELS)
      throw new ToolError(`make-catalog: --models must be at most ${MAX_SYNTHETIC_MODELS}, got ${models}`);
    const seed = seedFlag(flags.seed);
    await write("make-catalog", flags.out, () => syntheticCatalog({ models, seed }), io, `synthetic, seed ${seed}`);
  });
}
