import { readFile } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run } from "../support/cli.js";

/*
 * The README's table of `apifree-codegen` commands is the bin's: every
 * command listed there runs (its --help exits 0), and every command the bin
 * lists in its usage is in the table.
 */

const README = await readFile(path.resolve(import.meta.dirname, "../../README.md"), "utf8");

function tableCommands(): string[] {
  const start = README.indexOf("| `apifree-codegen …` |");
  expect(start).toBeGreaterThan(-1);
  const rows = README.slice(start).split("\n\n")[0]!.split("\n").slice(2);
  return rows.map((row) => /^\| `([a-z-]+)` \|/.exec(row)?.[1] ?? `unparsed row: ${row}`);
}

async function usageCommands(): Promise<string[]> {
  const usage = (await run(["--help"])).stdout;
  const section = usage.split("commands:\n")[1]!.split("\n\n")[0]!;
  return section.split("\n").map((line) => line.trim().split(/\s+/)[0]!);
}

describe("the README's command table", () => {
  it("lists exactly the commands of the bin's usage", async () => {
    expect(tableCommands().sort()).toEqual((await usageCommands()).sort());
  });

  it.each(tableCommands())("lists %s, which the bin runs", async (command) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(new RegExp(`^usage: apifree-codegen ${command}`));
  });

  it("does not list the repository's own scripts as bin commands", async () => {
    for (const script of ["make-catalog", "build-catalog"]) {
      expect(tableCommands()).not.toContain(script);
      expect((await run([script])).code).toBe(2);
    }
  });
});
