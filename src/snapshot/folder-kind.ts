import { readFileSync } from "node:fs";
import path from "node:path";
import type { FolderKind, ReplaceTarget } from "../shared/fs/folder-guard.js";
import { isRecord } from "../shared/is-record.js";
import { MANIFEST_FILE, SNAPSHOT_FORMAT } from "./format.js";

// A manifest that no longer parses (a merge conflict in it, say) still has
// its format line; recognising that lets `sync` repair the snapshot.
const FORMAT_LINE = new RegExp(`"format"\\s*:\\s*"${SNAPSHOT_FORMAT.replace("/", "\\/")}"`);

function holdsSnapshot(dir: string): boolean {
  let text: string;
  try {
    text = readFileSync(path.join(dir, MANIFEST_FILE), "utf8");
  } catch {
    return false;
  }
  try {
    const manifest: unknown = JSON.parse(text);
    return isRecord(manifest) && manifest.format === SNAPSHOT_FORMAT;
  } catch {
    return FORMAT_LINE.test(text);
  }
}

const SNAPSHOT_FOLDER: FolderKind = {
  name: "a snapshot",
  sign: `a snapshot has a ${MANIFEST_FILE} with "format": "${SNAPSHOT_FORMAT}"`,
  example: "snapshot",
  isOurs: holdsSnapshot,
};

/** The snapshot folder as a replace target; `flag` names it in messages. */
export function snapshotTarget(dir: string, flag = "--snapshot", apart?: ReplaceTarget["apart"]): ReplaceTarget {
  return { dir, flag, kind: SNAPSHOT_FOLDER, apart };
}
