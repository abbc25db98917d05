import { lstatSync, readdirSync, renameSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { isProcessAlive } from "./process-alive.js";
import { parseSwapName, type SwapStage } from "./swap-names.js";

/*
 * A swap (replace-dir.ts) renames X aside, then renames the complete new
 * tree into X. A process killed between the two leaves no X. Any later run
 * that reads or replaces X calls this first: it finishes the swap (the new
 * tree was complete before X was touched) or, failing that, puts the old X
 * back, then removes every leftover of a process that no longer runs.
 * Folders of a live process are never touched: that swap is still under way.
 * Synchronous: it runs once per command, before anything reads X.
 */

interface Leftover {
  file: string;
  stage: SwapStage;
  pid: number;
  alive: boolean;
}

// A live swap leaves X missing only between its two renames, a few system
// calls: a reader that lands there waits for the second rename, briefly.
const LIVE_SWAP_WAIT_MS = 5000;
const LIVE_SWAP_POLL_MS = 10;

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function exists(file: string): boolean {
  return lstatSync(file, { throwIfNoEntry: false }) !== undefined;
}

function newestFirst(a: string, b: string): number {
  const time = (file: string) => statSync(file, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return time(b) - time(a) || (a < b ? -1 : a > b ? 1 : 0);
}

function leftoversOf(dir: string): Leftover[] {
  const parent = path.dirname(dir);
  const base = path.basename(dir);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const found: Leftover[] = [];
  for (const name of names) {
    const parsed = parseSwapName(base, name);
    if (parsed !== undefined)
      found.push({ file: path.join(parent, name), ...parsed, alive: isProcessAlive(parsed.pid) });
  }
  return found;
}

/**
 * Wait (bounded) while another running process has moved X aside and not yet
 * renamed its new tree in. (This process's own swap cannot progress while
 * this blocks, so it is not waited for.)
 */
function waitForLiveSwap(target: string, leftovers: Leftover[]): void {
  if (!leftovers.some((each) => each.alive && each.stage === "old" && each.pid !== process.pid)) return;
  for (let waited = 0; waited < LIVE_SWAP_WAIT_MS && !exists(target); waited += LIVE_SWAP_POLL_MS)
    sleepSync(LIVE_SWAP_POLL_MS);
}

/** Complete or roll back an interrupted swap of `dir`, then remove the dead swaps' leftovers. */
export function recoverInterruptedSwap(dir: string): void {
  const target = path.resolve(dir);
  const found = leftoversOf(target);
  if (found.length === 0) return;
  if (!exists(target)) waitForLiveSwap(target, found);
  const leftovers = found.filter((each) => !each.alive);
  if (leftovers.length === 0) return;
  if (!exists(target)) {
    const candidates = [
      ...leftovers
        .filter((each) => each.stage === "new")
        .map((each) => each.file)
        .sort(newestFirst),
      ...leftovers
        .filter((each) => each.stage === "old")
        .map((each) => each.file)
        .sort(newestFirst),
    ];
    for (const candidate of candidates) {
      try {
        renameSync(candidate, target);
        break;
      } catch {
        // Another process recovered first, or this one vanished: try the next.
        if (exists(target)) break;
      }
    }
  }
  for (const { file } of leftovers) {
    try {
      rmSync(file, { recursive: true, force: true });
    } catch {
      // Not removable now (permissions, a busy file): the reader goes on, a later run tries again.
    }
  }
}
