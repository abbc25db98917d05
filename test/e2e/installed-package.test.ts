import { execFile } from "node:child_process";
import { cp, mkdir, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { ensureBuilt, ROOT } from "../support/built-dist.js";
import { tempDirs } from "../support/temp.js";

/*
 * A user's project: the package installed under node_modules (a link to this
 * repository, resolved through its package.json "exports" to dist/, exactly
 * as after `npm install`), the generated tree copied into src/, compiled by
 * plain tsc with no path mapping, then run by Node against the emulator.
 */

const run = promisify(execFile);
const temp = tempDirs("apifree-user-project");
let emulator: Emulator;
let project: string;

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
        outDir: "out",
        rootDir: "src",
        types: ["node"],
      },
      include: ["src"],
    }),
  );
  await writeFile(
    path.join(project, "src", "main.ts"),
    `import { createClient, openaiGpt41 } from "./generated/index.js";
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
console.log(JSON.stringify({ object: reply.object, cost: reply.usage?.cost, binding: viaBinding.model, rejected }));
`,
  );
}, 120_000);

afterAll(async () => {
  await emulator?.close();
  await temp.cleanup();
});

describe("the package as a user installs it", () => {
  it("compiles the generated tree and a consumer with plain tsc, and runs it against the API", async () => {
    const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
    await run(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: project }).catch((error: { stdout?: string }) => {
      throw new Error(`tsc failed in the user project:\n${error.stdout ?? String(error)}`);
    });
    const { stdout } = await run(process.execPath, [path.join(project, "out", "main.js")], {
      cwd: project,
      env: { ...process.env, APIFREE_API_KEY: "sk-user-key", APIFREE_BASE_URL: emulator.url },
    });
    expect(JSON.parse(stdout)).toEqual({
      object: "chat.completion",
      cost: expect.any(Number),
      binding: "openai/gpt-4.1",
      rejected: "validation_error",
    });
  }, 120_000);
});
