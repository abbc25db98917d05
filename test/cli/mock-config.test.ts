import { writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { tempDirs } from "../support/temp.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const temp = tempDirs("apifree-mock-config");
afterAll(() => temp.cleanup());

/** A port that was free a moment ago. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Run `mock` until it prints its listening line, then stop it; the line. */
async function listeningLine(argv: string[], cwd: string): Promise<{ code: number; line: string; stderr: string }> {
  const controller = new AbortController();
  let stdout = "";
  let stderr = "";
  const code = await main(["mock", ...argv], {
    stdout: {
      write: (text: string) => {
        stdout += text;
        if (stdout.includes("\n")) controller.abort();
        return true;
      },
    } as never,
    stderr: {
      write: (text: string) => {
        stderr += text;
        return true;
      },
    } as never,
    env: {},
    signal: controller.signal,
    cwd,
  });
  return { code, line: stdout.trim(), stderr };
}

describe("mock with a config file", () => {
  it("serves the config's snapshot on its host and port; --port wins over it", async () => {
    const cwd = await temp.make();
    const port = await freePort();
    await writeFile(
      path.join(cwd, "apifree.config.json"),
      JSON.stringify({ snapshot: path.join(ROOT, "snapshot"), mock: { host: "127.0.0.1", port, maxConcurrency: 2 } }),
    );
    const fromFile = await listeningLine([], cwd);
    expect(fromFile.stderr).toBe("");
    expect(fromFile).toMatchObject({ code: 0, line: `listening on http://127.0.0.1:${port}/v1` });

    const fromFlag = await listeningLine(["--port", "0"], cwd);
    expect(fromFlag.code).toBe(0);
    expect(fromFlag.line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(fromFlag.line).not.toBe(fromFile.line);
  });
});
