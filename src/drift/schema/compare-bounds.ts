import type { SchemaRuleKind } from "../rules.js";
import type { Out } from "./diff.js";
import type { CountKeyword } from "./keywords.js";
import type { Bound, NormalSchema } from "./types.js";

function describeBound(value: Bound | undefined): string {
  if (value === undefined) return "none";
  return value.exclusive ? `${value.value} (exclusive)` : String(value.value);
}

/** 1 when `after` admits fewer values than `before`, -1 when more, 0 when the same. Missing = unbounded. */
function compareLower(before: Bound | undefined, after: Bound | undefined): number {
  if (before === undefined || after === undefined) return before === after ? 0 : after === undefined ? -1 : 1;
  if (before.value !== after.value) return after.value > before.value ? 1 : -1;
  return before.exclusive === after.exclusive ? 0 : after.exclusive ? 1 : -1;
}

function compareUpper(before: Bound | undefined, after: Bound | undefined): number {
  if (before === undefined || after === undefined) return before === after ? 0 : after === undefined ? -1 : 1;
  if (before.value !== after.value) return after.value < before.value ? 1 : -1;
  return before.exclusive === after.exclusive ? 0 : after.exclusive ? 1 : -1;
}

const COUNT_RULES: Record<CountKeyword, { narrows: SchemaRuleKind; widens: SchemaRuleKind; isMin: boolean }> = {
  minLength: { narrows: "property-min-length-increased", widens: "property-min-length-decreased", isMin: true },
  maxLength: { narrows: "property-max-length-decreased", widens: "property-max-length-increased", isMin: false },
  minItems: { narrows: "property-min-items-increased", widens: "property-min-items-decreased", isMin: true },
  maxItems: { narrows: "property-max-items-decreased", widens: "property-max-items-increased", isMin: false },
  minProperties: {
    narrows: "property-min-properties-increased",
    widens: "property-min-properties-decreased",
    isMin: true,
  },
  maxProperties: {
    narrows: "property-max-properties-decreased",
    widens: "property-max-properties-increased",
    isMin: false,
  },
};

function isMultiple(value: number, of: number): boolean {
  const ratio = value / of;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

export function compareBounds(before: NormalSchema, after: NormalSchema, out: Out): void {
  const lower = compareLower(before.lower, after.lower);
  if (lower !== 0) {
    out.push({
      path: "",
      keyword: "minimum",
      kind: lower > 0 ? "property-min-increased" : "property-min-decreased",
      detail: `minimum ${describeBound(before.lower)} → ${describeBound(after.lower)}`,
    });
  }
  const upper = compareUpper(before.upper, after.upper);
  if (upper !== 0) {
    out.push({
      path: "",
      keyword: "maximum",
      kind: upper > 0 ? "property-max-decreased" : "property-max-increased",
      detail: `maximum ${describeBound(before.upper)} → ${describeBound(after.upper)}`,
    });
  }

  for (const [keyword, rule] of Object.entries(COUNT_RULES) as Array<
    [CountKeyword, (typeof COUNT_RULES)[CountKeyword]]
  >) {
    const a = before.counts[keyword];
    const b = after.counts[keyword];
    if (a === b) continue;
    // Missing: 0 for a minimum, unbounded for a maximum.
    const tighter = rule.isMin ? (b ?? 0) > (a ?? 0) : a === undefined || (b !== undefined && b < a);
    out.push({
      path: "",
      keyword,
      kind: tighter ? rule.narrows : rule.widens,
      detail: `${keyword} ${a ?? "none"} → ${b ?? "none"}`,
    });
  }

  const m = before.multipleOf;
  const n = after.multipleOf;
  if (m !== n) {
    const kind: SchemaRuleKind =
      m === undefined || (n !== undefined && isMultiple(n, m))
        ? "property-multiple-of-narrowed"
        : n === undefined || isMultiple(m, n)
          ? "property-multiple-of-widened"
          : "property-multiple-of-changed";
    out.push({ path: "", keyword: "multipleOf", kind, detail: `multipleOf ${m ?? "none"} → ${n ?? "none"}` });
  }

  if (before.uniqueItems !== after.uniqueItems) {
    out.push({
      path: "",
      keyword: "uniqueItems",
      kind: after.uniqueItems ? "property-unique-items-added" : "property-unique-items-removed",
      detail: `uniqueItems ${before.uniqueItems} → ${after.uniqueItems}`,
    });
  }

  if (before.pattern !== after.pattern) {
    const kind: SchemaRuleKind =
      before.pattern === undefined
        ? "property-pattern-added"
        : after.pattern === undefined
          ? "property-pattern-removed"
          : "property-pattern-changed";
    const show = (pattern: string | undefined) => (pattern === undefined ? "none" : `/${pattern}/`);
    out.push({
      path: "",
      keyword: "pattern",
      kind,
      detail: `pattern ${show(before.pattern)} → ${show(after.pattern)}`,
    });
  }
}
