import { lstatSync, readdirSync } from "node:fs";
import path from "node:path";
import { ToolError } from "../tool-error.js";
import { isWithin, realPath } from "./real-path.js";

/*
 * The folder rule: a folder this tool replaces as a whole (the snapshot, the
 * generated tree) is replaced only when it is absent, empty, or recognisably
 * one this tool wrote, of the same kind. Some folders are refused whatever
 * they hold: the root of the file system, the working directory and its
 * ancestors, and any folder that is, contains or lies inside the other
 * step's folder (generate's output inside the snapshot it reads, say). A
 * refusal is a ToolError (exit 2) that names the folder and says what to do;
 * nothing has been touched when it is thrown.
 */

export interface FolderKind {
  /** "a snapshot", "a generated tree". */
  name: string;
  /** What marks a folder of this kind, as said in a refusal. */
  sign: string;
  /** A sensible folder name to suggest. */
  example: string;
  /** Whether the existing, non-empty folder `dir` is one of ours of this kind. */
  isOurs(dir: string): boolean;
}

export interface ReplaceTarget {
  dir: string;
  /** How the user named the folder, for messages: "--out", "--snapshot". */
  flag: string;
  kind: FolderKind;
  /** Folders of the other step: the target may not be, contain or lie inside any of them. */
  apart?: ReadonlyArray<{ flag: string; dir: string }> | undefined;
}

/** The folder as the user wrote it, and where that really is when it reads differently. */
function named(flag: string, dir: string): string {
  const real = realPath(dir);
  return real === dir ? `${flag} ${dir}` : `${flag} ${dir} (${real})`;
}

function refuse(target: ReplaceTarget, reason: string, remedy: string): never {
  throw new ToolError(`refusing to replace ${named(target.flag, target.dir)}: ${reason}. ${remedy}`);
}

function neverReplaced(target: ReplaceTarget, real: string, cwd: string): void {
  const instead = `Choose a folder of its own, such as ./${target.kind.example}.`;
  if (path.dirname(real) === real) refuse(target, "it is the root of the file system", instead);
  if (real === cwd) refuse(target, "it is the working directory", instead);
  if (isWithin(cwd, real)) refuse(target, `it contains the working directory ${cwd}`, instead);
  for (const other of target.apart ?? []) {
    const otherReal = realPath(other.dir);
    const relation =
      otherReal === real
        ? "it is the same folder as"
        : isWithin(real, otherReal)
          ? "it lies inside"
          : isWithin(otherReal, real)
            ? "it contains"
            : undefined;
    if (relation !== undefined)
      refuse(target, `${relation} ${named(other.flag, other.dir)}`, "The two need separate folders.");
  }
}

/**
 * Throw a ToolError (exit 2) unless `target.dir` may be replaced as a whole.
 * `cwd` is injectable for tests.
 */
export function assertReplaceable(target: ReplaceTarget, cwd: string = process.cwd()): void {
  const absolute = path.resolve(target.dir);
  neverReplaced(target, realPath(absolute), realPath(cwd));
  const info = lstatSync(absolute, { throwIfNoEntry: false });
  if (info === undefined) return;
  const elsewhere = "Remove it yourself if it may go, or choose another folder.";
  if (info.isSymbolicLink())
    refuse(target, "it is a symbolic link", "Name the folder it points to, or another folder.");
  if (!info.isDirectory()) refuse(target, "it exists and is not a folder", elsewhere);
  let entries: string[];
  try {
    entries = readdirSync(absolute);
  } catch (error) {
    refuse(target, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, elsewhere);
  }
  if (entries.length === 0 || target.kind.isOurs(absolute)) return;
  refuse(
    target,
    `it is not empty and does not hold ${target.kind.name} written by apifree-typed (${target.kind.sign}); it is left as it was`,
    elsewhere,
  );
}
