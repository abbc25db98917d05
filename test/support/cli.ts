import { main } from "../../src/cli/main.js";

/** Run a command in-process, as `apifree-codegen <argv>` in `cwd` (where a config file is looked for), capturing its output. */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = {},
  signal: AbortSignal = new AbortController().signal,
  cwd?: string,
) {
  let stdout = "";
  let stderr = "";
  const code = await main(argv, {
    stdout: {
      write: (text: string) => {
        stdout += text;
        return true;
      },
    } as never,
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    } as never,
    env,
    signal,
    cwd,
  });
  return { code, stdout, stderr };
}
