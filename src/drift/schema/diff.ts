import type { SchemaRuleKind } from "../rules.js";
import { compareAnnotations } from "./compare-annotations.js";
import { compareArrays } from "./compare-arrays.js";
import { compareBounds } from "./compare-bounds.js";
import { compareComposition, compareUnionReshaped } from "./compare-composition.js";
import { compareGeneric } from "./compare-generic.js";
import { compareObjects } from "./compare-objects.js";
import { compareNullability, compareTypes, compareValues } from "./compare-values.js";
import { hasUnion, isPureUnion } from "./shape.js";
import type { NormalSchema } from "./types.js";

/** One rule firing, relative to the pair of schemas being compared. */
export interface Finding {
  /** Pointer of the schema node, relative to the compared pair. */
  path: string;
  /** Keyword the rule is about, appended to the path to make the reported pointer; undefined for node-level rules. */
  keyword: string | undefined;
  kind: SchemaRuleKind;
  /** What changed, old -> new, without the property path (the report adds it). */
  detail: string;
}

export type Out = Finding[];

/**
 * Compares normalised schemas pairwise, memoised by node pair, so a component
 * used in many places is compared once and its findings are re-rooted at
 * each place. Recursion is detected on pairs of structures (`core`): when a
 * recursive schema comes back to a pair being compared, only what its
 * wrapper adds (null, annotations) is compared there; the rest is reported
 * once, where the recursion was entered.
 */
export class SchemaDiff {
  private readonly memo = new Map<string, readonly Finding[]>();
  private readonly activeCores = new Set<string>();

  compare(before: NormalSchema, after: NormalSchema): readonly Finding[] {
    if (before === after) return [];
    const coreKey = `${before.core}:${after.core}`;
    if (this.activeCores.has(coreKey)) {
      const out: Out = [];
      compareNullability(before, after, out);
      compareAnnotations(before, after, out);
      return out;
    }
    const key = `${before.id}:${after.id}`;
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    this.activeCores.add(coreKey);
    const out: Out = [];
    try {
      compareNode(this, before, after, out);
    } finally {
      this.activeCores.delete(coreKey);
    }
    this.memo.set(key, out);
    return out;
  }

  /** Compare a pair of subschemas and add their findings under `prefix`. */
  child(out: Out, prefix: string, before: NormalSchema, after: NormalSchema): void {
    for (const finding of this.compare(before, after)) out.push({ ...finding, path: prefix + finding.path });
  }
}

function compareNode(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): void {
  // A plain schema that became a union of it and something else (or the
  // reverse) is a branch added (removed), not a rewrite of every keyword.
  if ((isPureUnion(before) && !hasUnion(after)) || (!hasUnion(before) && isPureUnion(after))) {
    if (compareUnionReshaped(diff, before, after, out)) return;
  }
  compareNullability(before, after, out);
  compareTypes(before, after, out);
  compareValues(before, after, out);
  compareBounds(before, after, out);
  compareObjects(diff, before, after, out);
  compareArrays(diff, before, after, out);
  compareComposition(diff, before, after, out);
  compareGeneric(diff, before, after, out);
  compareAnnotations(before, after, out);
}
