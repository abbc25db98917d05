import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { planScaffold } from "../../ci/scaffold.js";
import { ToolError } from "../../shared/tool-error.js";
import type { Command } from "../context.js";
import { parseFlags } from "../flags.js";

const INIT_FLAGS = {
  dir: { type: "string" },
  force: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `usage: apifree-codegen init [--force] [--dir DIR]

Scaffold a repository (default: the current folder) for APIFree codegen in CI:
  apifree.config.ts                       snapshot and output folders
  package.json                            npm scripts "codegen" and "drift"
  .github/workflows/apifree-codegen.yml   nightly: sync, regenerate, one pull request
  .github/workflows/apifree-drift.yml     on pull requests: the drift check
  drift-allow.json                        accepted changes (only when there is none)

A file that exists and differs is skipped unless --force (drift-allow.json is
never overwritten). Running init again changes nothing.`;

function readIfPresent(file: string): string | undefined {
  try {
    return readFileSync(file, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new ToolError(`init: cannot read ${file}: ${(error as Error).message}`);
  }
}

export const initCommand: Command = async (argv, context) => {
  const flags = parseFlags("init", argv, INIT_FLAGS);
  if (flags.help === true) {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const root = path.resolve(flags.dir ?? ".");
  const plan = planScaffold((file) => readIfPresent(path.join(root, file)), flags.force === true);
  for (const file of plan) {
    if (file.content !== undefined) {
      const target = path.join(root, file.path);
      try {
        mkdirSync(path.dirname(target), { recursive: true });
        writeFileSync(target, file.content);
      } catch (error) {
        throw new ToolError(`init: cannot write ${target}: ${(error as Error).message}`);
      }
    }
    context.stdout.write(
      `init: ${file.outcome.padEnd(9)} ${file.path}${file.note === undefined ? "" : ` (${file.note})`}\n`,
    );
  }
  return 0;
};
