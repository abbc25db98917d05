import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { runCli } from "../support/cli.js";
import { tempDirs } from "../support/temp.js";
import { smallSnapshot } from "../sync/support.js";

/*
 * Every path a manifest names (catalog.file, each model's dir and file
 * names) must stay inside the snapshot folder, symbolic links followed, or
 * the snapshot is refused with exit 2 naming the field; not one byte of a
 * file outside is read into the output.
 */

const temp = tempDirs("apifree-confine");
let live: Emulator;
beforeAll(async () => {
  live = await startEmulator({ snapshot: smallSnapshot(["acme/alpha"]), port: 0 });
});
afterAll(async () => {
  await live.close();
  await temp.cleanup();
});

const SECRET = "OUTSIDE-SECRET-4f1c";
const SECRET_JSON = `{"object":"list","data":[{"id":"${SECRET}"}]}\n`;

interface Layout {
  root: string;
  snapshot: string;
  outside: string;
}

async function layout(): Promise<Layout> {
  const root = await temp.make();
  const snapshot = path.join(root, "project", "snapshot");
  await writeSnapshot(snapshot, smallSnapshot(["acme/alpha"]));
  const outside = path.join(root, "outside");
  mkdirSync(outside);
  writeFileSync(path.join(outside, "secret.json"), SECRET_JSON);
  return { root, snapshot, outside };
}

function editManifest(snapshot: string, edit: (manifest: any) => void): void {
  const file = path.join(snapshot, "manifest.json");
  const manifest = JSON.parse(readFileSync(file, "utf8"));
  edit(manifest);
  writeFileSync(file, JSON.stringify(manifest));
}

async function everyReader(snapshot: string, field: RegExp, leak: RegExp): Promise<void> {
  const out = path.join(path.dirname(snapshot), "generated");
  for (const argv of [
    ["generate", "--snapshot", snapshot, "--out", out, "--no-cache"],
    ["drift", "--snapshot", snapshot, "--base-url", live.url],
    ["mock", "--snapshot", snapshot, "--port", "0"],
  ]) {
    const run = await runCli(argv);
    expect(run.code, `${argv[0]}: ${run.stderr}`).toBe(2);
    expect(run.stderr, argv[0]).toMatch(field);
    expect(run.stderr, argv[0]).toMatch(/refused/);
    expect(`${run.stdout}${run.stderr}`, argv[0]).not.toMatch(leak);
  }
  await expect(readSnapshot(snapshot)).rejects.toThrow(field);
}

const SECRET_LEAK = /OUTSIDE|SECRET|4f1c/;

describe("paths named by a manifest", () => {
  it('catalog.file "../../../../etc/passwd" is refused without reading it', async () => {
    const { snapshot } = await layout();
    editManifest(snapshot, (manifest) => {
      manifest.catalog.file = "../../../../etc/passwd";
    });
    await everyReader(
      snapshot,
      /catalog\.file is "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"/,
      /root:|nologin|\/bin\/(ba)?sh/,
    );
  });

  it("an absolute catalog.file is refused", async () => {
    const { snapshot, outside } = await layout();
    editManifest(snapshot, (manifest) => {
      manifest.catalog.file = path.join(outside, "secret.json");
    });
    await everyReader(snapshot, /catalog\.file is ".*secret\.json"/, SECRET_LEAK);
  });

  it("a catalog file that is a symbolic link to a file outside is refused", async () => {
    const { snapshot, outside } = await layout();
    rmSync(path.join(snapshot, "models.json"));
    symlinkSync(path.join(outside, "secret.json"), path.join(snapshot, "models.json"));
    await everyReader(snapshot, /catalog\.file \("models\.json"\) leads outside the snapshot folder/, SECRET_LEAK);
  });

  it("a model folder that is a symbolic link outside is refused, even with every hash matching", async () => {
    const { snapshot, outside } = await layout();
    const folder = path.join(snapshot, "models", "acme--alpha");
    const elsewhere = path.join(outside, "acme--alpha");
    cpSync(folder, elsewhere, { recursive: true });
    rmSync(folder, { recursive: true });
    symlinkSync(elsewhere, folder);
    // The outside api.md differs, and the manifest is edited to match it: only the path can tell.
    const apiMd = `# ${SECRET}\n`;
    writeFileSync(path.join(elsewhere, "api.md"), apiMd);
    editManifest(snapshot, (manifest) => {
      manifest.models["acme/alpha"].files["api.md"] = createHash("sha256").update(apiMd).digest("hex");
    });
    await everyReader(
      snapshot,
      /models\["acme\/alpha"\]\.dir \("models\/acme--alpha\/[a-z.]+"\) leads outside/,
      SECRET_LEAK,
    );
  });

  it("a models folder that is a symbolic link outside is refused", async () => {
    const { snapshot, outside } = await layout();
    const elsewhere = path.join(outside, "models");
    cpSync(path.join(snapshot, "models"), elsewhere, { recursive: true });
    rmSync(path.join(snapshot, "models"), { recursive: true });
    symlinkSync(elsewhere, path.join(snapshot, "models"));
    await everyReader(snapshot, /models\["acme\/alpha"\]\.dir .* leads outside/, /$^/);
  });

  it("a manifest that is a symbolic link outside is refused", async () => {
    const { snapshot, outside } = await layout();
    writeFileSync(path.join(outside, "manifest.json"), `{"format":"${SECRET}"}`);
    rmSync(path.join(snapshot, "manifest.json"));
    symlinkSync(path.join(outside, "manifest.json"), path.join(snapshot, "manifest.json"));
    await everyReader(snapshot, /manifest\.json \("manifest\.json"\) leads outside/, SECRET_LEAK);
  });

  it.each([
    ["dir", "../../outside", /models\["acme\/alpha"\]\.dir is "\.\.\/\.\.\/outside"/],
    ["dir", "/etc", /models\["acme\/alpha"\]\.dir is "\/etc"/],
    ["files", "../../../../etc/passwd", /models\["acme\/alpha"\]\.files is "\.\.\/\.\.\/\.\.\/\.\.\/etc\/passwd"/],
  ])("a model's %s %j is refused", async (field, value, message) => {
    const { snapshot } = await layout();
    editManifest(snapshot, (manifest) => {
      const entry = manifest.models["acme/alpha"];
      if (field === "dir") entry.dir = value;
      else entry.files[value] = "0".repeat(64);
    });
    await everyReader(snapshot, message, /root:|nologin/);
  });
});
