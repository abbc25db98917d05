/*
 * What a user imports in apifree.config.ts: the Config type and defineConfig.
 * Kept free of runtime imports: loading a config file must not load the
 * code generators.
 */

/** A comma-separated list (`"gpt-5*,claude-*"`) or an array of model-id globs. */
export type ModelGlobs = string | readonly string[];

/**
 * What the command-line flags hold, for every command. A flag given on the
 * command line wins over the file; the file wins over the defaults. The API
 * key is never read from here: it comes from APIFREE_API_KEY only.
 */
export interface Config {
  /** `--snapshot DIR` (default `snapshot`). */
  snapshot?: string;
  /** `--out DIR`: the generated tree (default `generated`). */
  out?: string;
  /** `--base-url URL`, `/v1` included (else APIFREE_BASE_URL, else https://api.apifree.ai/v1). */
  baseURL?: string;
  /** `--concurrency N`: requests in flight for sync and drift (default 8). */
  concurrency?: number;
  /** `--timeout SECONDS`: deadline for each whole request (default 120). */
  timeout?: number;
  /** `--models`: only the models these globs match (sync, generate, codegen, drift). */
  models?: ModelGlobs;
  /** `--exclude-models`: leave out the models these globs match. */
  excludeModels?: ModelGlobs;
  /** `false` is `--no-cache` for generate and codegen. */
  cache?: boolean;
  /** `true` is `--openapi-types` for generate and codegen: also write each model's openapi.d.ts. */
  openapiTypes?: boolean;
  drift?: {
    /** `--format` (default `text`). */
    format?: "text" | "json" | "markdown";
    /** `--fail-on` (default `breaking`). */
    failOn?: "breaking" | "any" | "none";
    /** `--allow FILE`: the allow-list (default `drift-allow.json` when it exists). */
    allow?: string;
    /** `--check-generated [DIR]`: `true` checks the `out` tree. */
    checkGenerated?: boolean | string;
  };
  mock?: {
    /** `--host` (default `127.0.0.1`). */
    host?: string;
    /** `--port N` (default 0: any free port). */
    port?: number;
    /** `--max-concurrency N` (default: unlimited). */
    maxConcurrency?: number;
  };
}

/** Returns its argument: it only gives an `apifree.config.ts` its types. */
export function defineConfig(config: Config): Config {
  return config;
}
