import { existsSync } from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { bundledSnapshotDir } from "../../src/cli/commands/codegen.js";
import { main } from "../../src/cli/main.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { cleanup, emulator, isDocumentOf, previousSnapshot, ROOT, readTree, tempDir, tricklingAPI } from "./support.js";

afterEach(cleanup);

const KEY = "sk-cli-0d9e8c7b6a5f4e3d2c1b";

class Capture extends Writable {
  text = "";
  constructor(readonly isTTY = false) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: () => void): void {
    this.text += chunk.toString();
    callback();
  }
}

async function run(
  argv: string[],
  env: Record<string, string | undefined> = {},
  tty = false,
): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture(tty);
  const code = await main(argv, { stdout, stderr, env, signal: new AbortController().signal });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

describe("apifree-codegen sync", () => {
  it("syncs and prints one summary line", async () => {
    const served = await emulator();
    const dir = path.join(await tempDir(), "snap");
    const result = await run(["sync", "--base-url", served.url, "--snapshot", dir, "--concurrency", "2"]);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(result.stdout).toMatch(/^synced 3 models \(6 documents, [\d.]+ KB\) into .*snap in \d+\.\d s, 0 retries\n$/);
    expect((await readSnapshot(dir)).models).toHaveLength(3);
  });

  it("takes the base URL from APIFREE_BASE_URL and the key from APIFREE_API_KEY", async () => {
    const served = await emulator({ apiKeys: [KEY], requireAuthForReads: true });
    const dir = path.join(await tempDir(), "snap");
    const result = await run(["sync", "--snapshot", dir], { APIFREE_BASE_URL: served.url, APIFREE_API_KEY: KEY });
    expect(result.code).toBe(0);
    expect(result.stdout + result.stderr).not.toContain(KEY);
  });

  it("draws a progress bar on a terminal, and reports retries", async () => {
    let faults = 0;
    const served = await emulator({
      fault: (request) =>
        isDocumentOf("acme/alpha")(request) && faults++ === 0 ? { status: 503, retryAfterMs: 1 } : undefined,
    });
    const result = await run(
      ["sync", "--base-url", served.url, "--snapshot", path.join(await tempDir(), "snap")],
      {},
      true,
    );
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/sync \[[^\]]*\] \d+\/3 models \| 0 failed \| [01] retries/);
    expect(result.stdout).toMatch(/, 1 retry\n$/);
  });

  it("a refused key: exit 2, one message naming APIFREE_API_KEY, the key nowhere, the snapshot untouched", async () => {
    const served = await emulator({ apiKeys: ["sk-other"], requireAuthForReads: true });
    const previous = await previousSnapshot();
    const result = await run(["sync", "--base-url", served.url, "--snapshot", previous.dir], { APIFREE_API_KEY: KEY });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(
      /^the API at .* refused the API key read from APIFREE_API_KEY \(HTTP 401 invalid_api_key: invalid API key\); .*; nothing was written, .* is left as it was\n$/,
    );
    expect(result.stderr + result.stdout).not.toContain(KEY);
    expect(await previous.changes()).toEqual([]);
  });

  it("failing models: exit 2 and one line per model", async () => {
    const served = await emulator({
      fault: (request) =>
        request.path === "/v1/model/openapi.json" && request.model !== "acme/alpha" ? { status: 404 } : undefined,
    });
    const previous = await previousSnapshot();
    const result = await run(["sync", "--base-url", served.url, "--snapshot", previous.dir]);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/^2 of 3 models could not be synced; nothing was written/),
      '  - model "Other Vendor/Gamma 2": openapi.json: HTTP 404 http_404: injected HTTP 404',
      '  - model "acme/beta:free": openapi.json: HTTP 404 http_404: injected HTTP 404',
    ]);
    expect(await previous.changes()).toEqual([]);
  });

  it.each([
    [["sync", "--concurrency", "0"], /--concurrency must be a positive integer/],
    [["sync", "--frobnicate"], /^sync: Unknown option '--frobnicate'/],
    [["sync", "--base-url", "not a url"], /the base URL "not a url" is not a URL/],
  ])("usage errors exit 2: %j", async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

const bundledPresent = existsSync(path.join(ROOT, "snapshot", "manifest.json"));

describe("apifree-codegen codegen", () => {
  it("resolves the bundled catalog from the package, not the cwd", () => {
    expect(bundledSnapshotDir()).toBe(path.join(ROOT, "snapshot"));
  });

  it.skipIf(!bundledPresent)(
    `with no key and no base URL: says it uses the built-in emulator, then syncs and generates${bundledPresent ? "" : " [skipped: snapshot/ has no manifest.json yet]"}`,
    async () => {
      const work = await tempDir();
      const result = await run([
        "codegen",
        "--snapshot",
        path.join(work, "snap"),
        "--out",
        path.join(work, "gen"),
        "--no-cache",
      ]);
      expect(result.stderr).toBe("");
      expect(result.code).toBe(0);
      const models = (await readSnapshot(bundledSnapshotDir())).models.length;
      const lines = result.stdout.trimEnd().split("\n");
      expect(lines[0]).toBe(
        `no APIFREE_API_KEY and no --base-url: using the built-in emulator on the bundled catalog (${models} models)`,
      );
      expect(lines[1]).toMatch(new RegExp(`^synced ${models} models`));
      const [bundled, synced] = await Promise.all([readTree(bundledSnapshotDir()), readTree(path.join(work, "snap"))]);
      expect([...synced.keys()]).toEqual([...bundled.keys()]);
      expect(existsSync(path.join(work, "gen", "index.ts"))).toBe(true);
    },
  );

  it("with a base URL: no emulator line; a failed sync never reaches generate", async () => {
    const served = await emulator({
      fault: (request) => (request.path === "/v1/models" ? { status: 400 } : undefined),
    });
    const work = await tempDir();
    const result = await run([
      "codegen",
      "--base-url",
      served.url,
      "--snapshot",
      path.join(work, "snap"),
      "--out",
      path.join(work, "gen"),
    ]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/did not return the model catalog: HTTP 400/);
    expect(existsSync(path.join(work, "gen"))).toBe(false);
  });

  it.each([
    ["a key", { APIFREE_API_KEY: KEY }],
    ["no key but APIFREE_BASE_URL", {}],
  ])("with %s, no emulator: it goes to the base URL it was given", async (_name, env) => {
    const result = await run(["codegen", "--snapshot", path.join(await tempDir(), "s")], {
      ...env,
      APIFREE_BASE_URL: "http://apifree-cli-test.invalid/v1",
    });
    expect(result.code).toBe(2);
    expect(result.stdout).not.toMatch(/built-in emulator/);
    expect(result.stderr).toMatch(/^cannot reach the API at http:\/\/apifree-cli-test\.invalid\/v1: /);
    expect(result.stderr).not.toContain(KEY);
  });
});

describe("--timeout SECONDS on every command that talks to the API", () => {
  it("sync, drift and codegen: a trickling document fails at the deadline, retried, then exit 2 naming the URL and the model", async () => {
    const api = await tricklingAPI(["acme/fast", "acme/slow"], "acme/slow");
    const previous = await previousSnapshot();
    const work = await tempDir();
    // Run side by side: each waits out sync's real backoff between its 5 attempts.
    const results = await Promise.all([
      run(["sync", "--base-url", api.url, "--snapshot", path.join(work, "snap"), "--timeout", "0.2"]),
      run(["drift", "--base-url", api.url, "--snapshot", previous.dir, "--timeout", "0.2"]),
      run([
        "codegen",
        "--base-url",
        api.url,
        "--snapshot",
        path.join(work, "snap2"),
        "--out",
        path.join(work, "gen"),
        "--timeout",
        "0.2",
      ]),
    ]);
    for (const result of results) {
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.stderr).toContain(
        `  - model "acme/slow": openapi.json: no complete answer from ${api.url}/model/openapi.json?model=acme%2Fslow within 0.2 s (the deadline for a whole request) (after 5 attempts)\n`,
      );
    }
    expect(api.slowRequests()).toBe(15);
    expect(existsSync(path.join(work, "gen"))).toBe(false);
    expect(await previous.changes()).toEqual([]);
  }, 60_000);

  it.each([
    ["sync", "0"],
    ["drift", "0.000"],
    ["codegen", "ten"],
    ["sync", "1e3"],
  ])("%s --timeout %s is a usage error", async (command, value) => {
    const result = await run([command, "--base-url", "http://127.0.0.1:9/v1", "--timeout", value]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${command}: --timeout must be a positive number of seconds, got ${JSON.stringify(value)}\n`,
    );
  });

  it.each(["sync", "drift", "codegen"])("%s --help documents --timeout", async (command) => {
    const result = await run([command, "--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--timeout SECONDS/);
  });
});
