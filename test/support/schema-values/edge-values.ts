import { type BoundaryKeyword, codePoints, type Edge, numericBound, numericStep, refuses, ulp } from "./boundaries.js";
import type { Random } from "./random.js";
import type { Schema } from "./view.js";

/*
 * Values at one edge of one boundary keyword (see boundaries.ts), made to
 * satisfy the other keywords of the same schema where they can: a string one
 * code point too long still matches the pattern, a number below the minimum
 * is still a multiple. `target` is the schema object holding the keyword;
 * `view` is everything that applies at that place (see view.ts).
 */

function num(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function integerOnly(view: Schema): boolean {
  const types = typeof view.type === "string" ? [view.type] : Array.isArray(view.type) ? view.type : [];
  return types.includes("integer") && !types.includes("number");
}

function inRange(view: Schema, value: number): boolean {
  return !(["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const).some((keyword) =>
    refuses(view, keyword, value),
  );
}

/** Decimal noise removed (0.30000000000000004 to 0.3); beyond 2^53 every double is an integer and kept. */
function tidy(value: number): number {
  const rounded = Math.abs(value) < 2 ** 53 ? Number(value.toPrecision(15)) : value;
  return Object.is(rounded, -0) ? 0 : rounded;
}

/** A number at the edge of a numeric bound or of multipleOf. */
export function numberAtEdge(
  view: Schema,
  target: Schema,
  keyword: BoundaryKeyword,
  edge: Edge,
  random: Random,
): number | undefined {
  const multipleOf = num(view.multipleOf);
  // The target may say integer where the merged view lost the type (one side a union, say).
  const integer = integerOnly(view) || integerOnly(target);
  if (keyword === "multipleOf") {
    const divisor = num(target.multipleOf);
    if (divisor === undefined) return undefined;
    const low = numericBound(view, "minimum")?.bound ?? numericBound(view, "exclusiveMinimum")?.bound;
    const high = numericBound(view, "maximum")?.bound ?? numericBound(view, "exclusiveMaximum")?.bound;
    const first = Math.ceil((low ?? (high ?? 0) - 1000) / divisor);
    const last = Math.floor((high ?? (low ?? 0) + 1000) / divisor);
    const multiples: number[] = [];
    for (let k = first; k <= Math.min(last, first + 50); k++) {
      const value = tidy(k * divisor);
      if (inRange(view, value)) multiples.push(value);
    }
    if (multiples.length === 0) return undefined;
    const multiple = random.pick(multiples);
    if (edge === "inside") return multiple;
    const off = integer ? 1 : divisor / 2;
    const outside = [tidy(multiple + off), tidy(multiple - off)].filter((value) => inRange(view, value));
    return outside.length === 0 ? undefined : random.pick(outside);
  }
  const bound = numericBound(target, keyword);
  if (bound === undefined) return undefined;
  let step = multipleOf !== undefined || integer ? numericStep(view, bound.bound) : Math.max(0.5, ulp(bound.bound));
  if (multipleOf === undefined && !integer) {
    // Just inside an exclusive bound, without crossing the bound on the other side.
    const other =
      numericBound(view, bound.lower ? "maximum" : "minimum") ??
      numericBound(view, bound.lower ? "exclusiveMaximum" : "exclusiveMinimum");
    if (other !== undefined) step = Math.min(step, Math.abs(other.bound - bound.bound) / 2 || step);
  }
  const towardsInside = bound.lower ? step : -step;
  const atBound = bound.bound;
  if (bound.exclusive) return edge === "inside" ? tidy(atBound + towardsInside) : atBound;
  return edge === "inside" ? atBound : tidy(atBound - towardsInside);
}

/** How many items (or code points) an array (or string) needs to sit at the edge of a length keyword. */
export function sizeAtEdge(target: Schema, keyword: BoundaryKeyword, edge: Edge): number | undefined {
  const limit = num(target[keyword]);
  if (limit === undefined) return undefined;
  const size = edge === "inside" ? limit : keyword.startsWith("max") ? limit + 1 : limit - 1;
  return size >= 0 ? size : undefined;
}

const PLAIN = [..."abcdefghijklmnopqrstuvwxyz0123456789_-"];
const WIDE = ["é", "中", "😀", "𝄞"];
const MISSES = ["", " ", "!", "!!", "a b", "é", "😀", "--", "_", "\n", "A", "0"];

function safeRegex(pattern: unknown): RegExp | undefined {
  if (typeof pattern !== "string") return undefined;
  try {
    return new RegExp(pattern, "u");
  } catch {
    return undefined;
  }
}

/** Exactly `size` code points, some outside the BMP, matching the view's pattern when one is known. */
function stringOfSize(
  view: Schema,
  size: number,
  random: Random,
  matching: (pattern: string) => readonly string[],
): string {
  const regex = safeRegex(view.pattern);
  if (regex === undefined || typeof view.pattern !== "string") {
    const chars = Array.from({ length: size }, () => (random.chance(0.2) ? random.pick(WIDE) : random.pick(PLAIN)));
    return chars.join("");
  }
  // Strings the pattern accepts, stretched or shrunk by repeating their own characters.
  const seeds = matching(view.pattern).filter((text) => text !== "");
  for (let attempt = 0; attempt < 16 && seeds.length > 0; attempt++) {
    const chars = [...random.pick(seeds)];
    const candidate =
      attempt % 2 === 0
        ? Array.from({ length: size }, (_, i) => chars[i % chars.length]).join("")
        : random.pick(chars).repeat(size);
    if (regex.test(candidate)) return candidate;
  }
  return random.pick(PLAIN).repeat(size);
}

/** A string the view's pattern refuses, within its lengths. */
function patternMiss(view: Schema, random: Random): string | undefined {
  const regex = safeRegex(view.pattern);
  if (regex === undefined) return undefined;
  const min = num(view.minLength) ?? 0;
  const max = num(view.maxLength) ?? Infinity;
  const fitted = MISSES.map((text) => {
    const chars = [...text];
    while (chars.length < min) chars.push("!");
    return chars.slice(0, max).join("");
  }).filter((text) => !regex.test(text) && codePoints(text) >= min);
  return fitted.length === 0 ? undefined : random.pick(fitted);
}

/** A string at the edge of a length keyword or of a pattern. */
export function stringAtEdge(
  view: Schema,
  target: Schema,
  keyword: BoundaryKeyword,
  edge: Edge,
  random: Random,
  matching: (pattern: string) => readonly string[],
): string | undefined {
  if (keyword !== "pattern") {
    const size = sizeAtEdge(target, keyword, edge);
    return size === undefined ? undefined : stringOfSize(view, size, random, matching);
  }
  if (edge === "outside") return patternMiss(view, random);
  const minLength = num(view.minLength) ?? 0;
  const maxLength = num(view.maxLength) ?? Infinity;
  const pool = matching(String(target.pattern)).filter((text) => {
    const length = codePoints(text);
    return length >= minLength && length <= maxLength;
  });
  return pool.length > 0 ? random.pick(pool) : stringOfSize(view, Math.max(minLength, 1), random, matching);
}
