import { fileURLToPath } from "node:url";

/**
 * The package's own snapshot/ (the bundled catalog): found from this file, never
 * from the cwd. dist/cli/ and src/cli/ both sit two levels below the folder that
 * holds snapshot/: the repository, or the installed apifree-codegen package.
 */
export function bundledSnapshotDir(): string {
  return fileURLToPath(new URL("../../snapshot", import.meta.url));
}
