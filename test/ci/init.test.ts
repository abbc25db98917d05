import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { parseAllowList } from "../../src/drift/allow-list.js";
import { runCli } from "../support/cli.js";
import { readTree, tempDirs } from "../support/temp.js";

/* `apifree-codegen init` in a temporary repository: what it writes, what it never overwrites, and that it is idempotent. */

const ROOT = path.resolve(import.meta.dirname, "../..");
const temps = tempDirs("apifree-init");
afterEach(() => temps.cleanup());

const CONFIG = `import { defineConfig } from "apifree-codegen";\n\nexport default defineConfig({ snapshot: "snapshot", out: "generated" });\n`;

async function repo(packageJson: unknown | null = { name: "app", private: true, scripts: { test: "vitest" } }) {
  const dir = await temps.make();
  if (packageJson !== null) await writeFile(path.join(dir, "package.json"), JSON.stringify(packageJson, null, 4));
  return dir;
}

const init = (dir: string, ...args: string[]) => runCli(["init", "--dir", dir, ...args]);
const template = (name: string) => readFile(path.join(ROOT, "templates", "workflows", name), "utf8");

describe("apifree-codegen init", () => {
  it("writes the config, the npm scripts, both workflows and an empty allow-list, and says so", async () => {
    const dir = await repo();
    const run = await init(dir);
    expect(run).toEqual({
      code: 0,
      stderr: "",
      stdout: [
        "init: wrote     apifree.config.ts",
        'init: updated   package.json (scripts "codegen", "drift")',
        "init: wrote     .github/workflows/apifree-codegen.yml",
        "init: wrote     .github/workflows/apifree-drift.yml",
        "init: wrote     drift-allow.json",
        "",
      ].join("\n"),
    });
    const tree = await readTree(dir);
    expect([...tree.keys()].sort()).toEqual([
      ".github/workflows/apifree-codegen.yml",
      ".github/workflows/apifree-drift.yml",
      "apifree.config.ts",
      "drift-allow.json",
      "package.json",
    ]);
    expect(tree.get("apifree.config.ts")).toBe(CONFIG);
    expect(tree.get(".github/workflows/apifree-codegen.yml")).toBe(await template("apifree-codegen.yml"));
    expect(tree.get(".github/workflows/apifree-drift.yml")).toBe(await template("apifree-drift.yml"));
    // The user's own keys, order and indentation stay.
    expect(tree.get("package.json")).toBe(
      `${JSON.stringify({ name: "app", private: true, scripts: { test: "vitest", codegen: "apifree-codegen codegen", drift: "apifree-codegen drift" } }, null, 4)}\n`,
    );
    // The allow-list is one drift reads.
    expect(parseAllowList(tree.get("drift-allow.json")!, "drift-allow.json").entries).toEqual([]);
  });

  it("a second run changes nothing and says so", async () => {
    const dir = await repo();
    await init(dir);
    const before = await readTree(dir);
    const again = await init(dir);
    expect(again.code).toBe(0);
    expect(
      again.stdout
        .split("\n")
        .filter(Boolean)
        .every((line) => line.startsWith("init: unchanged ")),
    ).toBe(true);
    expect(await readTree(dir)).toEqual(before);
  });

  it("never overwrites a file that differs without --force, and never the allow-list", async () => {
    const dir = await repo({ name: "app", scripts: { drift: "my-own-drift" } });
    await mkdir(path.join(dir, ".github", "workflows"), { recursive: true });
    await writeFile(path.join(dir, ".github", "workflows", "apifree-drift.yml"), "name: mine\n");
    await writeFile(path.join(dir, "apifree.config.ts"), "export default {};\n");
    const allow = '{"accepted":[{"model":"m","rule":"model-removed","pointer":"","reason":"gone"}]}';
    await writeFile(path.join(dir, "drift-allow.json"), allow);

    const run = await init(dir);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("init: skipped   apifree.config.ts (exists and differs; --force overwrites it)");
    expect(run.stdout).toContain(
      'init: updated   package.json (scripts "codegen"; "drift" already defined differently: kept; --force replaces)',
    );
    expect(run.stdout).toContain("init: skipped   .github/workflows/apifree-drift.yml");
    expect(run.stdout).toContain("init: wrote     .github/workflows/apifree-codegen.yml");
    expect(run.stdout).toContain("init: unchanged drift-allow.json (kept: it holds your accepted changes)");
    expect(await readFile(path.join(dir, "apifree.config.ts"), "utf8")).toBe("export default {};\n");
    expect(await readFile(path.join(dir, ".github", "workflows", "apifree-drift.yml"), "utf8")).toBe("name: mine\n");
    expect(JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")).scripts.drift).toBe("my-own-drift");

    const forced = await init(dir, "--force");
    expect(forced.stdout).toContain("init: overwrote apifree.config.ts");
    expect(forced.stdout).toContain("init: overwrote .github/workflows/apifree-drift.yml");
    expect(await readFile(path.join(dir, "apifree.config.ts"), "utf8")).toBe(CONFIG);
    expect(JSON.parse(await readFile(path.join(dir, "package.json"), "utf8")).scripts.drift).toBe(
      "apifree-codegen drift",
    );
    expect(await readFile(path.join(dir, "drift-allow.json"), "utf8")).toBe(allow);
  });

  it("without a package.json it writes the rest and says how to add the scripts; a broken one is exit 2 with nothing written", async () => {
    const bare = await repo(null);
    const run = await init(bare);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      "init: skipped   package.json (no package.json here: run `npm init` first, then init again)",
    );
    expect([...(await readTree(bare)).keys()]).toContain("apifree.config.ts");

    const broken = await repo(null);
    await writeFile(path.join(broken, "package.json"), "{ nope");
    const failed = await init(broken);
    expect(failed.code).toBe(2);
    expect(failed.stderr).toContain("init: package.json is not valid JSON");
    expect([...(await readTree(broken)).keys()]).toEqual(["package.json"]);
  });
});
