import type { Random } from "./random.js";

/*
 * Random small schemas for the random-schema differential test: every
 * keyword the emitter handles, nested and combined (type lists, keywords
 * without type, nullable, enum/const with mixed values, allOf/anyOf/oneOf/
 * not/if, $ref to shared components, unevaluatedProperties...). Values the
 * oracle is known to judge differently by design (decimal multipleOf,
 * properties named like Object.prototype members) are left out here; the
 * keyword tests cover them.
 */

// "" is a legal name, but Ajv's required check misses it outside allErrors mode: keyword tests cover it.
const NAMES = ["a", "b", "c", "id", "type", "x-trace-id", "9lives", "é", "a b"];
const PATTERNS = ["^a", "b+", "^[0-9]+$", "^\\p{Lu}", "^.{0,3}$"];
const CONSTANTS: unknown[] = ["a", "b", "", 0, 1, 2.5, -1, true, false, null, [], [1], {}, { a: 1 }];
export const SHARED_COMPONENTS: Record<string, unknown> = {
  Str: { type: "string", maxLength: 3 },
  Int: { type: "integer", minimum: 0 },
  Tree: {
    type: "object",
    properties: { v: { type: "integer" }, kids: { type: "array", items: { $ref: "#/components/schemas/Tree" } } },
    required: ["v"],
  },
  Tagged: { type: "object", properties: { t: { const: "x" } }, required: ["t"] },
};

export class SchemaMaker {
  constructor(
    private readonly random: Random,
    private readonly openapi30: boolean,
  ) {}

  schema(depth = 0): unknown {
    const r = this.random;
    if (depth > 3) return this.leaf();
    switch (r.int(0, 12)) {
      case 0:
        return { allOf: [this.schema(depth + 1), this.schema(depth + 1)] };
      case 1:
        return { anyOf: this.list(depth) };
      case 2:
        return { oneOf: this.list(depth) };
      case 3:
        return { not: this.schema(depth + 1) };
      case 4:
        return r.chance(0.5)
          ? { if: this.schema(depth + 1), then: this.schema(depth + 1) }
          : { if: this.schema(depth + 1), then: this.schema(depth + 1), else: this.schema(depth + 1) };
      case 5:
        return this.withNullable({
          $ref: `#/components/schemas/${r.pick(Object.keys(SHARED_COMPONENTS))}`,
          ...(r.chance(0.3) ? this.keywordsFor(r.pick(["string", "integer", "object"]), depth) : {}),
        });
      case 6:
        return this.object(depth);
      case 7:
        return this.array(depth);
      case 8:
        return this.withNullable({
          enum: this.constants(r.int(1, 4)),
          ...(r.chance(0.4) ? { type: r.pick(["string", "integer", "number", "object"]) } : {}),
        });
      case 9:
        return { const: r.pick(CONSTANTS) };
      case 10:
        return this.withNullable(this.keywordsFor(r.pick(["string", "number", "integer", "object", "array"]), depth));
      case 11:
        return r.pick([true, false, {}]);
      default:
        return this.leaf();
    }
  }

  private list(depth: number): unknown[] {
    return Array.from({ length: this.random.int(2, 3) }, () => this.schema(depth + 1));
  }

  private withNullable(schema: Record<string, unknown>): Record<string, unknown> {
    return this.random.chance(0.25) ? { ...schema, nullable: true } : schema;
  }

  private constants(count: number): unknown[] {
    return Array.from({ length: count }, () => this.random.pick(CONSTANTS));
  }

  private leaf(): unknown {
    const r = this.random;
    const types = ["string", "number", "integer", "boolean", "null", "object", "array"];
    if (!this.openapi30 && r.chance(0.2))
      return { type: [r.pick(types), r.pick(types)], ...this.keywordsFor(r.pick(types), 4) };
    const type = r.pick(types);
    return this.withNullable({ type, ...this.keywordsFor(type, 4) });
  }

  private keywordsFor(type: string, depth: number): Record<string, unknown> {
    const r = this.random;
    const out: Record<string, unknown> = {};
    switch (type) {
      case "string":
        if (r.chance(0.4)) out.minLength = r.int(0, 3);
        if (r.chance(0.4)) out.maxLength = r.int(0, 4);
        if (r.chance(0.3)) out.pattern = r.pick(PATTERNS);
        break;
      case "number":
      case "integer": {
        if (r.chance(0.5)) out.minimum = r.int(-3, 3) / (type === "number" ? 2 : 1);
        if (r.chance(0.5)) out.maximum = r.int(0, 6);
        if (r.chance(0.3)) {
          if (this.openapi30) out.exclusiveMinimum = r.chance(0.5);
          else out.exclusiveMinimum = r.int(-5, 1);
        }
        if (r.chance(0.3)) out.multipleOf = r.pick([2, 3, 0.5, 0.25]);
        break;
      }
      case "array":
        return this.array(depth, false);
      case "object":
        return this.object(depth, false);
    }
    return out;
  }

  private object(depth: number, typed = true): Record<string, unknown> {
    const r = this.random;
    const properties: Record<string, unknown> = {};
    for (let i = r.int(0, 3); i > 0; i--) properties[r.pick(NAMES)] = this.schema(depth + 1);
    const out: Record<string, unknown> = typed && r.chance(0.8) ? { type: "object" } : {};
    if (Object.keys(properties).length > 0) out.properties = properties;
    if (r.chance(0.6)) out.required = [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(NAMES)))];
    if (r.chance(0.4)) out.additionalProperties = r.pick<unknown>([false, true, { type: "integer" }, {}]);
    if (r.chance(0.2)) out.patternProperties = { [r.pick(PATTERNS)]: this.schema(depth + 1) };
    if (r.chance(0.15)) out.propertyNames = { maxLength: r.int(1, 3) };
    if (r.chance(0.15)) out.minProperties = r.int(0, 2);
    if (r.chance(0.15)) out.maxProperties = r.int(1, 3);
    if (r.chance(0.1)) out.dependentRequired = { a: ["b"] };
    if (r.chance(0.1)) out.dependentSchemas = { a: { required: ["c"] } };
    if (!this.openapi30 && r.chance(0.15)) {
      out.allOf = [{ properties: { [r.pick(NAMES)]: true } }];
      out.unevaluatedProperties = r.chance(0.7) ? false : { type: "string" };
    }
    return out;
  }

  private array(depth: number, typed = true): Record<string, unknown> {
    const r = this.random;
    const out: Record<string, unknown> = typed && r.chance(0.8) ? { type: "array" } : {};
    if (r.chance(0.7)) out.items = this.schema(depth + 1);
    if (!this.openapi30 && r.chance(0.2)) out.prefixItems = [this.schema(depth + 1)];
    if (r.chance(0.3)) out.minItems = r.int(0, 2);
    if (r.chance(0.3)) out.maxItems = r.int(1, 3);
    if (r.chance(0.3)) out.uniqueItems = true;
    if (!this.openapi30 && r.chance(0.15)) {
      out.contains = this.schema(depth + 1);
      if (r.chance(0.5)) out.maxContains = r.int(1, 2);
    }
    return out;
  }
}
