#!/usr/bin/env node
// Thin entry point of `npm run lint:package`: packs both packages once (their
// prepack steps build and copy), then runs publint and attw on the tarballs,
// exactly what would be published. ESM only, hence attw's esm-only profile.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const work = mkdtempSync(path.join(tmpdir(), "apifree-lint-package-"));
let failed = false;
try {
  for (const dir of [root, path.join(root, "packages", "codegen")]) {
    const [packed] = JSON.parse(
      execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: dir, encoding: "utf8" }),
    );
    const tarball = path.join(work, packed.filename);
    for (const [tool, args] of [
      ["publint", ["--strict", tarball]],
      ["attw", [tarball, "--profile", "esm-only"]],
    ]) {
      const result = spawnSync(bin(tool), args, { stdio: "inherit" });
      if (result.status !== 0) {
        process.stderr.write(`lint:package: ${tool} failed on ${packed.filename}\n`);
        failed = true;
      }
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
process.exitCode = failed ? 1 : 0;
