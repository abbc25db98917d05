import type { CountKeyword } from "./keywords.js";

/** A subschema, normalised on first use: laziness is what lets recursive and cyclic `$ref`s terminate. */
export type Child = () => NormalSchema;

export interface Bound {
  value: number;
  exclusive: boolean;
}

export type GenericValue =
  | { kind: "schema"; child: Child }
  | { kind: "schemas"; children: readonly Child[] }
  | { kind: "map"; children: ReadonlyMap<string, Child> }
  | { kind: "value"; canonical: string };

/**
 * One schema with the OpenAPI 3.0 / 3.1 differences and the `$ref` layout
 * taken out, so that two schemas accepting the same values compare equal:
 *   - null is the `nullable` flag (3.0 `nullable: true`, 3.1 `"null"` in
 *     `type`, `null` in `enum`, `const: null`, or a `{type: "null"}` branch of
 *     anyOf/oneOf), never part of `types` or `values`;
 *   - `const` and a one-value `enum` are the same `values`;
 *   - boolean (3.0) and numeric (3.1) exclusive bounds are one `Bound`;
 *   - `example` is `examples: [example]`;
 *   - a `$ref` is replaced by its target (its annotation siblings override the
 *     target's), and a wrapper holding nothing but one allOf/anyOf/oneOf
 *     branch is replaced by that branch.
 */
export interface NormalSchema {
  /** Unique per normalised node; pairs of ids key the comparison memo. */
  readonly id: number;
  /**
   * The id of the node whose structure this one shares: a `$ref` seen through
   * annotations or an added null is a new node over the same structure. Pairs
   * of cores detect recursion, so a recursive schema is unrolled only once.
   */
  readonly core: number;
  /** The component name (`#/components/schemas/NAME`) this schema is, or was reached through; pairs union branches. */
  readonly refName: string | undefined;
  /** Accepted JSON types other than null; undefined means any type. `integer` is absent when `number` is present. */
  readonly types: ReadonlySet<string> | undefined;
  readonly nullable: boolean;
  /** Allowed values other than null (canonical JSON -> value); undefined means unrestricted. */
  readonly values: ReadonlyMap<string, unknown> | undefined;
  readonly lower: Bound | undefined;
  readonly upper: Bound | undefined;
  readonly counts: Readonly<Partial<Record<CountKeyword, number>>>;
  readonly multipleOf: number | undefined;
  readonly uniqueItems: boolean;
  readonly pattern: string | undefined;
  readonly properties: ReadonlyMap<string, Child>;
  readonly required: ReadonlySet<string>;
  /** undefined: any extra key (absent or `true`); false: none. */
  readonly additionalProperties: Child | false | undefined;
  readonly items: Child | undefined;
  readonly allOf: readonly Child[] | undefined;
  readonly anyOf: readonly Child[] | undefined;
  readonly oneOf: readonly Child[] | undefined;
  readonly not: Child | undefined;
  /** Other validation keywords, compared as a whole. */
  readonly generic: ReadonlyMap<string, GenericValue>;
  /** Annotation keyword -> canonical JSON of its value. */
  readonly annotations: ReadonlyMap<string, string>;
}
