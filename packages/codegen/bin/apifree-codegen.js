#!/usr/bin/env node
// Thin entry point of the published CLI. Installed from the tarball, the
// compiled CLI sits beside this folder (prepack.js copied it there). In the
// repository (prepack.js is never shipped, so its presence says where we
// are), it is the repository's own build: never a copy a pack left behind.
import { existsSync } from "node:fs";

const inRepository = existsSync(new URL("../prepack.js", import.meta.url));
const entry = new URL(inRepository ? "../../../dist/cli/main.js" : "../dist/cli/main.js", import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write(
    inRepository
      ? "apifree-codegen: dist/ is missing; run `npm run build` at the repository's root\n"
      : "apifree-codegen: the package is incomplete (dist/ is missing); reinstall apifree-codegen\n",
  );
  process.exit(2);
}
const { runProcess } = await import(entry.href);
process.exitCode = await runProcess(process.argv.slice(2));
