import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ToolError } from "../shared/tool-error.js";
import type { Config } from "./index.js";
import { checkConfig } from "./schema.js";

/** Looked for in the working directory, in this order; more than one is an error. */
const CONFIG_FILES = [
  "apifree.config.ts",
  "apifree.config.mts",
  "apifree.config.js",
  "apifree.config.mjs",
  "apifree.config.json",
] as const;

export interface LoadedConfig {
  /** The file as the user would name it (relative to the working directory when found there). */
  file: string | undefined;
  config: Config;
}

/**
 * The config file named by `--config`, or the one found in `cwd`, checked.
 * No file (and no `--config`) is an empty config.
 */
export async function loadConfig(cwd: string, explicit: string | undefined): Promise<LoadedConfig> {
  const file = explicit ?? findConfigFile(cwd);
  if (file === undefined) return { file: undefined, config: {} };
  const absolute = path.resolve(cwd, file);
  if (!existsSync(absolute)) throw new ToolError(`--config ${file}: no such file`);
  const value = absolute.endsWith(".json") ? readJson(absolute, file) : await importModule(absolute, file);
  return { file, config: checkConfig(value, file) };
}

function findConfigFile(cwd: string): string | undefined {
  const found = CONFIG_FILES.filter((name) => existsSync(path.join(cwd, name)));
  if (found.length > 1)
    throw new ToolError(
      `more than one config file in ${cwd}: ${found.join(", ")}; keep one, or pick one with --config`,
    );
  return found[0];
}

function readJson(absolute: string, file: string): unknown {
  try {
    return JSON.parse(readFileSync(absolute, "utf8"));
  } catch (error) {
    throw new ToolError(`${file}: not valid JSON: ${(error as Error).message}`);
  }
}

/** This package's config entry, so `import { defineConfig } from "apifree-codegen"` loads without the package installed. */
function configEntry(): string {
  const compiled = fileURLToPath(new URL("./index.js", import.meta.url));
  return existsSync(compiled) ? compiled : fileURLToPath(new URL("./index.ts", import.meta.url));
}

/** A .ts/.mts/.js/.mjs config through jiti: TypeScript without a build step, its default export. */
async function importModule(absolute: string, file: string): Promise<unknown> {
  // Loaded only here: a JSON config, or none, never pays for it.
  const { createJiti } = await import("jiti");
  const jiti = createJiti(import.meta.url, {
    fsCache: false,
    moduleCache: false,
    alias: { "apifree-codegen": configEntry() },
  });
  try {
    return await jiti.import(absolute, { default: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new ToolError(`${file}: cannot load the config: ${message}`, { cause: error });
  }
}
