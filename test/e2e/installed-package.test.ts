import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, readdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { ensureBuilt, ROOT } from "../support/built-dist.js";
import { tempDirs } from "../support/temp.js";

/*
 * A user's project: the package installed under node_modules (a link to this
 * repository, resolved through its package.json "exports" to dist/, exactly
 * as after `npm install`), the generated tree copied into src/, then run
 * against the emulator two ways:
 *   - compiled by plain tsc (module nodenext, rootDir src, outDir dist) from
 *     the entry file alone, as `tsc src/main.ts` would: tsc must reach and
 *     emit every model's validator modules through the generated index by
 *     itself, then Node runs dist/;
 *   - run from source by tsx.
 */

const run = promisify(execFile);
const temp = tempDirs("apifree-user-project");
let emulator: Emulator;
let project: string;

const MAIN = `import { createClient, loadSchemas, openaiGpt41 } from "./generated/index.js";
import { APIFreeError } from "apifree-typed";
const client = createClient();
const reply = await client.chat.completions.create({ model: "openai/gpt-4.1", messages: [{ role: "user", content: "hi" }] });
const viaBinding = await openaiGpt41.create(client, { messages: [{ role: "user", content: "hi" }] });
let rejected = "";
try {
  await client.chat.completions.create({ model: "openai/gpt-4.1", messages: [] });
} catch (error) {
  if (error instanceof APIFreeError) rejected = error.code;
}
// Another model's validators, loaded directly.
const { request } = await loadSchemas("x-ai/grok-4");
const checked = request.safeParse({ model: "x-ai/grok-4", messages: [] }).success;
console.log(JSON.stringify({ object: reply.object, cost: reply.usage?.cost, binding: viaBinding.model, rejected, checked }));
`;

const EXPECTED = {
  object: "chat.completion",
  cost: expect.any(Number),
  binding: "openai/gpt-4.1",
  rejected: "validation_error",
  checked: false,
};

beforeAll(async () => {
  await ensureBuilt();
  emulator = await startEmulator({ snapshot: path.join(ROOT, "snapshot"), port: 0 });
  project = await temp.make();
  await mkdir(path.join(project, "node_modules"), { recursive: true });
  await symlink(ROOT, path.join(project, "node_modules", "apifree-typed"), "dir");
  // Type declarations the compiled runtime refers to (undici's, node's) come along with the package's own node_modules.
  await symlink(path.join(ROOT, "node_modules", "@types"), path.join(project, "node_modules", "@types"), "dir");
  await cp(path.join(ROOT, "generated"), path.join(project, "src", "generated"), { recursive: true });
  await writeFile(
    path.join(project, "package.json"),
    JSON.stringify({ name: "user-app", private: true, type: "module" }),
  );
  await writeFile(
    path.join(project, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        target: "es2022",
        module: "nodenext",
        moduleResolution: "nodenext",
        strict: true,
        skipLibCheck: true,
        outDir: "dist",
        rootDir: "src",
        types: ["node"],
      },
      files: ["src/main.ts"],
    }),
  );
  await writeFile(path.join(project, "src", "main.ts"), MAIN);
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  await temp.cleanup();
});

const env = () => ({ ...process.env, APIFREE_API_KEY: "sk-user-key", APIFREE_BASE_URL: emulator.url });

/** Relative paths of the files under `dir` whose names end with `suffix`. */
async function filesUnder(dir: string, suffix: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith(suffix))
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
}

describe("the package as a user installs it", () => {
  it("compiles from the entry file alone with plain tsc into an outDir, every validator module included, and runs against the API", async () => {
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed in the user project:\n${error.stdout ?? String(error)}`);
    });
    // Every validator module of the generated tree was reached and emitted, not only the ones main.ts names.
    const sources = (await filesUnder(path.join(project, "src", "generated"), ".ts")).filter(
      (file) => !file.endsWith(".d.ts"),
    );
    const emitted = await filesUnder(path.join(project, "dist", "generated"), ".js");
    expect(emitted).toEqual(sources.map((file) => file.replace(/\.ts$/, ".js")));
    expect(emitted).toContain("models/x-ai--grok-4/schemas.js");
    expect(existsSync(path.join(project, "dist", "main.js"))).toBe(true);

    const { stdout } = await run(process.execPath, [path.join(project, "dist", "main.js")], {
      cwd: project,
      env: env(),
    });
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  }, 180_000);

  it("runs the same source with tsx", async () => {
    const tsx = path.join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
    const { stdout } = await run(process.execPath, [tsx, path.join(project, "src", "main.ts")], {
      cwd: project,
      env: env(),
    });
    expect(JSON.parse(stdout)).toEqual(EXPECTED);
  }, 120_000);
});
