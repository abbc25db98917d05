// Removes what prepack.js copied, so the repository keeps one build (the root's).
import { rmSync } from "node:fs";

for (const copy of ["dist", "snapshot", "templates", "LICENSE"])
  rmSync(new URL(copy, import.meta.url), { recursive: true, force: true });
