import { followRefs } from "../openapi/document.js";
import { isRecord } from "../shared/is-record.js";
import { appendPointer } from "../shared/json-pointer.js";

/*
 * Questions the reply builder asks of a model's schemas ("does its message
 * have `reasoning_content`?"). A property counts as present when any branch of
 * an allOf/anyOf/oneOf, through `$ref`s, declares it.
 */

/** `path` segments are property names; `*` steps into array `items`. */
export function schemaHasPath(document: unknown, pointer: string, path: readonly string[]): boolean {
  return walk(document, pointer, path, () => true, 0);
}

/** Whether an object schema reached by `path` lists `member` in its `required`. */
export function schemaRequires(document: unknown, pointer: string, path: readonly string[], member: string): boolean {
  return walk(
    document,
    pointer,
    path,
    (schema) => Array.isArray(schema.required) && schema.required.includes(member),
    0,
  );
}

function isOpen(keyword: unknown): boolean {
  return keyword === undefined || keyword === true || (isRecord(keyword) && Object.keys(keyword).length === 0);
}

/**
 * Whether the object reached by all of `path` but its last segment may carry
 * that member: some branch declares it, or an object schema there (not a
 * mere union of branches) leaves additional members open.
 */
function schemaAllows(document: unknown, pointer: string, path: readonly string[]): boolean {
  const member = path.at(-1)!;
  return walk(
    document,
    pointer,
    path.slice(0, -1),
    (schema) => {
      if (isRecord(schema.properties) && Object.hasOwn(schema.properties, member)) return true;
      if (["oneOf", "anyOf", "allOf"].some((keyword) => Array.isArray(schema[keyword]))) return false;
      return isOpen(schema.additionalProperties) && isOpen(schema.unevaluatedProperties);
    },
    0,
  );
}

/** Every name an object schema reached by `path` lists in `required`, in any branch. */
function requiredMembers(document: unknown, pointer: string, path: readonly string[]): Set<string> {
  const found = new Set<string>();
  walk(
    document,
    pointer,
    path,
    (schema) => {
      if (Array.isArray(schema.required))
        for (const name of schema.required) if (typeof name === "string") found.add(name);
      return false;
    },
    0,
  );
  return found;
}

/**
 * The string values the `type` member of a union of events can take (its
 * `const` or `enum` in any branch), or undefined when no branch says: an
 * open event schema allows every event.
 */
function declaredTypes(document: unknown, pointer: string): ReadonlySet<string> | undefined {
  const found = new Set<string>();
  walk(
    document,
    pointer,
    ["type"],
    (schema) => {
      const values = "const" in schema ? [schema.const] : Array.isArray(schema.enum) ? schema.enum : [];
      for (const value of values) if (typeof value === "string") found.add(value);
      return false;
    },
    0,
  );
  return found.size === 0 ? undefined : found;
}

/**
 * The questions a reply renderer asks of one schema (a response or an event
 * union). A schema the document does not declare allows anything, so the
 * reply carries what the real API sends.
 */
export interface SchemaView {
  /** Some branch declares the property at `path` (`*` steps into items): what the model has. */
  has(...path: string[]): boolean;
  /** The property at `path` may be sent: declared, or its object is open. For optional members the real API sends. */
  allows(...path: string[]): boolean;
  /** Names required of the object at `path`, in any branch. */
  required(...path: string[]): ReadonlySet<string>;
  /** The event `type` is one the union declares (or the union is open). */
  allowsEvent(type: string): boolean;
}

export function schemaView(document: unknown, pointer: string | undefined): SchemaView {
  if (pointer === undefined)
    return { has: () => true, allows: () => true, required: () => new Set(), allowsEvent: () => true };
  let types: ReadonlySet<string> | undefined | null = null;
  return {
    has: (...path) => schemaHasPath(document, pointer, path),
    allows: (...path) => schemaAllows(document, pointer, path),
    required: (...path) => requiredMembers(document, pointer, path),
    allowsEvent(type) {
      if (types === null) types = declaredTypes(document, pointer);
      return types === undefined || types.has(type);
    },
  };
}

function walk(
  document: unknown,
  pointer: string,
  path: readonly string[],
  test: (schema: Record<string, unknown>) => boolean,
  depth: number,
): boolean {
  if (depth > 64) return false;
  const located = followRefs(document, pointer);
  if (located === undefined || !isRecord(located.schema)) return false;
  if (path.length === 0 && test(located.schema)) return true;
  const schema = located.schema;
  if (path.length > 0) {
    const [head, ...rest] = path as [string, ...string[]];
    if (head === "*") {
      if (schema.items !== undefined && walk(document, appendPointer(located.pointer, "items"), rest, test, depth + 1))
        return true;
    } else if (isRecord(schema.properties) && Object.hasOwn(schema.properties, head)) {
      if (walk(document, appendPointer(located.pointer, "properties", head), rest, test, depth + 1)) return true;
    }
  }
  for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    for (let index = 0; index < branches.length; index += 1) {
      if (walk(document, appendPointer(located.pointer, keyword, index), path, test, depth + 1)) return true;
    }
  }
  return false;
}
