import { execFile } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { GitHubClient } from "../../src/ci/github-client.js";
import { runPullRequestJob } from "../../src/ci/run-pr.js";
import { buildReport } from "../../src/drift/report.js";
import type { ReportedChange } from "../../src/drift/types.js";
import { runCli } from "../support/cli.js";
import { type FakeGitHub, type FakePull, startFakeGitHub } from "../support/fake-github.js";
import { tempDirs } from "../support/temp.js";

/*
 * The codegen workflow's pull-request step against a fake GitHub API: the
 * calls it makes and the state it leaves, run after run. The git side is
 * stubbed here (test/ci/codegen-workflow.e2e.test.ts runs it for real).
 */

const run = promisify(execFile);
const REPO = "acme/app";
const TOKEN = "ghs_secret-token-value";
const temps = tempDirs("apifree-pr");
let fake: FakeGitHub | undefined;

afterEach(async () => {
  await fake?.close();
  fake = undefined;
  await temps.cleanup();
});

const breaking: ReportedChange = {
  model: "gpt-5-mini",
  operation: "chat.completions",
  location: "request",
  pointer: "/properties/reasoning_effort/enum",
  rule: "request-property-enum-value-removed",
  severity: "breaking",
  message: 'enum value "minimal" removed',
};
const harmless: ReportedChange = { ...breaking, rule: "request-property-enum-value-added", severity: "non-breaking" };

async function start(pulls: FakePull[] = []) {
  fake = await startFakeGitHub({ repository: REPO, token: TOKEN, pulls });
  return fake;
}

function pull(number: number, head: string, labels: string[] = [], state: "open" | "closed" = "open"): FakePull {
  return { number, state, title: "old", body: "old", head, base: "main", labels, comments: [] };
}

async function job(server: FakeGitHub, changes: ReportedChange[], pushes: string[][] = []) {
  return runPullRequestJob({
    github: new GitHubClient({ apiURL: server.url, token: TOKEN, repository: REPO }),
    report: buildReport(changes, [], []),
    markdown: `## APIFree drift report\n\nrule ${changes.map((c) => c.rule).join(", ")}\n`,
    cwd: "/nowhere",
    branch: "apifree/codegen",
    paths: ["snapshot", "generated"],
    push: async (options) => {
      pushes.push([options.branch, ...options.paths]);
    },
  });
}

const open = (server: FakeGitHub) => server.pulls.filter((p) => p.state === "open");

describe("the pull-request step against a fake GitHub API", () => {
  it("nothing moved and nothing open: no push, no pull request, one read", async () => {
    const server = await start();
    const pushes: string[][] = [];
    const { log } = await job(server, [], pushes);
    expect(pushes).toEqual([]);
    expect(server.calls.map((c) => `${c.method} ${c.path}`)).toEqual([
      "GET /repos/acme/app/pulls?state=open&head=acme%3Aapifree%2Fcodegen&per_page=100",
    ]);
    expect(server.calls[0]!.authorization).toBe(`Bearer ${TOKEN}`);
    expect(log).toEqual(["nothing moved: no pull request to open or close"]);
  });

  it("drift opens one labelled pull request; the next run updates it; a harmless run drops the label; no drift closes it", async () => {
    const server = await start([pull(1, "someone-else", ["breaking"])]);
    const pushes: string[][] = [];

    await job(server, [breaking], pushes);
    expect(pushes).toEqual([["apifree/codegen", "snapshot", "generated"]]);
    expect(open(server)).toHaveLength(2);
    const mine = server.pulls.find((p) => p.head === "apifree/codegen")!;
    expect(mine).toMatchObject({
      number: 2,
      base: "main",
      title: "APIFree contracts: 1 model changed (breaking)",
      labels: ["breaking"],
    });
    expect(mine.body).toContain("request-property-enum-value-removed");
    expect(mine.body).toContain("drift-allow.json");

    await job(server, [breaking, { ...breaking, model: "gpt-4.1-mini" }], pushes);
    expect(server.pulls).toHaveLength(2);
    expect(mine).toMatchObject({
      state: "open",
      title: "APIFree contracts: 2 models changed (breaking)",
      labels: ["breaking"],
    });

    await job(server, [harmless], pushes);
    expect(mine).toMatchObject({ state: "open", title: "APIFree contracts: 1 model changed", labels: [] });

    const before = pushes.length;
    await job(server, [], pushes);
    expect(pushes).toHaveLength(before);
    expect(mine.state).toBe("closed");
    expect(mine.comments.at(-1)).toContain("nothing to regenerate");
    // Someone else's pull request is never touched.
    expect(server.pulls[0]).toMatchObject({ state: "open", labels: ["breaking"], title: "old" });
  });

  it("two open pull requests of the branch: the oldest is updated, the other closed as superseded", async () => {
    const server = await start([pull(1, "apifree/codegen"), pull(2, "x"), pull(3, "apifree/codegen", ["breaking"])]);
    const { log } = await job(server, [breaking]);
    expect(log).toEqual([
      "updated #1: APIFree contracts: 1 model changed (breaking)",
      "labelled #1: breaking",
      "closed #3: superseded by #1",
    ]);
    expect(open(server).map((p) => p.number)).toEqual([1, 2]);
  });

  it("takes the base branch from the repository when none is given", async () => {
    fake = await startFakeGitHub({ repository: REPO, token: TOKEN, defaultBranch: "trunk" });
    await job(fake, [breaking]);
    expect(fake.pulls[0]!.base).toBe("trunk");
  });
});

