import { commonDiscriminant, provablyDisjoint, type Resolver, typesOf } from "../analysis.js";
import { bareTyped, type Expr, isPrimitive, type JsonType, type TypeBranches } from "../ir.js";

/*
 * Building blocks that keep the IR small without changing its meaning:
 * a conjunction drops parts that cannot reject anything and narrows
 * type-dispatch parts to the types the other parts allow; nullable folds
 * into literals and type lists; a oneOf becomes a plain union (or a
 * discriminated dispatch) only when its branches are provably disjoint.
 */

/** "null" also accepted, as OpenAPI 3.0's `nullable: true`. */
export function nullable(expr: Expr): Expr {
  switch (expr.kind) {
    case "unknown":
    case "null":
    case "nullable":
      return expr;
    case "never":
      return { kind: "null" };
    case "literal":
      return expr.values.includes(null) ? expr : { kind: "literal", values: [...expr.values, null] };
    case "types":
      if (expr.othersPass || expr.branches.has("null")) return expr;
      return { kind: "types", branches: new Map([...expr.branches, ["null", true]]), othersPass: false };
    default:
      return { kind: "nullable", inner: expr };
  }
}

function isNullOnly(expr: Expr): boolean {
  return expr.kind === "null" || (expr.kind === "literal" && expr.values.length === 1 && expr.values[0] === null);
}

/** Restrict a type-dispatch part to the types other parts of the same conjunction allow. */
function narrow(expr: Expr, allowed: ReadonlySet<JsonType>): Expr {
  if (expr.kind !== "types") return expr;
  const kept: TypeBranches = new Map([...expr.branches].filter(([type]) => allowed.has(type)));
  const uncovered = [...allowed].some((type) => !kept.has(type));
  if (kept.size === 0) return expr.othersPass ? { kind: "unknown" } : { kind: "never" };
  if (kept.size === 1 && (!expr.othersPass || !uncovered)) {
    const [type, branch] = [...kept][0]!;
    if (branch !== true) return branch;
    // Strict: values of the other allowed types must still be rejected.
    return allowed.size === 1 ? { kind: "unknown" } : bareTyped(type);
  }
  if (kept.size === expr.branches.size) return expr;
  return { kind: "types", branches: kept, othersPass: expr.othersPass };
}

/** Every part must accept the value (allOf, and a schema's own keywords beside each other). */
export function conjunction(parts: readonly Expr[], resolver: Resolver): Expr {
  const flat: Expr[] = [];
  for (const part of parts) {
    if (part.kind === "allOf") flat.push(...part.parts);
    else if (part.kind !== "unknown") flat.push(part);
  }
  if (flat.some((part) => part.kind === "never")) return { kind: "never" };
  if (flat.length === 0) return { kind: "unknown" };
  if (flat.length === 1) return flat[0]!;
  let allowed: ReadonlySet<JsonType> | undefined;
  for (const part of flat) {
    const types = typesOf(part, resolver);
    allowed = allowed === undefined ? types : new Set([...allowed].filter((type) => types.has(type)));
  }
  if (allowed !== undefined && allowed.size === 0) return { kind: "never" };
  // A type-dispatch part may only be narrowed when another part enforces the types.
  const narrowed = flat.map((part, index) => {
    if (part.kind !== "types") return part;
    const others = flat.filter((_, j) => j !== index);
    let fromOthers: ReadonlySet<JsonType> | undefined;
    for (const other of others) {
      const types = typesOf(other, resolver);
      fromOthers = fromOthers === undefined ? types : new Set([...fromOthers].filter((type) => types.has(type)));
    }
    return fromOthers === undefined ? part : narrow(part, fromOthers);
  });
  const kept = narrowed.filter((part) => part.kind !== "unknown");
  if (kept.some((part) => part.kind === "never")) return { kind: "never" };
  if (kept.length === 0) return { kind: "unknown" };
  return kept.length === 1 ? kept[0]! : { kind: "allOf", parts: kept };
}

/** anyOf: at least one option. */
export function anyOf(options: readonly Expr[]): Expr {
  if (options.some((option) => option.kind === "unknown")) return { kind: "unknown" };
  const live = options.filter((option) => option.kind !== "never");
  const withNull = live.some(isNullOnly);
  const rest = live.filter((option) => !isNullOnly(option));
  let expr: Expr;
  if (rest.length === 0) expr = withNull ? { kind: "null" } : { kind: "never" };
  else if (rest.length === 1) expr = rest[0]!;
  else expr = { kind: "union", options: rest };
  return withNull && rest.length > 0 ? nullable(expr) : expr;
}

/** oneOf: exactly one option. A plain union when no two options can accept the same value. */
export function oneOf(options: readonly Expr[], resolver: Resolver): Expr {
  const live = options.filter((option) => option.kind !== "never");
  if (live.length === 0) return { kind: "never" };
  if (live.length === 1) return live[0]!;
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length; j++) {
      if (!provablyDisjoint(live[i]!, live[j]!, resolver)) return { kind: "xor", options: live };
    }
  }
  const rest = live.filter((option) => !isNullOnly(option));
  const discriminant = commonDiscriminant(rest, resolver);
  const expr: Expr =
    discriminant?.values.every((values) => values.every(isPrimitive)) === true
      ? {
          kind: "discriminated",
          property: discriminant.property,
          options: rest.map((option, index) => [discriminant.values[index]!, option]),
        }
      : anyOf(rest);
  return rest.length < live.length ? nullable(expr) : expr;
}

export function not(inner: Expr): Expr {
  if (inner.kind === "unknown") return { kind: "never" };
  if (inner.kind === "never") return { kind: "unknown" };
  return { kind: "not", inner };
}
