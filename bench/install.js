// Benchmark: what a user's install weighs. Packs both packages with `npm pack`
// and installs the tarballs into fresh projects, as a user would:
//   1. a project that only calls the API: apifree-typed + zod (goal: node_modules < 15 MB);
//   2. the same plus apifree-codegen, the generator (a dev dependency).
// Sizes are the bytes of the files under node_modules. The baseline, from the
// same run, is what the one-package install weighed (the runtime with every
// generator tool as a dependency): the runtime-only project plus what the
// generator adds.
//
//   node bench/install.js
import { execFileSync } from "node:child_process";
import { lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const GOAL_MB = 15;
const MB = 1024 * 1024;

const npm = (args, cwd) =>
  execFileSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline"], {
    cwd,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });

function bytesUnder(dir) {
  let total = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) total += lstatSync(path.join(entry.parentPath, entry.name)).size;
  return total;
}

function project(work, name, packages) {
  const dir = path.join(work, name);
  mkdirSync(dir);
  writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name, private: true, type: "module" })}\n`);
  npm(["install", ...packages], dir);
  return bytesUnder(path.join(dir, "node_modules"));
}

const work = mkdtempSync(path.join(tmpdir(), "apifree-bench-install-"));
try {
  const tarball = (dir) => {
    const [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", work], dir));
    return { file: path.join(work, packed.filename), bytes: packed.size, files: packed.entryCount };
  };
  const runtime = tarball(ROOT);
  const codegen = tarball(path.join(ROOT, "packages", "codegen"));
  const runtimeOnly = project(work, "runtime-only", [runtime.file, "zod@^4"]);
  const withCodegen = project(work, "with-codegen", [runtime.file, "zod@^4", codegen.file]);
  const fmt = (bytes) => `${(bytes / MB).toFixed(1)} MB`;
  const ok = runtimeOnly < GOAL_MB * MB;
  console.log(
    `  tarballs: apifree-typed ${(runtime.bytes / 1024).toFixed(0)} kB (${runtime.files} files), apifree-codegen ${(codegen.bytes / 1024).toFixed(0)} kB (${codegen.files} files)`,
  );
  console.log(
    `  runtime-only install (apifree-typed + zod)   ${fmt(runtimeOnly)}   ${ok ? "ok" : "MISSED"} (goal < ${GOAL_MB} MB)`,
  );
  console.log(
    `  with apifree-codegen (the generator)         ${fmt(withCodegen)}   the runtime alone is ${((runtimeOnly / withCodegen) * 100).toFixed(0)}% of it`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
