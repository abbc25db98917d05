import { isAnnotationKind, type SchemaRuleKind } from "../rules.js";
import { compareAnnotations } from "./compare-annotations.js";
import { compareNullability, describeTypes } from "./compare-values.js";
import type { Finding, Out, SchemaDiff } from "./diff.js";
import { bareOf } from "./normalize.js";
import { isPureUnion } from "./shape.js";
import { shortValue } from "./stable-key.js";
import type { Child, NormalSchema } from "./types.js";

type Composition = "allOf" | "anyOf" | "oneOf";

const ADDED: Record<Composition, SchemaRuleKind> = {
  allOf: "property-all-of-added",
  anyOf: "property-any-of-added",
  oneOf: "property-one-of-added",
};
const REMOVED: Record<Composition, SchemaRuleKind> = {
  allOf: "property-all-of-removed",
  anyOf: "property-any-of-removed",
  oneOf: "property-one-of-removed",
};

function discriminatingValue(node: NormalSchema): string | undefined {
  for (const [name, child] of node.properties) {
    const values = child().values;
    if (values !== undefined && values.size === 1) return `${name}=${[...values.keys()][0]}`;
  }
  return undefined;
}

/** What pairs a changed branch with its old self: its component name, title, or a property fixed to one value. */
function identity(node: NormalSchema): string | undefined {
  if (node.refName !== undefined) return `ref:${node.refName}`;
  const title = node.annotations.get("title");
  if (title !== undefined) return `title:${title}`;
  const value = discriminatingValue(node);
  return value === undefined ? undefined : `value:${value}`;
}

function branchLabel(node: NormalSchema): string {
  if (node.refName !== undefined) return node.refName;
  const title = node.annotations.get("title");
  if (title !== undefined) return shortValue(JSON.parse(title), 40);
  const value = discriminatingValue(node);
  if (value !== undefined) return value;
  if (node.values !== undefined && node.values.size === 1) return shortValue([...node.values.values()][0], 40);
  return describeTypes(node.types, node.nullable);
}

interface BranchMatch {
  pairs: Array<[number, number]>;
  removed: number[];
  added: number[];
}

/**
 * Pair old and new branches: identical ones first, then ones differing only
 * in annotations, then by identity (component name, title, discriminating
 * value), and finally a single leftover on each side with each other.
 */
function matchBranches(diff: SchemaDiff, before: readonly NormalSchema[], after: readonly NormalSchema[]): BranchMatch {
  const pairs: Array<[number, number]> = [];
  const freeBefore = new Set(before.keys());
  const freeAfter = new Set(after.keys());
  const pass = (accept: (a: NormalSchema, b: NormalSchema) => boolean) => {
    for (const i of [...freeBefore]) {
      for (const j of freeAfter) {
        if (accept(before[i]!, after[j]!)) {
          pairs.push([i, j]);
          freeBefore.delete(i);
          freeAfter.delete(j);
          break;
        }
      }
    }
  };
  pass((a, b) => diff.compare(a, b).length === 0);
  pass((a, b) => diff.compare(a, b).every((finding) => isAnnotationKind(finding.kind)));
  pass((a, b) => {
    const key = identity(a);
    return key !== undefined && key === identity(b);
  });
  // Same shape (types, enum or not), and the only free branch of that shape on each side.
  const shape = (node: NormalSchema) => `${describeTypes(node.types)}${node.values === undefined ? "" : ":values"}`;
  const unique = (free: Set<number>, list: readonly NormalSchema[], key: string) =>
    [...free].filter((index) => shape(list[index]!) === key);
  for (const i of [...freeBefore]) {
    const key = shape(before[i]!);
    const mine = unique(freeBefore, before, key);
    const theirs = unique(freeAfter, after, key);
    if (mine.length === 1 && theirs.length === 1) {
      pairs.push([i, theirs[0]!]);
      freeBefore.delete(i);
      freeAfter.delete(theirs[0]!);
    }
  }
  if (freeBefore.size === 1 && freeAfter.size === 1) {
    pairs.push([[...freeBefore][0]!, [...freeAfter][0]!]);
    freeBefore.clear();
    freeAfter.clear();
  }
  return {
    pairs: pairs.sort((x, y) => x[1] - y[1]),
    removed: [...freeBefore].sort((x, y) => x - y),
    added: [...freeAfter].sort((x, y) => x - y),
  };
}

function compareBranchLists(
  diff: SchemaDiff,
  keyword: Composition,
  before: readonly Child[],
  after: readonly Child[],
  out: Out,
): void {
  const olds = before.map((child) => child());
  const news = after.map((child) => child());
  const match = matchBranches(diff, olds, news);
  for (const [i, j] of match.pairs) diff.child(out, `/${keyword}/${j}`, olds[i]!, news[j]!);
  for (const i of match.removed) {
    out.push({
      path: `/${keyword}/${i}`,
      keyword: undefined,
      kind: REMOVED[keyword],
      detail: `${keyword} branch ${i} (${branchLabel(olds[i]!)}) removed`,
    });
  }
  for (const j of match.added) {
    out.push({
      path: `/${keyword}/${j}`,
      keyword: undefined,
      kind: ADDED[keyword],
      detail: `${keyword} branch ${j} (${branchLabel(news[j]!)}) added`,
    });
  }
}

