import { existsSync } from "node:fs";
import { startEmulator } from "../../mock/index.js";
import { ToolError } from "../../shared/tool-error.js";
import { bundledSnapshotDir } from "../bundled-snapshot.js";
import type { CliContext, Command } from "../context.js";
import { asksForHelp, parseFlags, portNumber, positiveInteger } from "../flags.js";
import { CONFIG_USAGE, configOf } from "../settings.js";

const USAGE = `usage: apifree-codegen mock [--snapshot DIR] [--host HOST] [--port N] [--max-concurrency N]
                            [--task-duration MS] [--max-tasks N] [--max-upload-bytes N]

Serve a snapshot as an APIFree-compatible server. Prints one line
"listening on http://HOST:PORT/v1" when ready; stops on SIGINT/SIGTERM.

  --snapshot DIR         snapshot folder to serve (default: snapshot, or the bundled
                         catalog when there is no snapshot/ here; says so on stderr)
  --host HOST            address to listen on (default: 127.0.0.1)
  --port N               port, 0 = any free port (default: 0)
  --max-concurrency N    chat requests in flight before max_concurrency_exceeded (default: unlimited)
  --task-duration MS     time a video task takes from queued to completed (default: 5000; the
                         request header x-apifree-mock-task-duration sets it per task)
  --max-tasks N          video tasks kept in memory, the oldest evicted first (default: 1000)
  --max-upload-bytes N   largest multipart/form-data video create body, else HTTP 413 (default: 67108864)
${CONFIG_USAGE}`;

/** A whole number from `min` up to a bound that any sane value stays under. */
function integerFlag(flag: string, value: string | undefined, min: number): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,12}$/.test(value) || Number(value) < min)
    throw new ToolError(`mock: --${flag} must be an integer >= ${min}, got ${JSON.stringify(value)}`);
  return Number(value);
}

function listenProblem(error: NodeJS.ErrnoException, host: string, port: number): string {
  const where = `${host}:${port}`;
  switch (error.code) {
    case "EADDRINUSE":
      return `mock: cannot listen on ${where}: the port is already in use (pick another with --port, or --port 0 for any free port)`;
    case "EACCES":
      return `mock: cannot listen on ${where}: permission denied (ports below 1024 need privileges)`;
    case "EADDRNOTAVAIL":
    case "ENOTFOUND":
      return `mock: cannot listen on ${where}: no such local address`;
    default:
      return `mock: cannot listen on ${where}: ${error.message}`;
  }
}

/**
 * The snapshot to serve: --snapshot as given; else ./snapshot; else, in a
 * project that has none (a user's, right after install), the catalog bundled
 * with the package, said on stderr so stdout keeps its one line.
 */
function snapshotToServe(flag: string | undefined, context: CliContext): string {
  if (flag !== undefined || existsSync("snapshot")) return flag ?? "snapshot";
  const bundled = bundledSnapshotDir();
  context.stderr.write(`mock: no snapshot/ here and no --snapshot: serving the bundled catalog (${bundled})\n`);
  return bundled;
}

export const mockCommand: Command = async (argv, context) => {
  if (asksForHelp(argv)) {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const flags = parseFlags("mock", argv, {
    snapshot: { type: "string" },
    host: { type: "string" },
    port: { type: "string" },
    "max-concurrency": { type: "string" },
    "task-duration": { type: "string" },
    "max-tasks": { type: "string" },
    "max-upload-bytes": { type: "string" },
    help: { type: "boolean", short: "h" },
  });
  const config = configOf(context);
  const host = flags.host ?? config.mock?.host ?? "127.0.0.1";
  if (host === "") throw new ToolError("mock: --host must not be empty");
  const port = flags.port === undefined ? (config.mock?.port ?? 0) : portNumber("mock", flags.port);
  const maxConcurrency =
    flags["max-concurrency"] === undefined
      ? config.mock?.maxConcurrency
      : positiveInteger("mock", "max-concurrency", flags["max-concurrency"], 1);
  const taskDurationMs = integerFlag("task-duration", flags["task-duration"], 0);
  const maxTasks = integerFlag("max-tasks", flags["max-tasks"], 1);
  const maxUploadBytes = integerFlag("max-upload-bytes", flags["max-upload-bytes"], 1);

  const snapshotDir = snapshotToServe(flags.snapshot ?? config.snapshot, context);
  let emulator: Awaited<ReturnType<typeof startEmulator>>;
  try {
    emulator = await startEmulator({
      snapshot: snapshotDir,
      host,
      port,
      recordRequests: false,
      ...(maxConcurrency === undefined ? {} : { maxConcurrency }),
      ...(taskDurationMs === undefined ? {} : { taskDurationMs }),
      ...(maxTasks === undefined ? {} : { maxTasks }),
      ...(maxUploadBytes === undefined ? {} : { maxUploadBytes }),
    });
  } catch (error) {
    if (error instanceof ToolError)
      throw new ToolError(`mock: cannot serve snapshot ${snapshotDir}: ${error.message}`, {
        problems: error.problems,
        cause: error,
      });
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === "string")
      throw new ToolError(listenProblem(error as NodeJS.ErrnoException, host, port), { cause: error });
    throw error;
  }
  context.stdout.write(`listening on ${emulator.url}\n`);
  if (!context.signal.aborted) {
    await new Promise<void>((resolve) => context.signal.addEventListener("abort", () => resolve(), { once: true }));
  }
  await emulator.close();
  return 0;
};
