// Makes this package self-contained before `npm pack`/`npm publish`: copies
// the CLI's compiled stages (not the runtime, which is the apifree-typed
// package) and the bundled catalog from the repository's build. The copies
// are git-ignored; the repository's root build is their only source.
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, rmSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../../", import.meta.url);
const here = new URL("./", import.meta.url);
const STAGES = ["ci", "cli", "codegen", "config", "drift", "mock", "openapi", "oracle", "shared", "snapshot", "sync"];

// The root build is incremental: cheap when dist/ is current, and the copy is never stale.
const tsc = fileURLToPath(new URL("node_modules/typescript/bin/tsc", root));
const built = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], {
  cwd: fileURLToPath(root),
  stdio: "inherit",
});
if (built.status !== 0 || !existsSync(new URL("dist/cli/main.js", root))) {
  process.stderr.write(
    "apifree-codegen prepack: the root build failed; run `npm run build` at the repository's root\n",
  );
  process.exit(2);
}
for (const dir of ["dist", "snapshot", "templates"]) rmSync(new URL(dir, here), { recursive: true, force: true });
for (const stage of STAGES) cpSync(new URL(`dist/${stage}`, root), new URL(`dist/${stage}`, here), { recursive: true });
cpSync(new URL("snapshot", root), new URL("snapshot", here), { recursive: true });
// `init` reads the workflow templates beside dist/ (dist/ci/../../templates).
cpSync(new URL("templates", root), new URL("templates", here), { recursive: true });
cpSync(new URL("LICENSE", root), new URL("LICENSE", here));
