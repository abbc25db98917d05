import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { ENTRY, ensureBuilt, ROOT } from "../support/built-dist.js";
import { call, hello, MINI, TEST_SNAPSHOT } from "./fixtures.js";

let root: string;
let snapshot: string;
let blocker: Server;
let blockedPort: number;
beforeAll(async () => {
  await ensureBuilt();
  root = await mkdtemp(path.join(tmpdir(), "apifree-mock-cli-"));
  snapshot = path.join(root, "snapshot");
  await writeSnapshot(snapshot, TEST_SNAPSHOT);
  blocker = createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  blockedPort = (blocker.address() as { port: number }).port;
}, 120_000);
afterAll(async () => {
  await new Promise((resolve) => blocker.close(resolve));
  await rm(root, { recursive: true, force: true });
});

interface Run {
  child: ChildProcessWithoutNullStreams;
  stdout: () => string;
  stderr: () => string;
  exit: Promise<number | null>;
}

function run(args: string[], cwd = ROOT): Run {
  const child = spawn(process.execPath, [ENTRY, "mock", ...args], { cwd, env: { ...process.env, DEBUG: "" } });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (data: Buffer) => (stdout += data.toString()));
  child.stderr.on("data", (data: Buffer) => (stderr += data.toString()));
  const exit = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, stdout: () => stdout, stderr: () => stderr, exit };
}

function listeningLine(process: Run): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = process.stdout().split("\n")[0];
      if (process.stdout().includes("\n")) resolve(line!);
    };
    process.child.stdout.on("data", check);
    process.exit.then((code) => reject(new Error(`exited ${code} before listening: ${process.stderr()}`)));
  });
}

describe("npm run mock (spawned)", () => {
  it("prints exactly one listening line, serves the snapshot, and exits 0 on SIGTERM", async () => {
    const server = run(["--port", "0", "--snapshot", snapshot]);
    const line = await listeningLine(server);
    expect(line).toMatch(/^listening on http:\/\/127\.0\.0\.1:\d+\/v1$/);
    const url = line.slice("listening on ".length);
    expect((await call(`${url}/models`)).status).toBe(200);
    expect((await call(`${url}/chat/completions`, { body: hello(MINI) })).json).toMatchObject({
      object: "chat.completion",
      model: MINI,
    });
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.stdout()).toBe(`${line}\n`);
    expect(server.stderr()).toBe("");
  });

  it("serves ./snapshot when there is one, saying nothing on stderr", async () => {
    const server = run([], root);
    const url = (await listeningLine(server)).slice("listening on ".length);
    const catalog = (await call(`${url}/models`)).json as { data: { id: string }[] };
    expect(catalog.data.map((model) => model.id)).toEqual(TEST_SNAPSHOT.models.map((model) => model.id).sort());
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.stderr()).toBe("");
  });

  it("with no snapshot/ here and no --snapshot, serves the bundled catalog and says so on stderr only", async () => {
    const empty = await mkdtemp(path.join(root, "no-snapshot-"));
    const server = run(["--port", "0"], empty);
    const line = await listeningLine(server);
    const url = line.slice("listening on ".length);
    const catalog = (await call(`${url}/models`)).json as { data: unknown[] };
    expect(catalog.data).toHaveLength((await readSnapshot(path.join(ROOT, "snapshot"))).models.length);
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
    expect(server.stdout()).toBe(`${line}\n`);
    expect(server.stderr()).toBe(
      `mock: no snapshot/ here and no --snapshot: serving the bundled catalog (${path.join(ROOT, "snapshot")})\n`,
    );
  });

  it("exits 0 on SIGINT too, with a stream stalled open", async () => {
    const server = run(["--snapshot", snapshot, "--max-concurrency", "3"]);
    const url = (await listeningLine(server)).slice("listening on ".length);
    const response = await fetch(`${url}/chat/completions`, {
      method: "POST",
      headers: { authorization: "Bearer k", "x-apifree-mock-fault": "stall-after=1" },
      body: JSON.stringify(hello(MINI, { stream: true })),
    });
    const reader = response.body!.getReader();
    await reader.read();
    server.child.kill("SIGINT");
    expect(await server.exit).toBe(0);
    await reader.read().catch(() => undefined);
  });

  it("the video flags: --task-duration, --max-tasks and --max-upload-bytes reach the emulator", async () => {
    const server = run([
      "--snapshot",
      path.join(ROOT, "snapshot"),
      "--task-duration",
      "0",
      "--max-tasks",
      "1",
      "--max-upload-bytes",
      "1000",
    ]);
    const url = (await listeningLine(server)).slice("listening on ".length);
    const body = { model: "sora-2", prompt: "A paper boat" };
    const first = (await call(`${url}/videos`, { body })).json as { id: string; status: string };
    expect(first.status).toBe("completed"); // duration 0
    const second = (await call(`${url}/videos`, { body })).json as { id: string };
    expect((await call(`${url}/videos/${first.id}`)).status).toBe(404); // evicted: one task kept
    expect((await call(`${url}/videos/${second.id}`)).status).toBe(200);
    const form = new FormData();
    form.append("model", "sora-2");
    form.append("prompt", "x".repeat(2000));
    const upload = await fetch(`${url}/videos`, { method: "POST", body: form, headers: { authorization: "Bearer k" } });
    expect(upload.status).toBe(413);
    server.child.kill("SIGTERM");
    expect(await server.exit).toBe(0);
  });

  it("a missing snapshot folder: one clear message, exit 2", async () => {
    const server = run(["--snapshot", path.join(root, "absent")]);
    expect(await server.exit).toBe(2);
    expect(server.stdout()).toBe("");
    expect(server.stderr()).toMatch(
      /^mock: cannot serve snapshot .*absent: cannot read snapshot manifest .* it does not exist\n$/,
    );
  });

  it("a port in use: one clear message, exit 2", async () => {
    const server = run(["--snapshot", snapshot, "--port", String(blockedPort)]);
    expect(await server.exit).toBe(2);
    expect(server.stderr()).toBe(
      `mock: cannot listen on 127.0.0.1:${blockedPort}: the port is already in use (pick another with --port, or --port 0 for any free port)\n`,
    );
  });
});

