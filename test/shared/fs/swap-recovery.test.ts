import { spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readdirSync, renameSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generate } from "../../../src/codegen/generate.js";
import { type Emulator, startEmulator } from "../../../src/mock/index.js";
import { readSnapshot } from "../../../src/snapshot/read.js";
import { writeSnapshot } from "../../../src/snapshot/write.js";
import { ensureBuilt, ROOT } from "../../support/built-dist.js";
import { runCli } from "../../support/cli.js";
import { spawnCli } from "../../support/spawn-cli.js";
import { tempDirs } from "../../support/temp.js";
import { smallSnapshot } from "../../sync/support.js";

/*
 * A real process is killed (SIGKILL, through the swap module's test hook)
 * in the middle of replacing a folder; every later reader or writer must
 * find the folder complete again and the crashed swap's folders gone.
 */

const temp = tempDirs("apifree-swap");
const OLD_IDS = ["old/model"];
const NEW_IDS = ["acme/alpha", "acme/beta:free"];
let live: Emulator;
beforeAll(async () => {
  await ensureBuilt();
  live = await startEmulator({ snapshot: smallSnapshot(NEW_IDS), port: 0 });
}, 120_000);
afterAll(async () => {
  await live.close();
  await temp.cleanup();
});

const CRASH = "APIFREE_TYPED_TEST_SWAP_CRASH";

/** Everything in `parent` that belongs to a swap of `base`. */
function leftovers(parent: string, base: string): string[] {
  return readdirSync(parent).filter((name) => name.startsWith(`.${base}.`));
}

async function ids(snapshotDir: string): Promise<string[]> {
  return (await readSnapshot(snapshotDir)).models.map((model) => model.id);
}

/** A snapshot folder whose sync was killed at `point`, old contents OLD_IDS, new contents NEW_IDS. */
async function crashedSync(point: string): Promise<{ parent: string; dir: string }> {
  const parent = await temp.make();
  const dir = path.join(parent, "snapshot");
  await writeSnapshot(dir, smallSnapshot(OLD_IDS));
  const run = await spawnCli(["sync", "--base-url", live.url, "--snapshot", dir], {
    cwd: parent,
    env: { [CRASH]: point },
  });
  expect(run.signal, run.stderr).toBe("SIGKILL");
  return { parent, dir };
}

/** A fresh copy of a crashed state (the names keep the dead process's pid). */
async function copyOf(crashed: { parent: string }, base: string): Promise<{ parent: string; dir: string }> {
  const parent = await temp.make();
  for (const name of readdirSync(crashed.parent))
    cpSync(path.join(crashed.parent, name), path.join(parent, name), { recursive: true });
  return { parent, dir: path.join(parent, base) };
}

