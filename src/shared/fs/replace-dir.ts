import { lstat, mkdir, rename, rm } from "node:fs/promises";
import path from "node:path";
import { ToolError } from "../tool-error.js";
import { assertReplaceable, type ReplaceTarget } from "./folder-guard.js";
import { recoverInterruptedSwap } from "./recover-swap.js";
import { swapName, swapTag } from "./swap-names.js";

/*
 * Replacing a folder X as a whole, so that a reader sees the old tree or the
 * new one, never a mix, and a failure leaves X as it was:
 *   1. fill .X.tmp-<pid>-<hex> beside X (same file system, so renames are atomic);
 *   2. rename it to .X.new-<pid>-<hex>: complete, before X is touched;
 *   3. rename X to .X.old-<pid>-<hex>, then .X.new-... to X;
 *   4. remove .X.old-....
 * A crash between the renames of step 3 leaves no X for as long as no one
 * looks: the next run that reads or replaces X (recover-swap.ts) renames the
 * complete new tree into place. Only X's parent (and parents this call
 * created) is ever written, and on failure every folder this call made is
 * removed.
 */

// Test hook: the process kills itself with SIGKILL at this point of the swap,
// so tests can crash a real process between the renames. Read here only.
const CRASH_ENV = "APIFREE_TYPED_TEST_SWAP_CRASH";
type CrashPoint = "complete" | "moved-aside" | "swapped";

function crashPoint(point: CrashPoint): void {
  if (process.env[CRASH_ENV] === point) process.kill(process.pid, "SIGKILL");
}

/**
 * Finish any interrupted swap of the target, then check that it may be
 * replaced (folder-guard.ts). Commands call this before long work, so a
 * refusal comes before any fetch or emit; replaceDirAtomically calls it again.
 */
export function readyToReplace(target: ReplaceTarget): void {
  recoverInterruptedSwap(target.dir);
  assertReplaceable(target);
}

async function swapInto(dir: string, complete: string, aside: string): Promise<void> {
  if ((await lstat(dir).catch(() => undefined)) === undefined) {
    await rename(complete, dir);
    return;
  }
  await rename(dir, aside);
  crashPoint("moved-aside");
  try {
    await rename(complete, dir);
  } catch (error) {
    // If this rename fails too, the old tree stays aside and the next run puts it back.
    await rename(aside, dir);
    throw error;
  }
  crashPoint("swapped");
  // The new tree is in place: failing to remove the old one must not report a
  // failed replacement. The next run's recovery removes it.
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
}

/**
 * Build a folder's new contents with `fill`, then swap them into place.
 * Refuses (ToolError, exit 2, nothing touched) a folder that is not ours;
 * when `fill` or a rename fails, `target.dir` is left as it was and the
 * error is rethrown (a file-system error as a ToolError naming the folder).
 */
export async function replaceDirAtomically(
  target: ReplaceTarget,
  fill: (tempDir: string) => Promise<void>,
): Promise<void> {
  readyToReplace(target);
  const dir = path.resolve(target.dir);
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  const tag = swapTag();
  const temp = path.join(parent, swapName(base, "tmp", tag));
  const complete = path.join(parent, swapName(base, "new", tag));
  let created: string | undefined;
  try {
    created = await mkdir(parent, { recursive: true });
    await mkdir(temp);
    await fill(temp);
    await rename(temp, complete);
    crashPoint("complete");
    await swapInto(dir, complete, path.join(parent, swapName(base, "old", tag)));
  } catch (error) {
    await rm(temp, { recursive: true, force: true });
    await rm(complete, { recursive: true, force: true });
    if (created !== undefined) await rm(created, { recursive: true, force: true });
    if (typeof (error as NodeJS.ErrnoException).code !== "string") throw error;
    throw new ToolError(
      `cannot replace ${target.flag} ${target.dir}: ${(error as Error).message}; it is left as it was`,
      { cause: error },
    );
  }
}
