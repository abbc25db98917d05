import { type ChildProcess, execFile, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cp, lstat, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, ROOT } from "../support/built-dist.js";
import { devVersion, isOffline, npm, packBoth } from "../support/packed.js";
import { tempDirs } from "../support/temp.js";

/*
 * The README's "Use it in your project", done for real: both packages packed
 * with `npm pack` (tarballs, never a link to this repository), installed into
 * fresh projects from those tarballs, the CLI run through `npx`, and one
 * program (a chat call and a chat stream) run against `npx apifree-codegen mock`
 * on four toolchains: plain tsc, tsx, Vitest and an esbuild bundle. One packed
 * install is shared by every test of this file. Without a registry (npm
 * cannot install zod or the tools), the tests skip and say so.
 */

const exec = promisify(execFile);
const temp = tempDirs("apifree-packed");
const MINUTES = 60_000;
const RUNTIME_GOAL_BYTES = 15 * 1024 * 1024;
const MODEL = "openai/gpt-4.1";

const CHAT = `import { createClient as createRuntimeClient } from "apifree-typed";
import { createClient } from "./generated/index.js";
import { openaiGpt41 } from "./generated/models/openai--gpt-4.1/index.js";

type Result = { object: string; text: string; streamed: string; own: string };

/** One chat call and one stream of the same request (the emulator streams what it would answer), and a call through the model's own module. */
export async function chatTwice(): Promise<Result> {
  const client = createClient(); // APIFREE_API_KEY and APIFREE_BASE_URL from the environment
  const messages = [{ role: "user" as const, content: "Why is the sky blue?" }];
  const reply = await client.chat.completions.create({ model: "${MODEL}", messages });
  const stream = await client.chat.completions.create({ model: "${MODEL}", messages, stream: true });
  let streamed = "";
  for await (const chunk of stream) streamed += chunk.choices[0]?.delta.content ?? "";
  // The module's own validators: a value out of range is refused before sending.
  const refused = await openaiGpt41.create(createRuntimeClient(), { messages, temperature: 9 }).catch((e: unknown) => (e instanceof Error ? e.name : "not an error"));
  return { object: reply.object, text: reply.choices[0]?.message.content ?? "", streamed, own: String(refused) };
}
`;

const APP = `import { chatTwice } from "./chat.js";

console.log(JSON.stringify(await chatTwice()));
`;

const VITEST_TEST = `import { expect, test } from "vitest";
import { chatTwice } from "../src/chat.js";

test("a chat call and a stream against the emulator", async () => {
  const { object, text, streamed, own } = await chatTwice();
  expect(object).toBe("chat.completion");
  expect(text).not.toBe("");
  expect(streamed).toBe(text);
  expect(own).toBe("ValidationError");
});
`;

const TSCONFIG = {
  compilerOptions: {
    target: "es2022",
    module: "nodenext",
    moduleResolution: "nodenext",
    strict: true,
    skipLibCheck: true,
    rootDir: "src",
    outDir: "dist",
    types: ["node"],
  },
  include: ["src"],
};

interface Setup {
  runtimeHasTypeScript: boolean;
  project: string;
  runtimeBytes: number;
  codegenBytes: number;
  tarballs: { runtime: string[]; codegen: string[] };
  mockStderr: string;
  codegenStdout: string;
}

let setup: Setup | undefined;
let unavailable: string | undefined;
let mock: ChildProcess | undefined;
let mockURL = "";

/** Errors that mean "no registry here", not "the package is broken". */
/** Bytes of every file under `dir` (links not followed), as a user's disk holds them. */
async function treeBytes(dir: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) total += (await lstat(path.join(entry.parentPath, entry.name))).size;
  }
  return total;
}

async function newProject(name: string): Promise<string> {
  const dir = path.join(await temp.make(), name);
  await mkdir(dir);
  await writeFile(path.join(dir, "package.json"), `${JSON.stringify({ name, private: true, type: "module" })}\n`);
  return dir;
}

/** `npx apifree-codegen mock` in its own process group (npx starts node under it); resolves at its listening line. */
function startMock(cwd: string): Promise<{ url: string; stderr: () => string }> {
  const child = spawn("npx", ["apifree-codegen", "mock"], { cwd, detached: true, env: { ...process.env, DEBUG: "" } });
  mock = child;
  let stdout = "";
  let stderr = "";
  child.stderr!.on("data", (data: Buffer) => (stderr += data.toString()));
  return new Promise((resolve, reject) => {
    child.stdout!.on("data", (data: Buffer) => {
      stdout += data.toString();
      const line = stdout.split("\n")[0]!;
      if (stdout.includes("\n")) resolve({ url: line.replace(/^listening on /, ""), stderr: () => stderr });
    });
    child.on("exit", (code) => reject(new Error(`mock exited ${code} before listening:\n${stdout}\n${stderr}`)));
  });
}

