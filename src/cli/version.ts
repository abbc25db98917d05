import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The version of the package this CLI ships in: the nearest package.json
 * above this file, so it holds in src/, in dist/ and in any package that
 * carries the compiled CLI.
 */
export function packageVersion(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = readManifest(path.join(dir, "package.json"));
    if (manifest !== undefined && typeof manifest.version === "string") return manifest.version;
    const parent = path.dirname(dir);
    if (parent === dir) return "unknown";
    dir = parent;
  }
}

function readManifest(file: string): { version?: unknown } | undefined {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as { version?: unknown };
  } catch {
    return undefined;
  }
}