describe("mock command (in process)", () => {
  function context(signal = new AbortController().signal) {
    let out = "";
    let err = "";
    const sink = (append: (text: string) => void) =>
      new Writable({
        write: (chunk, _encoding, done) => {
          append(String(chunk));
          done();
        },
      });
    return {
      context: { stdout: sink((text) => (out += text)), stderr: sink((text) => (err += text)), env: {}, signal },
      out: () => out,
      err: () => err,
    };
  }

  it.each([
    [["--port", "70000"], /--port must be 0\.\.65535/],
    [["--max-concurrency", "0"], /--max-concurrency must be a positive integer/],
    [["--bogus"], /mock: Unknown option '--bogus'/],
    [["--host", ""], /--host must not be empty/],
    [["--task-duration=-5"], /--task-duration must be an integer >= 0, got "-5"/],
    [["--task-duration", "1s"], /--task-duration must be an integer >= 0/],
    [["--max-tasks", "0"], /--max-tasks must be an integer >= 1, got "0"/],
    [["--max-upload-bytes", "lots"], /--max-upload-bytes must be an integer >= 1/],
  ])("bad flags %j: exit 2", async (args, message) => {
    const run = context();
    expect(await main(["mock", ...args], run.context)).toBe(2);
    expect(run.err()).toMatch(message);
    expect(run.out()).toBe("");
  });

  it("a corrupt snapshot: exit 2 naming the problem", async () => {
    const dir = path.join(root, "corrupt");
    await writeSnapshot(dir, TEST_SNAPSHOT);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(dir, "models.json"), '{"object":"list","data":[]}\n');
    const run = context();
    expect(await main(["mock", "--snapshot", dir], run.context)).toBe(2);
    expect(run.err()).toMatch(
      /^mock: cannot serve snapshot .*corrupt: snapshot .* is corrupt\n {2}- .*does not match the sha256/,
    );
  });

  it("returns 0 once its signal aborts", async () => {
    const controller = new AbortController();
    const run = context(controller.signal);
    const exit = main(["mock", "--snapshot", snapshot], run.context);
    while (!run.out().includes("\n")) await new Promise((resolve) => setImmediate(resolve));
    const url = run.out().trim().slice("listening on ".length);
    expect((await call(`${url}/models`)).status).toBe(200);
    controller.abort();
    expect(await exit).toBe(0);
    await expect(fetch(`${url}/models`)).rejects.toThrow();
  });
});
