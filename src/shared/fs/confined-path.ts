import { realpathSync } from "node:fs";
import path from "node:path";
import { isWithin } from "./real-path.js";

/**
 * Whether `relative` is a plain '/'-separated path below a folder, as written:
 * not absolute, no empty, `.` or `..` segment, no backslash or NUL.
 */
export function isPlainRelativePath(relative: string): boolean {
  if (relative === "" || relative.startsWith("/") || /^[A-Za-z]:/.test(relative) || /[\\\0]/.test(relative))
    return false;
  return relative.split("/").every((segment) => segment !== "" && segment !== "." && segment !== "..");
}

/**
 * Where `relative` really leads from `root` (symbolic links followed), or
 * `undefined` when that is outside `root`. A path that does not exist yet
 * is judged by its written form; reading it later reports it missing.
 * `rootReal` is realpathSync.native(root), computed once by the caller.
 */
export function resolveInside(root: string, rootReal: string, relative: string): string | undefined {
  const file = path.join(root, ...relative.split("/"));
  let real: string;
  try {
    real = realpathSync.native(file);
  } catch {
    return isWithin(path.resolve(file), path.resolve(root)) ? file : undefined;
  }
  return isWithin(real, rootReal) ? file : undefined;
}