describe("a swap killed between its two renames", () => {
  let crashed: { parent: string; dir: string };
  beforeAll(async () => {
    crashed = await crashedSync("moved-aside");
  }, 120_000);

  it("leaves no folder behind it, only the moved-aside old tree and the complete new one", () => {
    expect(existsSync(crashed.dir)).toBe(false);
    expect(leftovers(crashed.parent, "snapshot").map((name) => name.replace(/-\d+-[0-9a-f]+$/, ""))).toEqual(
      expect.arrayContaining([".snapshot.old", ".snapshot.new"]),
    );
  });

  const readers: Array<[string, (dir: string, parent: string) => Promise<void>]> = [
    [
      "readSnapshot",
      async (dir) => {
        expect(await ids(dir)).toEqual(NEW_IDS);
      },
    ],
    [
      "sync",
      async (dir) => {
        expect((await runCli(["sync", "--base-url", live.url, "--snapshot", dir])).code).toBe(0);
      },
    ],
    [
      "generate",
      async (dir, parent) => {
        const run = await runCli(["generate", "--snapshot", dir, "--out", path.join(parent, "gen"), "--no-cache"]);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
      },
    ],
    [
      "drift",
      async (dir) => {
        const run = await runCli(["drift", "--base-url", live.url, "--snapshot", dir, "--fail-on", "any"]);
        expect(run.stderr).toBe("");
        expect(run.code).toBe(0);
      },
    ],
    [
      "mock",
      async (dir) => {
        const served = await startEmulator({ snapshot: dir, port: 0 });
        try {
          const list = (await (await fetch(`${served.url}/models`)).json()) as { data: Array<{ id: string }> };
          expect(list.data.map((entry) => entry.id)).toEqual(NEW_IDS);
        } finally {
          await served.close();
        }
      },
    ],
  ];

  it.each(readers)("%s completes the swap and removes the crashed swap's folders", async (_name, use) => {
    const state = await copyOf(crashed, "snapshot");
    await use(state.dir, state.parent);
    expect(await ids(state.dir)).toEqual(NEW_IDS);
    expect(leftovers(state.parent, "snapshot")).toEqual([]);
  });

  it("of the generated tree: generate and drift --check-generated find the new tree in place", async () => {
    const parent = await temp.make();
    const snapshotDir = path.join(parent, "snapshot");
    const out = path.join(parent, "generated");
    await writeSnapshot(snapshotDir, smallSnapshot(OLD_IDS));
    await generate({ snapshotDir, outDir: out, cacheDir: undefined });
    await writeSnapshot(snapshotDir, smallSnapshot(NEW_IDS));
    const run = await spawnCli(["generate", "--snapshot", snapshotDir, "--out", out, "--no-cache"], {
      cwd: parent,
      env: { [CRASH]: "moved-aside" },
    });
    expect(run.signal, run.stderr).toBe("SIGKILL");
    expect(existsSync(out)).toBe(false);

    const forDrift = await copyOf({ parent }, "generated");
    const drift = await runCli([
      "drift",
      "--base-url",
      live.url,
      "--snapshot",
      path.join(forDrift.parent, "snapshot"),
      "--check-generated",
      forDrift.dir,
      "--fail-on",
      "any",
    ]);
    expect(drift.stdout).not.toMatch(/generated-file/);
    expect(drift.code).toBe(0);
    expect(leftovers(forDrift.parent, "generated")).toEqual([]);

    const again = await runCli(["generate", "--snapshot", snapshotDir, "--out", out, "--no-cache"]);
    expect(again.code).toBe(0);
    expect(readdirSync(path.join(out, "models")).sort()).toEqual(["acme--alpha", "acme--beta__free"]);
    expect(leftovers(parent, "generated")).toEqual([]);
  });
});

describe("a swap killed at its other points", () => {
  it("before the old tree was moved aside: the old tree stays and the finished new one is removed", async () => {
    const { parent, dir } = await crashedSync("complete");
    expect(leftovers(parent, "snapshot")).toHaveLength(1);
    expect(await ids(dir)).toEqual(OLD_IDS);
    expect(leftovers(parent, "snapshot")).toEqual([]);
  });

  it("after the new tree was in place: the new tree stays and the old one is removed", async () => {
    const { parent, dir } = await crashedSync("swapped");
    expect(await ids(dir)).toEqual(NEW_IDS);
    expect(leftovers(parent, "snapshot")).toEqual([]);
  });
});

