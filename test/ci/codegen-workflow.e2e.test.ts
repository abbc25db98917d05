import { type ChildProcess, execFile, spawn } from "node:child_process";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { Snapshot } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { ENTRY, ensureBuilt, ROOT } from "../support/built-dist.js";
import { type FakeGitHub, startFakeGitHub } from "../support/fake-github.js";
import { isOffline, npm, packBoth } from "../support/packed.js";
import { tempDirs } from "../support/temp.js";

/*
 * The issue's "done when": in a fresh git repository, `init`, then the
 * codegen workflow that init wrote, run step by step as GitHub would run its
 * shell steps (the same YAML, the same `npx apifree-codegen` commands),
 * against the emulator and a fake GitHub API. Once with nothing moved (no
 * pull request), then after the emulator's catalog lost a model (one open
 * pull request, labelled breaking, its body naming the model and the rule),
 * then once more (still one, updated).
 *
 * The steps `uses:` (checkout, setup-node) and `npm ci` are what the fixture
 * does itself: both packages are packed and installed into the repository
 * from their tarballs, as a user installs them. Without a registry (npm
 * cannot install zod or the generator's tools) the test skips and says so.
 */

const REPOSITORY = "acme/app";
const TOKEN = "ghs_codegen-e2e";
const REMOVED = "x-ai/grok-3-mini";
const MODELS = ["gpt-5-mini", "openai/gpt-4.1", REMOVED];
const run = promisify(execFile);
const temps = tempDirs("apifree-codegen-e2e");

let work: string;
let repo: string;
let remote: string;
let github: FakeGitHub;
let emulator: { child: ChildProcess; url: string } | undefined;
let unavailable: string | undefined;

/** `node scripts/apifree-codegen.js mock --snapshot DIR`, up once it prints its URL. */
function startMock(snapshotDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [ENTRY, "mock", "--snapshot", snapshotDir], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout!.on("data", (data: Buffer) => {
      out += data.toString();
      const match = /listening on (http:\/\/\S+\/v1)/.exec(out);
      if (match) resolve({ child, url: match[1]! });
    });
    child.stderr!.on("data", (data: Buffer) => (out += data.toString()));
    child.on("exit", (code) => reject(new Error(`mock exited with ${code}: ${out}`)));
  });
}

async function stopMock(): Promise<void> {
  if (emulator === undefined) return;
  const { child } = emulator;
  emulator = undefined;
  child.removeAllListeners("exit");
  await new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
  });
}

async function git(args: string[], cwd = repo): Promise<string> {
  return (await run("git", args, { cwd })).stdout;
}

function shell(script: string, env: Record<string, string>): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("bash", ["--noprofile", "--norc", "-eo", "pipefail", "-c", script], { cwd: repo, env });
    let output = "";
    child.stdout.on("data", (data: Buffer) => (output += data.toString()));
    child.stderr.on("data", (data: Buffer) => (output += data.toString()));
    child.on("close", (code) => resolve({ code: code ?? -1, output }));
  });
}

const EXPRESSIONS: Record<string, string> = {
  "${{ secrets.APIFREE_API_KEY }}": "test-key",
  "${{ github.token }}": TOKEN,
};

function resolveEnv(env: Record<string, string> | undefined): Record<string, string> {
  const resolved: Record<string, string> = {};
  for (const [name, value] of Object.entries(env ?? {})) {
    const text = String(value);
    if (text.includes("${{") && EXPRESSIONS[text] === undefined) throw new Error(`no value for ${text} in ${name}`);
    resolved[name] = EXPRESSIONS[text] ?? text;
  }
  return resolved;
}

/** One run of the codegen job, as a fresh runner: checkout of main, a new RUNNER_TEMP, each shell step in order. */
async function runCodegenJob(): Promise<string> {
  await git(["checkout", "-q", "-f", "main"]);
  await git(["clean", "-q", "-fd"]);
  const workflow = parse(await readFile(path.join(repo, ".github", "workflows", "apifree-codegen.yml"), "utf8"));
  const job = workflow.jobs.codegen;
  const runnerTemp = await temps.make();
  const summary = path.join(runnerTemp, "summary.md");
  const base: Record<string, string> = {
    PATH: process.env.PATH ?? "",
    HOME: process.env.HOME ?? runnerTemp,
    RUNNER_TEMP: runnerTemp,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_API_URL: github.url,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_REF_NAME: "main",
    // The runner's default is the real API; here the emulator stands in for it.
    APIFREE_BASE_URL: emulator!.url,
    npm_config_offline: "true",
    npm_config_update_notifier: "false",
  };
  let log = "";
  for (const step of job.steps as Array<{ uses?: string; run?: string; name?: string; env?: Record<string, string> }>) {
    if (step.uses !== undefined) {
      expect(step.uses).toMatch(/^actions\/(checkout|setup-node)@v4$/);
      continue;
    }
    if (step.run === "npm ci") continue;
    const env = { ...base, ...resolveEnv(workflow.env), ...resolveEnv(job.env), ...resolveEnv(step.env) };
    const result = await shell(step.run!, env);
    log += `--- ${step.name ?? step.run}\n${result.output}`;
    if (result.code !== 0) throw new Error(`step "${step.name ?? step.run}" exited ${result.code}:\n${log}`);
  }
  return log;
}

