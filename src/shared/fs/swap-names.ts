import { randomBytes } from "node:crypto";

/*
 * Names of the sibling folders a swap of X goes through, all in X's parent:
 *   .X.tmp-<pid>-<hex>   being filled; incomplete, never used
 *   .X.new-<pid>-<hex>   filled completely: may replace X
 *   .X.old-<pid>-<hex>   the previous X, moved aside during the swap
 * The pid says whose it is, so a later run can tell a crashed swap's leftovers
 * from a swap still under way in another process.
 */

export type SwapStage = "tmp" | "new" | "old";

export interface SwapName {
  stage: SwapStage;
  pid: number;
}

/** A fresh tag for one swap: this process's pid and 8 random hex digits. */
export function swapTag(): string {
  return `${process.pid}-${randomBytes(4).toString("hex")}`;
}

export function swapName(base: string, stage: SwapStage, tag: string): string {
  return `.${base}.${stage}-${tag}`;
}

const PATTERN = /^\.(.+)\.(tmp|new|old)-([1-9]\d{0,9})-[0-9a-f]{8}$/;

/** The stage and pid of a swap folder of `base`, or undefined for any other name. */
export function parseSwapName(base: string, name: string): SwapName | undefined {
  const match = PATTERN.exec(name);
  if (match === null || match[1] !== base) return undefined;
  return { stage: match[2] as SwapStage, pid: Number(match[3]) };
}