function unionOf(node: NormalSchema): { keyword: "anyOf" | "oneOf"; branches: NormalSchema[] } {
  return node.anyOf !== undefined
    ? { keyword: "anyOf", branches: node.anyOf.map((child) => child()) }
    : { keyword: "oneOf", branches: (node.oneOf ?? []).map((child) => child()) };
}

/**
 * One side a pure union, the other a plain schema: pair the plain schema with
 * the branch it matches and report the other branches as added (removed).
 * Returns false (compare keyword by keyword instead) when no branch matches.
 */
export function compareUnionReshaped(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): boolean {
  const collapsing = isPureUnion(before);
  const unionNode = collapsing ? before : after;
  const plainNode = collapsing ? after : before;
  const union = unionOf(unionNode);
  const plain = bareOf(plainNode);
  const match = collapsing
    ? matchBranches(diff, union.branches, [plain])
    : matchBranches(diff, [plain], union.branches);
  const pair = match.pairs[0];
  if (pair === undefined) return false;
  const branch = union.branches[collapsing ? pair[0] : pair[1]]!;
  // The description usually moves between the property and its branch: compare
  // the plain schema's annotations with the union's, the branch's filling in.
  const unionSide = { ...unionNode, annotations: new Map([...branch.annotations, ...unionNode.annotations]) };
  compareNullability(before, after, out);
  compareAnnotations(collapsing ? unionSide : plainNode, collapsing ? plainNode : unionSide, out);
  if (collapsing) {
    diff.child(out, "", bareOf(branch), plain);
    for (const i of match.removed) {
      out.push({
        path: `/${union.keyword}/${i}`,
        keyword: undefined,
        kind: REMOVED[union.keyword],
        detail: `${union.keyword} branch ${i} (${branchLabel(union.branches[i]!)}) removed: only ${branchLabel(plain)} is left`,
      });
    }
  } else {
    diff.child(out, `/${union.keyword}/${pair[1]}`, plain, bareOf(branch));
    for (const j of match.added) {
      out.push({
        path: `/${union.keyword}/${j}`,
        keyword: undefined,
        kind: ADDED[union.keyword],
        detail: `${union.keyword} branch ${j} (${branchLabel(union.branches[j]!)}) added beside ${branchLabel(plain)}`,
      });
    }
  }
  return true;
}

function significant(findings: readonly Finding[]): number {
  return findings.filter((finding) => !isAnnotationKind(finding.kind)).length;
}

export function compareComposition(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): void {
  if (before.allOf !== undefined || after.allOf !== undefined)
    compareBranchLists(diff, "allOf", before.allOf ?? [], after.allOf ?? [], out);

  const switched =
    before.oneOf !== undefined && before.anyOf === undefined && after.anyOf !== undefined && after.oneOf === undefined
      ? "oneOf→anyOf"
      : before.anyOf !== undefined &&
          before.oneOf === undefined &&
          after.oneOf !== undefined &&
          after.anyOf === undefined
        ? "anyOf→oneOf"
        : undefined;
  if (switched === "oneOf→anyOf") {
    out.push({ path: "", keyword: "anyOf", kind: "property-one-of-became-any-of", detail: "oneOf → anyOf" });
    compareBranchLists(diff, "anyOf", before.oneOf!, after.anyOf!, out);
  } else if (switched === "anyOf→oneOf") {
    out.push({ path: "", keyword: "oneOf", kind: "property-any-of-became-one-of", detail: "anyOf → oneOf" });
    compareBranchLists(diff, "oneOf", before.anyOf!, after.oneOf!, out);
  } else {
    for (const keyword of ["anyOf", "oneOf"] as const) {
      const a = before[keyword];
      const b = after[keyword];
      if (a !== undefined && b !== undefined) compareBranchLists(diff, keyword, a, b, out);
      else if (a !== undefined || b !== undefined) {
        out.push({
          path: "",
          keyword,
          kind: "property-keyword-changed",
          detail: `${keyword} constraint ${a === undefined ? "added" : "removed"}`,
        });
      }
    }
  }

  if (before.not === undefined && after.not === undefined) return;
  if (before.not === undefined)
    out.push({
      path: "",
      keyword: "not",
      kind: "property-not-added",
      detail: `now excludes ${branchLabel(after.not!())}`,
    });
  else if (after.not === undefined)
    out.push({
      path: "",
      keyword: "not",
      kind: "property-not-removed",
      detail: `no longer excludes ${branchLabel(before.not())}`,
    });
  else {
    const changed = significant(diff.compare(before.not(), after.not()));
    if (changed > 0)
      out.push({
        path: "",
        keyword: "not",
        kind: "property-not-changed",
        detail: `the excluded schema changed (${changed} difference${changed === 1 ? "" : "s"})`,
      });
  }
}
