import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../support/cli.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const { version } = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")) as { version: string };

describe("apifree-codegen --version", () => {
  it("alone prints the package's version and exits 0", async () => {
    const result = await run(["--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it.each(["sync", "generate", "codegen", "drift", "mock"])("works after %s, without running it", async (command) => {
    // Other flags (even a bad one) do not matter: nothing runs.
    const result = await run([command, "--snapshot", "/nonexistent", "--version"]);
    expect(result).toEqual({ code: 0, stdout: `${version}\n`, stderr: "" });
  });

  it("is not taken from after `--`", async () => {
    const result = await run(["generate", "--", "--version"]);
    expect(result.code).toBe(2);
  });

  it("is named in the usage", async () => {
    expect((await run(["--help"])).stdout).toMatch(/--version/);
  });
});
