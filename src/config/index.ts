/** What an `apifree.config.ts` holds: the same settings as the command-line flags, which override it. */
export interface Config {
  snapshot?: string;
  out?: string;
  baseURL?: string;
  models?: string | string[];
  excludeModels?: string | string[];
  concurrency?: number;
  timeout?: number;
}

/** Types a config file's object; returns it unchanged. */
export function defineConfig(config: Config): Config {
  return config;
}
