/*
 * A flattened reading of a schema for generating values: `$ref` followed,
 * `allOf` members and `$ref` siblings merged, one anyOf/oneOf branch chosen
 * by the caller. Approximate on purpose: the generator only aims for values
 * that are *likely* valid; the oracle decides what actually is.
 */

export type Schema = Record<string, unknown>;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === "") return document;
  let node: unknown = document;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = unescapeSegment(raw);
    if (Array.isArray(node)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function refTarget(document: unknown, ref: unknown): unknown {
  if (typeof ref !== "string" || !ref.startsWith("#")) return undefined;
  let fragment = ref.slice(1);
  try {
    fragment = decodeURIComponent(fragment);
  } catch {
    // keep as is
  }
  return resolvePointer(document, fragment);
}

function typeList(schema: Schema): string[] | undefined {
  const type = schema.type;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return type.filter((item): item is string => typeof item === "string");
  return undefined;
}

function mergeTypes(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  const merged = a.filter((type) => b.includes(type) || (type === "integer" && b.includes("number")));
  for (const type of b)
    if (type === "integer" && a.includes("number") && !merged.includes("integer")) merged.push("integer");
  return merged;
}

/** Merge `b` into a copy of `a` so that a value made for the result tends to satisfy both. */
export function mergeSchemas(a: Schema, b: Schema): Schema {
  const out: Schema = { ...a };
  for (const [key, value] of Object.entries(b)) {
    if (key === "__proto__") continue;
    const mine = out[key];
    switch (key) {
      case "type": {
        const types = mergeTypes(typeList(a), typeList(b));
        if (types !== undefined) out.type = types;
        break;
      }
      case "properties":
        if (isRecord(mine) && isRecord(value)) {
          const props: Schema = { ...mine };
          for (const [name, sub] of Object.entries(value)) {
            props[name] = Object.hasOwn(props, name) ? { allOf: [props[name], sub] } : sub;
          }
          out.properties = props;
        } else {
          out.properties = value;
        }
        break;
      case "required":
        out.required = [...new Set([...(Array.isArray(mine) ? mine : []), ...(Array.isArray(value) ? value : [])])];
        break;
      case "enum":
        out.enum =
          Array.isArray(mine) && Array.isArray(value)
            ? mine.filter((item) => value.some((other) => JSON.stringify(other) === JSON.stringify(item)))
            : value;
        break;
      case "minimum":
      case "minLength":
      case "minItems":
      case "minProperties":
      case "exclusiveMinimum":
        out[key] = typeof mine === "number" && typeof value === "number" ? Math.max(mine, value) : value;
        break;
      case "maximum":
      case "maxLength":
      case "maxItems":
      case "maxProperties":
      case "exclusiveMaximum":
        out[key] = typeof mine === "number" && typeof value === "number" ? Math.min(mine, value) : value;
        break;
      case "additionalProperties":
        out[key] = mine === false || value === false ? false : value;
        break;
      case "anyOf":
      case "oneOf":
        out[key] = mine === undefined ? value : mine;
        if (mine !== undefined) out.allOf = [...(Array.isArray(out.allOf) ? out.allOf : []), { [key]: value }];
        break;
      default:
        out[key] = value;
    }
  }
  // Null passes a merge only when both sides take it; the caller restores an outer `nullable`.
  if (a.nullable === true && b.nullable === true) out.nullable = true;
  else delete out.nullable;
  return out;
}

/**
 * `$ref` and `allOf` folded into one schema object (booleans and cycles are
 * left alone). `sources` collects the schema objects folded in.
 */
export function flatten(document: unknown, schema: unknown, depth = 0, sources?: Set<unknown>): unknown {
  if (!isRecord(schema) || depth > 20) return schema;
  sources?.add(schema);
  const outerNullable = schema.nullable === true;
  let result: Schema = { ...schema };
  if (result.$ref !== undefined) {
    const target = refTarget(document, result.$ref);
    delete result.$ref;
    const flatTarget = flatten(document, target, depth + 1, sources);
    if (isRecord(flatTarget)) result = mergeSchemas(flatTarget, result);
  }
  if (Array.isArray(result.allOf)) {
    const members = result.allOf;
    delete result.allOf;
    for (const member of members) {
      const flat = flatten(document, member, depth + 1, sources);
      if (isRecord(flat)) result = mergeSchemas(result, flat);
    }
    if (Array.isArray(result.allOf)) result = flatten(document, result, depth + 1, sources) as Schema;
  }
  if (outerNullable) result.nullable = true;
  return result;
}
