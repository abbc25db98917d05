import { describe, expect, it } from "vitest";
import { runCli as run } from "../support/cli.js";

describe("apifree-codegen", () => {
  it.each(["sync", "generate", "codegen", "drift", "mock", "init", "pr"])(
    "%s --help prints its usage and exits 0",
    async (command) => {
      const result = await run([command, "--help"]);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(new RegExp(`^usage: apifree-codegen ${command}`));
    },
  );

  it("without a command prints the usage and exits 2", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^usage: apifree-codegen <command>/);
  });

  it("names an unknown command and exits 2", async () => {
    const result = await run(["synk"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/unknown command "synk"/);
  });

  it("turns a bad flag into one line and exit 2", async () => {
    const result = await run(["generate", "--outt", "x"]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split("\n")).toHaveLength(1);
    expect(result.stderr).toMatch(/generate: Unknown option '--outt'/);
  });
});