beforeAll(async () => {
  await ensureBuilt();
  const tarballDir = await temp.make();
  const { runtime, codegen } = await packBoth(tarballDir);
  try {
    // The README's steps. First what a program that only calls the API needs: the runtime and zod.
    const project = await newProject("user-app");
    await npm(["install", "--prefer-offline", runtime.file, "zod@^4"], project);
    const runtimeBytes = await treeBytes(path.join(project, "node_modules"));
    const runtimeHasTypeScript = ["typescript", ".bin/tsc"].some((name) =>
      existsSync(path.join(project, "node_modules", name)),
    );
    // Then the generator and the toolchains, as development dependencies.
    await npm(["install", "--prefer-offline", "--save-dev", codegen.file], project);
    const codegenBytes = (await treeBytes(path.join(project, "node_modules"))) - runtimeBytes;
    const tools = ["typescript", "@types/node", "tsx", "vitest"].map((name) => `${name}@${devVersion(name)}`);
    await npm(["install", "--prefer-offline", "--save-dev", ...tools], project);

    // No snapshot/ yet: mock serves the catalog bundled in apifree-codegen.
    const served = await startMock(project);
    mockURL = served.url;
    // No APIFREE_API_KEY: codegen syncs from the built-in emulator, offline.
    const { APIFREE_API_KEY: _key, APIFREE_BASE_URL: _url, ...env } = process.env;
    const codegenStdout = (
      await exec("npx", ["apifree-codegen", "codegen", "--out", "src/generated"], { cwd: project, env })
    ).stdout;
    await writeFile(path.join(project, "tsconfig.json"), `${JSON.stringify(TSCONFIG, null, 2)}\n`);
    await writeFile(path.join(project, "src", "chat.ts"), CHAT);
    await writeFile(path.join(project, "src", "app.ts"), APP);
    await mkdir(path.join(project, "test"));
    await writeFile(path.join(project, "test", "app.test.ts"), VITEST_TEST);
    setup = {
      runtimeHasTypeScript,
      project,
      runtimeBytes,
      codegenBytes,
      tarballs: { runtime: runtime.files, codegen: codegen.files },
      mockStderr: served.stderr(),
      codegenStdout,
    };
  } catch (error) {
    if (!isOffline(error)) throw error;
    unavailable = `npm cannot install from a registry here; packed-project tests skipped (${(error as Error).message.split("\n")[0]})`;
  }
}, 10 * MINUTES);

afterAll(async () => {
  if (mock?.pid !== undefined && mock.exitCode === null) {
    const exited = new Promise((resolve) => mock!.once("exit", resolve));
    process.kill(-mock.pid, "SIGTERM");
    await exited;
  }
  await temp.cleanup();
});

/** The project's environment for the program: the key any emulator accepts, and its URL. */
const appEnv = () => ({ ...process.env, APIFREE_API_KEY: "sk-user-key", APIFREE_BASE_URL: mockURL });

function expectChatTwice(stdout: string): void {
  const result = JSON.parse(stdout) as { object: string; text: string; streamed: string; own: string };
  expect(result.object).toBe("chat.completion");
  expect(result.text).not.toBe("");
  expect(result.streamed).toBe(result.text);
  expect(result.own).toBe("ValidationError");
}

/** The test's setup, or a skip that says why. */
function ready(context: { skip: (note?: string) => void }): Setup {
  if (setup === undefined) context.skip(unavailable ?? "setup failed");
  return setup!;
}

