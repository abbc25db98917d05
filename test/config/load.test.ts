import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config/load.js";
import { ToolError } from "../../src/shared/tool-error.js";
import { tempDirs } from "../support/temp.js";

const temp = tempDirs("apifree-config");
afterAll(() => temp.cleanup());

const SETTINGS = { snapshot: "snap", models: ["gpt-5*"], drift: { failOn: "any" }, mock: { port: 4010 } };

const SOURCES: Record<string, string> = {
  "apifree.config.ts": `import { defineConfig } from "apifree-codegen";
const port: number = 4010;
export default defineConfig({ snapshot: "snap", models: ["gpt-5*"], drift: { failOn: "any" }, mock: { port } });
`,
  "apifree.config.mts": `import type { Config } from "apifree-codegen";
const config: Config = ${JSON.stringify(SETTINGS)};
export default config;
`,
  "apifree.config.js": `export default ${JSON.stringify(SETTINGS)};\n`,
  "apifree.config.mjs": `import { defineConfig } from "apifree-codegen";\nexport default defineConfig(${JSON.stringify(SETTINGS)});\n`,
  "apifree.config.json": JSON.stringify(SETTINGS),
};

async function folderWith(files: Record<string, string>): Promise<string> {
  const dir = await temp.make();
  for (const [name, content] of Object.entries(files)) await writeFile(path.join(dir, name), content);
  return dir;
}

async function failure(promise: Promise<unknown>): Promise<ToolError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ToolError);
  return error as ToolError;
}

describe("loadConfig", () => {
  it.each(Object.keys(SOURCES))("finds and loads %s in the working directory", async (name) => {
    const dir = await folderWith({ [name]: SOURCES[name]! });
    expect(await loadConfig(dir, undefined)).toEqual({ file: name, config: SETTINGS });
  });

  it("is empty without a file", async () => {
    expect(await loadConfig(await temp.make(), undefined)).toEqual({ file: undefined, config: {} });
  });

  it("loads the file --config names, relative to the working directory", async () => {
    const dir = await folderWith({ "ci.json": JSON.stringify({ out: "gen" }), "apifree.config.json": "{}" });
    expect(await loadConfig(dir, "ci.json")).toEqual({ file: "ci.json", config: { out: "gen" } });
  });

  it("refuses two config files side by side", async () => {
    const dir = await folderWith({ "apifree.config.ts": "export default {};", "apifree.config.json": "{}" });
    const error = await failure(loadConfig(dir, undefined));
    expect(error.message).toMatch(/more than one config file .*apifree\.config\.ts, apifree\.config\.json/);
  });

  it("names a --config file that does not exist", async () => {
    const error = await failure(loadConfig(await temp.make(), "nope.ts"));
    expect(error.message).toBe("--config nope.ts: no such file");
  });

  it.each([
    [{ apiKey: "sk-123" }, /"apiKey" is not read from a config file.*APIFREE_API_KEY/],
    [{ api_key: "sk-123" }, /"api_key" is not read from a config file.*APIFREE_API_KEY/],
    [{ snapshots: "x" }, /^apifree\.config\.json: unknown key "snapshots" \(known keys: snapshot, out,/],
    [{ drift: { failon: "any" } }, /^apifree\.config\.json: unknown key "drift\.failon"$/],
    [{ drift: { failOn: "all" } }, /^apifree\.config\.json: key "drift\.failOn": .*"breaking"\|"any"\|"none"/],
    [{ concurrency: 0 }, /^apifree\.config\.json: key "concurrency": must be at least 1$/],
    [{ concurrency: 2.5 }, /^apifree\.config\.json: key "concurrency": must be an integer$/],
    [{ mock: { port: 70000 } }, /^apifree\.config\.json: key "mock\.port": must be 0\.\.65535$/],
    [{ models: ["gpt-5*", 3] }, /^apifree\.config\.json: key "models": must be a glob string or an array of globs$/],
    [[], /^apifree\.config\.json: the config must be an object/],
  ])("rejects %j with one message naming the file and the key", async (value, message) => {
    const dir = await folderWith({ "apifree.config.json": JSON.stringify(value) });
    const error = await failure(loadConfig(dir, undefined));
    expect(error.message).toMatch(message);
    expect(error.exitCode).toBe(2);
    expect(error.message).not.toContain("sk-123");
  });

  it("names the file that does not parse or load", async () => {
    const dir = await folderWith({ "bad.json": "{ nope", "bad.ts": "export default {;" });
    expect((await failure(loadConfig(dir, "bad.json"))).message).toMatch(/^bad\.json: not valid JSON/);
    expect((await failure(loadConfig(dir, "bad.ts"))).message).toMatch(/^bad\.ts: cannot load the config/);
  });
});
