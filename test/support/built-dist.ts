import { execFile } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

/*
 * Tests that run the real entry point (`node scripts/apifree-codegen.js`) or
 * the package as a user installs it load dist/. `npm test` builds first; when
 * dist/ is missing or older than src/ (a bare `npx vitest run`), this builds
 * it once with the project's tsc.
 */

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const ENTRY = path.join(ROOT, "scripts", "apifree-codegen.js");
const BUILT = path.join(ROOT, "dist", "cli", "main.js");
const SOURCES = ["src"];

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(
      newest,
      entry.isDirectory() ? newestSource(full) : entry.name.endsWith(".ts") ? statSync(full).mtimeMs : 0,
    );
  }
  return newest;
}

export async function ensureBuilt(): Promise<void> {
  const stale =
    !existsSync(BUILT) ||
    Math.max(...SOURCES.map((dir) => newestSource(path.join(ROOT, dir)))) > statSync(BUILT).mtimeMs;
  if (!stale) return;
  // A build that does not type-check is an error here too: dist/ would then be what tsc emitted from broken code.
  const tsc = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
  try {
    await promisify(execFile)(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: ROOT });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`\`tsc -p tsconfig.build.json\` failed:\n${`${stdout}${stderr}`.trim() || String(error)}`, {
      cause: error,
    });
  }
}
