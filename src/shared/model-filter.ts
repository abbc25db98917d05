import picomatch from "picomatch";
import { ToolError } from "./tool-error.js";

/**
 * Which models a command works on: ids matching any `include` glob (every id
 * when there is none) and no `exclude` glob. Globs are picomatch's, on the
 * whole id: `*` stops at `/` as in a path, so `gpt-5*` picks `gpt-5.2` and
 * not `openai/gpt-5.2`; `**\/gpt-5*` picks both.
 */
export interface ModelFilter {
  include: readonly string[];
  exclude: readonly string[];
}

/** `'gpt-5*,claude-*'` -> its globs; blanks around commas are dropped. */
export function globList(text: string): string[] {
  return text
    .split(",")
    .map((glob) => glob.trim())
    .filter((glob) => glob !== "");
}

export function isFiltering(filter: ModelFilter | undefined): filter is ModelFilter {
  return filter !== undefined && (filter.include.length > 0 || filter.exclude.length > 0);
}

/** A predicate over model ids; without a filter every id passes. */
export function modelMatcher(filter: ModelFilter | undefined): (id: string) => boolean {
  if (!isFiltering(filter)) return () => true;
  const options = { dot: true };
  const included = filter.include.length === 0 ? () => true : picomatch([...filter.include], options);
  const excluded = filter.exclude.length === 0 ? () => false : picomatch([...filter.exclude], options);
  return (id) => included(id) && !excluded(id);
}

/** The filter as the user wrote it, for messages: `--models 'gpt-5*' --exclude-models 'gpt-5-nano'`. */
export function describeFilter(filter: ModelFilter): string {
  const parts: string[] = [];
  if (filter.include.length > 0) parts.push(`--models '${filter.include.join(",")}'`);
  if (filter.exclude.length > 0) parts.push(`--exclude-models '${filter.exclude.join(",")}'`);
  return parts.join(" ");
}

/** Exit 2 when a filter leaves nothing: a typo in a glob must not pass as "no models". */
export function noModelsMatch(filter: ModelFilter, where: string, ids: readonly string[]): ToolError {
  const sample = ids.slice(0, 5).join(", ");
  const more = ids.length > 5 ? `, ... (${ids.length} in all)` : "";
  return new ToolError(
    `${describeFilter(filter)} matches none of the ${ids.length} models of ${where}` +
      (ids.length === 0 ? "" : ` (${sample}${more})`) +
      "; `*` stops at `/`: write `**/NAME*` to match NAME under any vendor prefix",
  );
}