describe("recovery", () => {
  it("never touches the folders of a process that still runs", async () => {
    const parent = await temp.make();
    const dir = path.join(parent, "snapshot");
    await writeSnapshot(dir, smallSnapshot(OLD_IDS));
    const sleeper = spawn(process.execPath, ["-e", "setTimeout(() => {}, 120000)"]);
    const exited = new Promise((resolve) => sleeper.on("exit", resolve));
    try {
      const names = [`.snapshot.tmp-${sleeper.pid}-0123abcd`, `.snapshot.new-${sleeper.pid}-4567cdef`];
      for (const name of names) mkdirSync(path.join(parent, name));
      expect(await ids(dir)).toEqual(OLD_IDS);
      expect(leftovers(parent, "snapshot").sort()).toEqual(names.sort());
    } finally {
      sleeper.kill("SIGKILL");
    }
    await exited;
    expect(await ids(dir)).toEqual(OLD_IDS);
    expect(leftovers(parent, "snapshot")).toEqual([]);
  });

  it("a reader arriving between the two renames of a running swap waits for the second", async () => {
    const parent = await temp.make();
    const dir = path.join(parent, "snapshot");
    await writeSnapshot(dir, smallSnapshot(OLD_IDS));
    await writeSnapshot(path.join(parent, "staged"), smallSnapshot(NEW_IDS));
    // Another process, half-way through its swap: X moved aside; the new tree goes in when told.
    const swapper = spawn(process.execPath, [
      "-e",
      `const fs = require("node:fs"), path = require("node:path");
       const parent = process.argv[1];
       const fresh = path.join(parent, ".snapshot.new-" + process.pid + "-0000aaaa");
       fs.renameSync(path.join(parent, "staged"), fresh);
       fs.renameSync(path.join(parent, "snapshot"), path.join(parent, ".snapshot.old-" + process.pid + "-0000bbbb"));
       process.stdout.write("moved");
       process.stdin.once("data", () => fs.renameSync(fresh, path.join(parent, "snapshot")));`,
      parent,
    ]);
    const swapperExit = new Promise((resolve) => swapper.on("exit", resolve));
    let reader: ReturnType<typeof spawn> | undefined;
    try {
      // The reader starts only once the old tree is aside, so it cannot find the folder still in place.
      await new Promise((resolve) => swapper.stdout.once("data", resolve));
      // It runs in its own process: this one must stay free to let the swap finish.
      reader = spawn(process.execPath, [
        "--input-type=module",
        "-e",
        `import { existsSync } from "node:fs";
         const { readSnapshot } = await import(${JSON.stringify(pathToFileURL(path.join(ROOT, "dist/snapshot/read.js")).href)});
         const dir = process.argv[1];
         process.stdout.write(existsSync(dir) ? "present\\n" : "missing\\n");
         const snapshot = await readSnapshot(dir);
         process.stdout.write(JSON.stringify(snapshot.models.map((model) => model.id)) + "\\n");`,
        dir,
      ]);
      // Listeners go on before anything can arrive, so a quick reader cannot exit unheard.
      const readerExit = new Promise((resolve) => reader?.on("close", resolve));
      let output = "";
      let errors = "";
      reader.stderr?.on("data", (data: Buffer) => (errors += data.toString()));
      let told = false;
      reader.stdout?.on("data", (data: Buffer) => {
        output += data.toString();
        if (!told && output.startsWith("missing\n")) {
          told = true;
          swapper.stdin.write("go\n");
        }
      });
      expect(await readerExit, errors).toBe(0);
      expect(output).toBe(`missing\n${JSON.stringify(NEW_IDS)}\n`);
    } finally {
      swapper.kill("SIGKILL");
      reader?.kill("SIGKILL");
    }
    await swapperExit;
    expect(await ids(dir)).toEqual(NEW_IDS);
    expect(leftovers(parent, "snapshot")).toEqual([]);
  });

  it("rolls back a swap the previous version left half done (old tree aside, unmarked new tree)", async () => {
    // That version filled .X.tmp-*, renamed X to .X.old-*, then .X.tmp-* to X: killed in between,
    // nothing says the tmp tree was complete, so the old one comes back.
    const parent = await temp.make();
    const dir = path.join(parent, "snapshot");
    await writeSnapshot(dir, smallSnapshot(OLD_IDS));
    await writeSnapshot(path.join(parent, "other"), smallSnapshot(NEW_IDS));
    const dead = await deadPid();
    renameSync(dir, path.join(parent, `.snapshot.old-${dead}-89abcdef`));
    renameSync(path.join(parent, "other"), path.join(parent, `.snapshot.tmp-${dead}-89abcdef`));
    expect(await ids(dir)).toEqual(OLD_IDS);
    expect(leftovers(parent, "snapshot")).toEqual([]);
  });
});

/** The pid of a process that has exited. */
function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""]);
  return new Promise((resolve) => child.on("exit", () => resolve(child.pid!)));
}