describe("the packed packages in a fresh project", () => {
  it("ships clean tarballs: the runtime and what it imports, the CLI and the bundled catalog, a LICENSE, no maps or build info", (context) => {
    const { tarballs } = ready(context);
    for (const files of [tarballs.runtime, tarballs.codegen]) {
      expect(files).toContain("LICENSE");
      expect(files).toContain("README.md");
      expect(files.filter((file) => file.endsWith(".map") || file.includes("tsbuildinfo"))).toEqual([]);
    }
    expect(tarballs.runtime.filter((file) => !file.startsWith("dist/runtime/"))).toEqual([
      "LICENSE",
      "README.md",
      ...["error-envelope", "is-record", "json-pointer", "read-capped", "redact", "retry-policy"].flatMap((name) => [
        `dist/shared/${name}.d.ts`,
        `dist/shared/${name}.js`,
      ]),
      "package.json",
    ]);
    expect(tarballs.codegen.some((file) => file.startsWith("dist/runtime/"))).toBe(false);
    expect(tarballs.codegen).toContain("bin/apifree-codegen.js");
    expect(tarballs.codegen).toContain("dist/config/index.d.ts");
    expect(tarballs.codegen).toContain("snapshot/manifest.json");
    // The catalog's builders (tools/catalog) and the tests' fixtures stay in the repository:
    // the CLI's tarball holds its entry point, its compiled stages, the snapshot and the templates.
    const outside = tarballs.codegen.filter(
      (file) =>
        !["LICENSE", "README.md", "package.json"].includes(file) &&
        !/^(bin|snapshot|templates)\//.test(file) &&
        !/^dist\/(ci|cli|codegen|config|drift|mock|openapi|oracle|shared|snapshot|sync)\//.test(file),
    );
    expect(outside).toEqual([]);
  });

  it("declares as dependencies exactly the packages its shipped code imports", async (context) => {
    const { project } = ready(context);
    for (const name of ["apifree-typed", "apifree-codegen"]) {
      const dir = path.join(project, "node_modules", name);
      const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
        dependencies?: Record<string, string>;
        peerDependencies?: Record<string, string>;
      };
      const imported = new Set<string>();
      for (const entry of await readdir(path.join(dir, "dist"), { recursive: true, withFileTypes: true })) {
        if (!entry.isFile() || !entry.name.endsWith(".js")) continue;
        const code = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
        const specifiers = [
          ...code.matchAll(/^\s*(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/gm),
          ...code.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
          ...code.matchAll(/\bimport\(\s*["']([@\w.][^"'<>\s]*)["']\s*\)/g),
          // createRequire's require(): TypeScript and openapi-typescript are loaded that way.
          ...code.matchAll(/\brequire\(\s*["']([@\w.][^"'<>\s]*)["']\s*\)/g),
        ].map((match) => match[1]!);
        for (const specifier of specifiers) {
          if (specifier.startsWith("node:")) continue;
          if (specifier.startsWith(".")) {
            // Every relative import of a shipped module is shipped too.
            expect(existsSync(path.resolve(entry.parentPath, specifier)), `${entry.name} imports ${specifier}`).toBe(
              true,
            );
            continue;
          }
          const parts = specifier.split("/");
          imported.add(specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0]!);
        }
      }
      const declared = Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies }).filter(
        (dep) => dep !== "apifree-typed",
      );
      expect([...imported].sort(), name).toEqual(declared.sort());
      for (const range of Object.values({ ...manifest.dependencies, ...manifest.peerDependencies }))
        expect(range).toMatch(/^\^/);
    }
  });

  it(`installs the runtime alone in under 15 MB`, (context) => {
    const { runtimeBytes, codegenBytes, runtimeHasTypeScript } = ready(context);
    console.log(
      `runtime-only install (apifree-typed + zod): ${(runtimeBytes / 1024 / 1024).toFixed(1)} MB; apifree-codegen adds ${(codegenBytes / 1024 / 1024).toFixed(1)} MB`,
    );
    expect(runtimeBytes).toBeLessThan(RUNTIME_GOAL_BYTES);
    expect(runtimeHasTypeScript).toBe(false);
  });

  it("npx apifree-codegen mock with no snapshot/ serves the bundled catalog and says so; codegen runs offline", (context) => {
    const { mockStderr, codegenStdout, project } = ready(context);
    expect(mockURL).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1$/);
    expect(mockStderr).toMatch(/serving the bundled catalog \(.*node_modules[/\\]apifree-codegen[/\\]snapshot\)\n$/);
    expect(codegenStdout).toContain("using the built-in emulator on the bundled catalog");
    expect(existsSync(path.join(project, "src", "generated", "index.ts"))).toBe(true);
  });

  it(
    "plain tsc (module nodenext, rootDir src, outDir dist), then node dist/app.js",
    async (context) => {
      const { project } = ready(context);
      await exec("npx", ["tsc", "-p", "tsconfig.json"], { cwd: project }).catch((error: { stdout?: string }) => {
        throw new Error(`tsc failed in the user's project:\n${error.stdout ?? String(error)}`);
      });
      const { stdout } = await exec(process.execPath, ["dist/app.js"], { cwd: project, env: appEnv() });
      expectChatTwice(stdout);
    },
    5 * MINUTES,
  );

  it(
    "tsx src/app.ts",
    async (context) => {
      const { project } = ready(context);
      const { stdout } = await exec("npx", ["tsx", "src/app.ts"], { cwd: project, env: appEnv() });
      expectChatTwice(stdout);
    },
    5 * MINUTES,
  );

  it(
    "vitest run",
    async (context) => {
      const { project } = ready(context);
      const { stdout } = await exec("npx", ["vitest", "run"], { cwd: project, env: { ...appEnv(), CI: "1" } });
      expect(stdout).toMatch(/1 passed/);
    },
    5 * MINUTES,
  );

  it(
    "an esbuild bundle, run from a folder with no node_modules",
    async (context) => {
      const { project } = ready(context);
      const local = path.join(project, "node_modules", "esbuild", "bin", "esbuild");
      const esbuild = existsSync(local) ? local : path.join(ROOT, "node_modules", "esbuild", "bin", "esbuild");
      await exec(
        esbuild,
        [
          "src/app.ts",
          "--bundle",
          "--platform=node",
          "--format=esm",
          "--outfile=bundle/app.mjs",
          // undici is CommonJS: its require() calls of Node's modules need a require in an ESM bundle.
          "--banner:js=import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
        ],
        { cwd: project },
      );
      const elsewhere = await temp.make();
      await cp(path.join(project, "bundle"), elsewhere, { recursive: true });
      const { stdout } = await exec(process.execPath, [path.join(elsewhere, "app.mjs")], {
        cwd: elsewhere,
        env: appEnv(),
      });
      expectChatTwice(stdout);
    },
    5 * MINUTES,
  );
});
