import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/codegen/generate.js";
import { type Emulator, startEmulator } from "../../../src/mock/index.js";
import { assertReplaceable } from "../../../src/shared/fs/folder-guard.js";
import { ToolError } from "../../../src/shared/tool-error.js";
import { snapshotTarget } from "../../../src/snapshot/folder-kind.js";
import { readSnapshot } from "../../../src/snapshot/read.js";
import { writeSnapshot } from "../../../src/snapshot/write.js";
import { ensureBuilt, ROOT } from "../../support/built-dist.js";
import { runCli } from "../../support/cli.js";
import { type ChildRun, spawnCli } from "../../support/spawn-cli.js";
import { tempDirs } from "../../support/temp.js";
import { smallSnapshot } from "../../sync/support.js";

/*
 * --out and --snapshot replace a folder only when it is absent, empty or one
 * this tool wrote, of the same kind; some folders never. Refusals are exit 2,
 * one paragraph naming the folder, and nothing anywhere is touched. Anything
 * that could replace the working directory runs in a child process whose
 * working directory is a throwaway project.
 */

const temp = tempDirs("apifree-folders");
let live: Emulator;
beforeAll(async () => {
  await ensureBuilt();
  live = await startEmulator({ snapshot: smallSnapshot(["acme/alpha"]), port: 0 });
}, 120_000);
afterAll(async () => {
  await live.close();
  await temp.cleanup();
});

/** Every entry under `dir` with its content (files) or kind, so any change shows. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = entry.isFile() ? readFileSync(full, "utf8") : entry.isDirectory() ? "dir" : "other";
  }
  return out;
}

/** A user's project: a repository with sources, a committed snapshot and a generated tree. */
async function project(): Promise<{ root: string; cwd: string }> {
  const root = await temp.make();
  const cwd = path.join(root, "project");
  mkdirSync(path.join(cwd, ".git"), { recursive: true });
  writeFileSync(path.join(cwd, ".git", "HEAD"), "ref: refs/heads/main\n");
  writeFileSync(path.join(cwd, "package.json"), '{"name":"app"}\n');
  mkdirSync(path.join(cwd, "src"));
  writeFileSync(path.join(cwd, "src", "app.ts"), "export const precious = 1;\n");
  await writeSnapshot(path.join(cwd, "snapshot"), smallSnapshot(["acme/alpha"]));
  await generate({
    snapshotDir: path.join(cwd, "snapshot"),
    outDir: path.join(cwd, "generated"),
    cacheDir: undefined,
  });
  return { root, cwd };
}

function expectRefusal(run: ChildRun, ...fragments: RegExp[]): void {
  expect(run.code, run.stderr).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
  expect(run.stderr).toMatch(/^refusing to replace /);
  expect(run.stderr).not.toMatch(/unexpected failure|EBUSY|\n\s+at /);
  for (const fragment of fragments) expect(run.stderr).toMatch(fragment);
}

/** sync and codegen talk to the test server (were they to get that far); generate takes no --base-url. */
function withServer(argv: string[]): string[] {
  return argv[0] === "generate" ? argv : [...argv, "--base-url", live.url];
}

const swapLeftover = /^\..*(tmp|new|old)-\d+-[0-9a-f]{8}$/;

describe("folders that are never replaced", () => {
  let root: string;
  let cwd: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    ({ root, cwd } = await project());
    before = tree(root);
  }, 120_000);

  it.each([
    [["generate", "--out", "."], /--out \. \(.*project\): it is the working directory/],
    [["generate", "--out", "<cwd>"], /it is the working directory/],
    [["generate", "--out", ".."], /it contains the working directory/],
    [["generate", "--out", "src/.."], /it is the working directory/],
    [["generate", "--out", "snapshot"], /it is the same folder as --snapshot snapshot/],
    [["generate", "--out", "snapshot/models"], /it lies inside --snapshot snapshot/],
    [["generate", "--snapshot", "generated/snapshot", "--out", "generated"], /it contains --snapshot/],
    [["sync", "--snapshot", "."], /--snapshot \. .*it is the working directory/],
    [["sync", "--snapshot", ".."], /it contains the working directory/],
    [["codegen", "--out", "snapshot"], /--snapshot snapshot.*it is the same folder as --out snapshot/],
    [["codegen", "--snapshot", "generated/s", "--out", "generated"], /it lies inside --out generated/],
  ])("%j: exit 2, one paragraph, nothing touched", async (argv, message) => {
    const run = await spawnCli(withServer(argv.map((arg) => (arg === "<cwd>" ? cwd : arg))), { cwd });
    expectRefusal(run, message);
    expect(tree(root)).toEqual(before);
  });

  it("generate --out / and sync --snapshot / leave nothing behind, in / or anywhere", async () => {
    const rootBefore = new Set(readdirSync("/"));
    for (const argv of [
      ["generate", "--out", "/"],
      ["sync", "--snapshot", "/", "--base-url", live.url],
    ]) {
      const run = await spawnCli(argv, { cwd });
      expectRefusal(run, /it is the root of the file system/);
    }
    expect(readdirSync("/").filter((name) => !rootBefore.has(name) && swapLeftover.test(name))).toEqual([]);
    expect(tree(root)).toEqual(before);
  });

  it("build-catalog --out . is refused the same way", async () => {
    const { spawn } = await import("node:child_process");
    const child = spawn(process.execPath, [path.join(ROOT, "scripts", "build-catalog.js"), "--out", "."], { cwd });
    let stderr = "";
    child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
    const code = await new Promise((resolve) => child.on("close", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^build-catalog: refusing to replace --out \. .*it is the working directory/);
    expect(tree(root)).toEqual(before);
  });
});

