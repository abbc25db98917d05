import { randomBytes } from "node:crypto";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";

/**
 * Build a directory's new contents in a sibling temporary directory, then swap
 * it into place with renames on the same file system. If `fill` throws, the
 * temporary directory is removed and `target` is untouched.
 */
export async function replaceDirAtomically(target: string, fill: (tempDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(target));
  const base = path.basename(path.resolve(target));
  await mkdir(parent, { recursive: true });
  const tag = `${process.pid}-${randomBytes(4).toString("hex")}`;
  const temp = path.join(parent, `.${base}.tmp-${tag}`);
  await mkdir(temp);
  try {
    await fill(temp);
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  const existing = await stat(target).catch(() => undefined);
  if (existing === undefined) {
    await rename(temp, target);
    return;
  }
  const old = path.join(parent, `.${base}.old-${tag}`);
  await rename(target, old);
  try {
    await rename(temp, target);
  } catch (error) {
    await rename(old, target);
    await rm(temp, { recursive: true, force: true });
    throw error;
  }
  await rm(old, { recursive: true, force: true });
}
