import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { ToolError } from "../shared/tool-error.js";

const run = promisify(execFile);

// The identity of commits the workflow makes; GitHub shows them as made by its Actions bot.
const BOT = [
  "-c",
  "user.name=github-actions[bot]",
  "-c",
  "user.email=41898282+github-actions[bot]@users.noreply.github.com",
];

async function git(cwd: string, args: readonly string[]): Promise<string> {
  try {
    return (await run("git", [...BOT, ...args], { cwd, maxBuffer: 64 * 1024 * 1024 })).stdout;
  } catch (error) {
    const detail = ((error as { stderr?: string }).stderr ?? (error as Error).message).trim();
    throw new ToolError(`pr: git ${args[0]} failed: ${detail}`);
  }
}

/**
 * Commit `paths` (the regenerated snapshot and bindings) on `branch`, started
 * from the current commit, and force-push it: the branch always holds one
 * commit over the base, whatever earlier runs pushed.
 */
export async function pushRegenerated(options: {
  cwd: string;
  branch: string;
  paths: readonly string[];
  message: string;
  remote?: string;
}): Promise<void> {
  const { cwd, branch } = options;
  await git(cwd, ["checkout", "-B", branch]);
  await git(cwd, ["add", "--all", "--", ...options.paths]);
  await git(cwd, ["commit", "--quiet", "--allow-empty", "-m", options.message]);
  await git(cwd, ["push", "--force", "--quiet", options.remote ?? "origin", `HEAD:refs/heads/${branch}`]);
}