describe("folders that are not ours", () => {
  let root: string;
  let cwd: string;
  let before: Record<string, string>;
  beforeAll(async () => {
    ({ root, cwd } = await project());
    writeFileSync(path.join(cwd, "notes.txt"), "not a folder\n");
    symlinkSync(path.join(cwd, "generated"), path.join(cwd, "linked"));
    before = tree(root);
  }, 120_000);

  it.each([
    [["generate", "--out", "src"], /--out src \(.*\): it is not empty and does not hold a generated tree/],
    [["generate", "--out", "notes.txt"], /it exists and is not a folder/],
    [["generate", "--out", "linked"], /it is a symbolic link/],
    [["sync", "--snapshot", "src"], /--snapshot src .*does not hold a snapshot/],
    [["sync", "--snapshot", "generated"], /does not hold a snapshot/],
    [["generate", "--snapshot", "generated", "--out", "snapshot"], /does not hold a generated tree/],
    [["codegen", "--out", "src"], /--out src/],
  ])("%j: exit 2, the folder named, nothing touched", async (argv, message) => {
    const run = await spawnCli(withServer(argv), { cwd });
    expectRefusal(
      run,
      message,
      /Remove it yourself if it may go, or choose another folder\.|Name the folder it points to/,
    );
    expect(tree(root)).toEqual(before);
  });

  it("sync refuses before it fetches anything", async () => {
    const requests = live.requests.length;
    const run = await runCli(["sync", "--base-url", live.url, "--snapshot", path.join(cwd, "src")]);
    expect(run.code).toBe(2);
    expect(live.requests.length).toBe(requests);
    expect(tree(root)).toEqual(before);
  });
});

describe("folders that are ours", () => {
  it("an absent, an empty, a marked and a pre-marker generated tree are replaced", async () => {
    const { cwd } = await project();
    const snapshot = path.join(cwd, "snapshot");
    mkdirSync(path.join(cwd, "empty"));
    for (const out of ["absent/deeper", "empty", "generated"]) {
      const run = await runCli(["generate", "--snapshot", snapshot, "--out", path.join(cwd, out), "--no-cache"]);
      expect(run.code, run.stderr).toBe(0);
      expect(readFileSync(path.join(cwd, out, ".apifree-typed.json"), "utf8")).toBe(
        '{\n  "kind": "generated",\n  "tool": "apifree-typed"\n}\n',
      );
    }
    // A tree generated before the marker existed: recognised by index.ts's banner.
    unlinkSync(path.join(cwd, "generated", ".apifree-typed.json"));
    writeFileSync(path.join(cwd, "generated", "stale.ts"), "// left by an older catalog\n");
    const run = await runCli(["generate", "--snapshot", snapshot, "--out", path.join(cwd, "generated")]);
    expect(run.code, run.stderr).toBe(0);
    expect(readdirSync(path.join(cwd, "generated"))).not.toContain("stale.ts");
  });

  it("a snapshot is replaced, and so is one whose manifest no longer parses (a merge conflict)", async () => {
    const { cwd } = await project();
    const snapshot = path.join(cwd, "snapshot");
    const manifest = path.join(snapshot, "manifest.json");
    writeFileSync(manifest, `<<<<<<< HEAD\n${readFileSync(manifest, "utf8")}=======\n>>>>>>> theirs\n`);
    const run = await runCli(["sync", "--base-url", live.url, "--snapshot", snapshot]);
    expect(run.code, run.stderr).toBe(0);
    expect((await readSnapshot(snapshot)).models.map((model) => model.id)).toEqual(["acme/alpha"]);
  });
});

describe("assertReplaceable", () => {
  it("resolves symbolic links before comparing folders", async () => {
    const root = await temp.make();
    const work = path.join(root, "work");
    mkdirSync(work);
    symlinkSync(work, path.join(root, "alias"));
    symlinkSync(root, path.join(work, "up"));
    const refusal = (dir: string) => () => assertReplaceable(snapshotTarget(dir), work);
    expect(refusal(path.join(root, "alias"))).toThrow(ToolError);
    expect(refusal(path.join(root, "alias"))).toThrow(/alias \(.*\): it is the working directory/);
    expect(refusal(path.join(work, "up"))).toThrow(/it contains the working directory/);
    expect(refusal(path.join(root, "alias", "sub"))).not.toThrow();
    expect(statSync(work).isDirectory()).toBe(true);
  });
});
