import { loadConfig } from "../config/load.js";
import { formatToolError, ToolError } from "../shared/tool-error.js";
import type { CliContext, Command } from "./context.js";
import { asksForHelp } from "./flags.js";
import { packageVersion } from "./version.js";

// Each command loads only its own stage, so `mock` never pays for the code generators.
const COMMANDS: Record<string, () => Promise<Command>> = {
  sync: async () => (await import("./commands/sync.js")).syncCommand,
  generate: async () => (await import("./commands/generate.js")).generateCommand,
  codegen: async () => (await import("./commands/codegen.js")).codegenCommand,
  drift: async () => (await import("./commands/drift.js")).driftCommand,
  mock: async () => (await import("./commands/mock.js")).mockCommand,
  init: async () => (await import("./commands/init.js")).initCommand,
  pr: async () => (await import("./commands/pr.js")).prCommand,
};

const USAGE = `usage: apifree-codegen <command> [flags]

commands:
  sync       fetch the catalog and every model's contract into a snapshot
  generate   emit types, validators and bindings from a snapshot
  codegen    sync, then generate
  drift      compare the live API (or --against a second snapshot) with the committed snapshot
  mock       serve a snapshot as an APIFree-compatible server on loopback
  init       scaffold this repository: config, npm scripts, CI workflows, allow-list
  pr         the codegen workflow's pull-request step (open, update, label or close)

Every command takes --help (its flags) and --version; flags come after the
command, and --config FILE (default: apifree.config.{ts,mts,js,mjs,json} in the
working directory) sets what the flags set. Flags win over the config file.`;

/** `--config FILE` (or `--config=FILE`), taken out of the command's flags: main loads it for every command. */
function takeConfigFlag(name: string, argv: readonly string[]): { file: string | undefined; rest: string[] } {
  const rest: string[] = [];
  let file: string | undefined;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    if (arg === "--") {
      rest.push(...argv.slice(index));
      break;
    }
    if (arg === "--config" || arg.startsWith("--config=")) {
      const value = arg === "--config" ? argv[++index] : arg.slice("--config=".length);
      if (value === undefined || value === "" || (arg === "--config" && value.startsWith("-")))
        throw new ToolError(`${name}: --config needs a file, e.g. --config apifree.config.ts`);
      file = value;
    } else rest.push(arg);
  }
  return { file, rest };
}

/** `--version` anywhere before a `--` answers instead of running the command. */
function asksForVersion(argv: readonly string[]): boolean {
  const end = argv.indexOf("--");
  return (end === -1 ? argv : argv.slice(0, end)).includes("--version");
}

export async function main(argv: string[], context: CliContext): Promise<number> {
  if (asksForVersion(argv)) {
    context.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const [name, ...rest] = argv;
  if (name === undefined || name === "--help" || name === "-h" || name === "help") {
    (name === undefined ? context.stderr : context.stdout).write(`${USAGE}\n`);
    return name === undefined ? 2 : 0;
  }
  const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (load === undefined) {
    context.stderr.write(`apifree-codegen: unknown command ${JSON.stringify(name)}\n\n${USAGE}\n`);
    return 2;
  }
  try {
    const { file, rest: flags } = takeConfigFlag(name, rest);
    // --help answers even when the config file is broken.
    const config = asksForHelp(flags) ? undefined : await loadConfig(context.cwd ?? process.cwd(), file);
    return await (await load())(flags, { ...context, config });
  } catch (error) {
    if (error instanceof ToolError) {
      context.stderr.write(`${formatToolError(error)}\n`);
      if (context.env.DEBUG && error.stack) context.stderr.write(`${error.stack}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`apifree-codegen ${name}: unexpected failure: ${message}\n`);
    if (context.env.DEBUG && error instanceof Error && error.stack) context.stderr.write(`${error.stack}\n`);
    return 2;
  }
}

/** Run as the process's command line: signals abort the context, the exit code is returned. */
export async function runProcess(argv: string[]): Promise<number> {
  const controller = new AbortController();
  const stop = () => controller.abort(new ToolError("interrupted"));
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    return await main(argv, {
      stdout: process.stdout,
      stderr: process.stderr,
      env: process.env,
      signal: controller.signal,
    });
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
  }
}
