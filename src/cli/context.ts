import type { LoadedConfig } from "../config/load.js";

/** What a command may touch of its process: injected so tests run commands in-process. */
export interface CliContext {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: Record<string, string | undefined>;
  /** Aborted when the process is asked to stop (SIGINT/SIGTERM). */
  signal: AbortSignal;
  /** Where a config file is looked for (default: process.cwd()). */
  cwd?: string | undefined;
  /** The config file, loaded by main before the command runs (none: an empty config). */
  config?: LoadedConfig | undefined;
}

export type Command = (argv: string[], context: CliContext) => Promise<number>;
