import { z } from "zod";
import { ToolError } from "../shared/tool-error.js";
import type { Config } from "./index.js";

const text = z.string().min(1, "must be a non-empty string");
const count = z.number().int("must be an integer").min(1, "must be at least 1").max(9_999_999, "is too large");
const globs = z.union([text, z.array(text).readonly()], { error: "must be a glob string or an array of globs" });

// Strict at every level: a misspelt key is an error, not a silently ignored setting.
const CONFIG = z.strictObject({
  snapshot: text.optional(),
  out: text.optional(),
  baseURL: text.optional(),
  concurrency: count.optional(),
  timeout: z.number().positive("must be a positive number of seconds").max(999_999, "is too large").optional(),
  models: globs.optional(),
  excludeModels: globs.optional(),
  cache: z.boolean().optional(),
  openapiTypes: z.boolean().optional(),
  drift: z
    .strictObject({
      format: z.enum(["text", "json", "markdown"]).optional(),
      failOn: z.enum(["breaking", "any", "none"]).optional(),
      allow: text.optional(),
      checkGenerated: z.union([z.boolean(), text], { error: "must be true, false or a folder" }).optional(),
    })
    .optional(),
  mock: z
    .strictObject({
      host: text.optional(),
      port: z.number().int("must be an integer").min(0).max(65535, "must be 0..65535").optional(),
      maxConcurrency: count.optional(),
    })
    .optional(),
});

const API_KEY = /^api[-_]?key$/i;

function keyPath(path: readonly PropertyKey[]): string {
  return path.map(String).join(".");
}

/** The file's value as a Config, or exit 2 with one message naming the file and the first bad key. */
export function checkConfig(value: unknown, file: string): Config {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ToolError(`${file}: the config must be an object (export default defineConfig({ ... }))`);
  }
  const apiKey = Object.keys(value).find((key) => API_KEY.test(key));
  if (apiKey !== undefined) {
    throw new ToolError(
      `${file}: "${apiKey}" is not read from a config file, which is easily committed; set APIFREE_API_KEY in the environment instead`,
    );
  }
  const parsed = CONFIG.safeParse(value);
  if (parsed.success) return parsed.data as Config;
  const issue = parsed.error.issues[0]!;
  if (issue.code === "unrecognized_keys") {
    const key = keyPath([...issue.path, issue.keys[0]!]);
    const scope = issue.path.length === 0 ? CONFIG : undefined;
    const known = scope === undefined ? "" : ` (known keys: ${Object.keys(scope.shape).join(", ")})`;
    throw new ToolError(`${file}: unknown key "${key}"${known}`);
  }
  throw new ToolError(`${file}: key "${keyPath(issue.path)}": ${issue.message}`);
}
