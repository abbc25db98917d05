import { realpathSync } from "node:fs";
import path from "node:path";

/**
 * The absolute path with every symbolic link resolved, for the part that
 * exists; the missing tail is appended as written. Two spellings of one
 * folder (a link, `..`, a relative path) compare equal after this.
 */
export function realPath(file: string): string {
  let existing = path.resolve(file);
  const missing: string[] = [];
  for (;;) {
    try {
      return path.join(realpathSync.native(existing), ...missing.reverse());
    } catch {
      const parent = path.dirname(existing);
      if (parent === existing) return path.resolve(file);
      missing.push(path.basename(existing));
      existing = parent;
    }
  }
}

/** Whether `inner` is `outer` itself or lies below it (both already absolute and resolved). */
export function isWithin(inner: string, outer: string): boolean {
  const relative = path.relative(outer, inner);
  return relative === "" || (relative !== ".." && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}