async function servedCatalog(dir: string, keep: (id: string) => boolean): Promise<string> {
  const bundled = await readSnapshot(path.join(ROOT, "snapshot"));
  const ids = MODELS.filter(keep);
  const snapshot: Snapshot = {
    catalog: { ...bundled.catalog, data: bundled.catalog.data.filter((entry) => ids.includes(entry.id)) },
    models: bundled.models
      .filter((model) => ids.includes(model.id))
      .map((model) => ({ id: model.id, document: model.document, apiMd: model.apiMd })),
  };
  await writeSnapshot(dir, snapshot);
  return dir;
}

beforeAll(async () => {
  await ensureBuilt();
  work = await temps.make();
  repo = path.join(work, "app");
  remote = path.join(work, "remote.git");
  await mkdir(repo);
  await git(["init", "-q", "--bare", remote], work);
  await git(["init", "-q", "-b", "main"]);
  await git(["remote", "add", "origin", remote]);
  await writeFile(path.join(repo, "package.json"), `${JSON.stringify({ name: "app", private: true }, null, 2)}\n`);
  await writeFile(path.join(repo, ".gitignore"), "node_modules/\n");
  github = await startFakeGitHub({ repository: REPOSITORY, token: TOKEN });
  // The user's install, from the packed packages: the runtime and zod, the generator as a dev dependency.
  const { runtime, codegen } = await packBoth(await temps.make());
  try {
    await npm(["install", "--prefer-offline", runtime.file, "zod@^4"], repo);
    await npm(["install", "--prefer-offline", "--save-dev", codegen.file], repo);
  } catch (error) {
    if (!isOffline(error)) throw error;
    unavailable = `npm cannot install from a registry here; skipped (${(error as Error).message.split("\n")[0]})`;
    return;
  }
}, 300_000);

afterAll(async () => {
  await stopMock();
  await github?.close();
  await temps.cleanup();
});

describe("the codegen workflow written by init, end to end", () => {
  it("no change: no pull request; a breaking change: one open pull request labelled breaking; again: still one", async (context) => {
    if (unavailable !== undefined) context.skip(unavailable);
    const same = await servedCatalog(path.join(work, "served-same"), () => true);
    const moved = await servedCatalog(path.join(work, "served-moved"), (id) => id !== REMOVED);
    emulator = await startMock(same);

    // The user's side: init, a first codegen, committed and pushed.
    const base = { ...process.env, APIFREE_API_KEY: "", APIFREE_BASE_URL: emulator.url, DEBUG: "" };
    const init = await shell("npx apifree-codegen init", base as Record<string, string>);
    expect(init.output).toContain("init: wrote     .github/workflows/apifree-codegen.yml");
    const first = await shell("npm run --silent codegen", base as Record<string, string>);
    expect(first.code, first.output).toBe(0);
    await git(["add", "--all"]);
    await git(["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "codegen"]);
    await git(["push", "-q", "origin", "main"]);

    // Nothing moved.
    const quiet = await runCodegenJob();
    expect(github.pulls).toEqual([]);
    expect(github.calls.map((call) => call.method)).toEqual(["GET"]);
    expect(quiet).toContain("pr: nothing moved");
    // Regenerating an unchanged catalog leaves the committed tree as it is.
    expect(await git(["status", "--porcelain"])).toBe("");
    expect(await git(["ls-remote", "--heads", "origin"])).not.toContain("apifree/codegen");

    // The emulator's catalog loses a model.
    await stopMock();
    emulator = await startMock(moved);
    const loud = await runCodegenJob();
    expect(loud).toContain("pr: opened #1");
    expect(github.pulls).toHaveLength(1);
    const pull = github.pulls[0]!;
    expect(pull).toMatchObject({
      state: "open",
      head: "apifree/codegen",
      base: "main",
      title: "APIFree contracts: 1 model changed (breaking)",
      labels: ["breaking"],
    });
    expect(pull.body).toContain("## APIFree drift report");
    expect(pull.body).toContain(REMOVED);
    expect(pull.body).toContain("model-removed");
    // The branch holds the new snapshot and bindings: the removed model is gone from both.
    const files = await git(["ls-tree", "-r", "--name-only", "apifree/codegen"], remote);
    expect(files).toContain("snapshot/models.json");
    expect(files).not.toContain("x-ai--grok-3-mini");
    const committedFiles = await git(["ls-tree", "-r", "--name-only", "main"], remote);
    expect(committedFiles).toContain("x-ai--grok-3-mini");

    // The next night: the same pull request, updated, still the only one.
    await runCodegenJob();
    expect(github.pulls).toHaveLength(1);
    expect(github.pulls[0]).toMatchObject({ state: "open", labels: ["breaking"] });
  }, 600_000);
});
