import { formatToolError, ToolError } from "../shared/tool-error.js";
import type { CliContext, Command } from "./context.js";

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

Run a command with --help for its flags.`;

export async function main(argv: string[], context: CliContext): Promise<number> {
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
    return await (await load())(rest, context);
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
