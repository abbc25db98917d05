import type { Dirent } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generate } from "../codegen/generate.js";
import { treeOptionsOf } from "../codegen/generated-folder.js";
import { recoverInterruptedSwap } from "../shared/fs/recover-swap.js";
import { pointer } from "../shared/json-pointer.js";
import type { ModelFilter } from "../shared/model-filter.js";
import { byCodeUnitOrder } from "./order.js";
import type { Change } from "./types.js";

/** Every file under `root`, as '/'-separated relative paths; an absent folder has none. */
async function listFiles(root: string): Promise<string[]> {
  const files: string[] = [];
  async function walk(dir: string, prefix: string): Promise<void> {
    let entries: Dirent[];
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && prefix === "") return;
      throw error;
    }
    for (const entry of entries) {
      const relative = prefix === "" ? entry.name : `${prefix}/${entry.name}`;
      if (entry.isDirectory()) await walk(path.join(dir, entry.name), relative);
      else files.push(relative);
    }
  }
  await walk(root, "");
  return files.sort(byCodeUnitOrder);
}

function finding(
  generatedDir: string,
  file: string,
  rule: "generated-file-differs" | "generated-file-missing" | "generated-file-extra",
): Change {
  const messages = {
    "generated-file-differs": `${file} differs from what generate makes from the committed snapshot`,
    "generated-file-missing": `${file} is made by generate but not committed`,
    "generated-file-extra": `${file} is committed but generate no longer makes it`,
  };
  return {
    model: generatedDir,
    location: "generated",
    pointer: pointer(...file.split("/")),
    rule,
    severity: "breaking",
    message: `${messages[rule]}; run npx apifree-codegen generate and commit the result`,
  };
}

/**
 * Regenerate from the committed snapshot into a temporary folder and compare
 * it byte for byte with the committed generated tree. Each differing, missing
 * or extra file is one breaking finding, reported under the model name
 * `generatedDir`. A tree generated with a model filter is checked against
 * the same filter, and one generated with openapi.d.ts files (its marker
 * says so) is regenerated with them.
 */
export async function checkGenerated(
  snapshotDir: string,
  generatedDir: string,
  modelFilter?: ModelFilter,
): Promise<Change[]> {
  const temp = await mkdtemp(path.join(tmpdir(), "apifree-drift-"));
  try {
    const fresh = path.join(temp, "generated");
    // A swap of the committed tree cut short is finished first: its marker says how it was generated.
    recoverInterruptedSwap(generatedDir);
    const { openapiTypes } = treeOptionsOf(generatedDir);
    await generate({ snapshotDir, outDir: fresh, cacheDir: undefined, modelFilter, openapiTypes });
    const [expected, committed] = await Promise.all([listFiles(fresh), listFiles(generatedDir)]);
    const committedSet = new Set(committed);
    const expectedSet = new Set(expected);
    const changes: Change[] = [];
    for (const file of expected) {
      if (!committedSet.has(file)) changes.push(finding(generatedDir, file, "generated-file-missing"));
      else {
        const [a, b] = await Promise.all([readFile(path.join(fresh, file)), readFile(path.join(generatedDir, file))]);
        if (!a.equals(b)) changes.push(finding(generatedDir, file, "generated-file-differs"));
      }
    }
    for (const file of committed)
      if (!expectedSet.has(file)) changes.push(finding(generatedDir, file, "generated-file-extra"));
    return changes;
  } finally {
    await rm(temp, { recursive: true, force: true });
  }
}