describe("apifree-codegen pr", () => {
  async function files(report: unknown) {
    const dir = await temps.make();
    await writeFile(path.join(dir, "drift.json"), typeof report === "string" ? report : JSON.stringify(report));
    await writeFile(path.join(dir, "drift.md"), "## APIFree drift report\n");
    return ["--report", path.join(dir, "drift.json"), "--body", path.join(dir, "drift.md")];
  }

  it("with nothing moved, closes the branch's pull request through the API named by GITHUB_API_URL", async () => {
    const server = await start([pull(1, "apifree/codegen")]);
    const run = await runCli(["pr", ...(await files(buildReport([], [], [])))], {
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: server.url,
    });
    expect(run).toEqual({ code: 0, stdout: "pr: closed #1: nothing moved\n", stderr: "" });
    expect(server.pulls[0]!.state).toBe("closed");
  });

  it("commits the snapshot and generated folders the config names, and nothing else", async () => {
    const server = await start();
    const work = await temps.make();
    const repo = path.join(work, "repo");
    const remote = path.join(work, "remote.git");
    const git = (args: string[], cwd = repo) =>
      run("git", ["-c", "user.name=t", "-c", "user.email=t@example.com", ...args], { cwd });
    await git(["init", "-q", "--bare", remote], work);
    await git(["init", "-q", "-b", "main", repo], work);
    await git(["remote", "add", "origin", remote]);
    const put = async (relative: string, text: string) => {
      await mkdir(path.dirname(path.join(repo, relative)), { recursive: true });
      await writeFile(path.join(repo, relative), text);
    };
    await put("apifree.config.json", JSON.stringify({ snapshot: "contracts", out: "src/apifree" }));
    for (const file of ["contracts/models.json", "src/apifree/index.ts", "notes.txt"]) await put(file, "before\n");
    await git(["add", "--all"]);
    await git(["commit", "-q", "-m", "start"]);
    for (const file of ["contracts/models.json", "src/apifree/index.ts", "notes.txt"]) await put(file, "after\n");

    const run_ = await runCli(
      ["pr", ...(await files(buildReport([breaking], [], [])))],
      { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO, GITHUB_API_URL: server.url },
      undefined,
      repo,
    );
    expect(run_.stderr).toBe("");
    expect(run_.code).toBe(0);
    const committed = async (file: string) => (await git(["show", `apifree/codegen:${file}`], remote)).stdout;
    expect(await committed("contracts/models.json")).toBe("after\n");
    expect(await committed("src/apifree/index.ts")).toBe("after\n");
    // Not a folder the workflow regenerates: it stays as the base has it.
    expect(await committed("notes.txt")).toBe("before\n");
    expect(open(server)).toHaveLength(1);
  });

  it("a refused token: exit 2, names the call and the permissions, never prints the token", async () => {
    const server = await start();
    const run = await runCli(["pr", ...(await files(buildReport([], [], [])))], {
      GITHUB_TOKEN: "wrong-token",
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: server.url,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("answered 401: Bad credentials");
    expect(run.stderr).toContain("pull-requests: write");
    expect(run.stderr).not.toContain("wrong-token");
  });

  it("usage errors exit 2: no token, a report that is not drift's JSON", async () => {
    const args = await files({ summary: {} });
    expect((await runCli(["pr", ...args], { GITHUB_REPOSITORY: REPO })).stderr).toContain("GITHUB_TOKEN");
    const bad = await runCli(["pr", ...args], {
      GITHUB_TOKEN: TOKEN,
      GITHUB_REPOSITORY: REPO,
      GITHUB_API_URL: "http://127.0.0.1:9",
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('has no "changes" list');
    expect((await runCli(["pr", "--report", "x"], {})).code).toBe(2);
  });
});
