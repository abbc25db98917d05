import { type Change, LOCATIONS, SEVERITIES } from "./types.js";

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Model, then operation (none first: the catalog), location (LOCATIONS:
 * what is sent, then what is read), pointer, rule: locale-independent, so
 * output is byte-identical everywhere.
 */
function compareChanges(a: Change, b: Change): number {
  return (
    byCodeUnits(a.model, b.model) ||
    byCodeUnits(a.operation ?? "", b.operation ?? "") ||
    LOCATIONS.indexOf(a.location) - LOCATIONS.indexOf(b.location) ||
    byCodeUnits(a.pointer, b.pointer) ||
    byCodeUnits(a.rule, b.rule) ||
    byCodeUnits(a.message, b.message)
  );
}

export function severityRank(change: Pick<Change, "severity">): number {
  return SEVERITIES.indexOf(change.severity);
}

/**
 * Sorted, with at most one change per (model, operation, rule, pointer): the
 * key an allow-list entry names. Two findings can only share it when a union
 * collapsed into a plain schema; their messages are joined.
 */
export function orderChanges<T extends Change>(changes: readonly T[]): T[] {
  const sorted = [...changes].sort(compareChanges);
  const unique: T[] = [];
  for (const change of sorted) {
    const last = unique.at(-1);
    if (
      last !== undefined &&
      last.model === change.model &&
      last.operation === change.operation &&
      last.rule === change.rule &&
      last.pointer === change.pointer
    ) {
      unique[unique.length - 1] = { ...last, message: `${last.message}; ${change.message}` };
    } else unique.push(change);
  }
  return unique;
}

export function byCodeUnitOrder(a: string, b: string): number {
  return byCodeUnits(a, b);
}
