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
