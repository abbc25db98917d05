import { spawn } from "node:child_process";
import { ENTRY } from "./built-dist.js";

export interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Run `apifree-codegen <argv>` (dist/, call ensureBuilt first) in a child process, in `cwd`. */
export function spawnCli(argv: string[], options: { cwd: string; env?: Record<string, string> }): Promise<ChildRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, ...argv], {
      cwd: options.cwd,
      env: { ...process.env, DEBUG: "", APIFREE_API_KEY: "", APIFREE_BASE_URL: "", ...options.env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
    child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
}
