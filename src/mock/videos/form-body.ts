import { followRefs } from "../../openapi/document.js";
import { isRecord } from "../../shared/is-record.js";
import { appendPointer } from "../../shared/json-pointer.js";
import type { FormEntries } from "./multipart.js";

/*
 * A multipart form as the object its schema describes, so one oracle checks
 * JSON and multipart bodies alike. Form fields are text: a field whose
 * schema does not take a string (`seconds` as an integer, a boolean flag) is
 * read as the JSON it was written as (`8`, `true`), the way clients send
 * non-strings; text that is not JSON stays text and the schema names the
 * mistake. A file stands in as a string (its file name), which is what a
 * `format: binary` field is in JSON Schema terms. A name sent twice becomes
 * an array.
 */

/** The schema of property `name` of the object schema at `pointer`, `$ref`s followed. */
export function propertySchema(document: unknown, pointer: string, name: string): Record<string, unknown> | undefined {
  const object = followRefs(document, pointer);
  if (object === undefined || !isRecord(object.schema) || !isRecord(object.schema.properties)) return undefined;
  if (!Object.hasOwn(object.schema.properties, name)) return undefined;
  const property = followRefs(document, appendPointer(object.pointer, "properties", name));
  return property !== undefined && isRecord(property.schema) ? property.schema : undefined;
}

function takesString(schema: Record<string, unknown> | undefined): boolean {
  const type = schema?.type;
  if (type === undefined) return true;
  return type === "string" || (Array.isArray(type) && type.includes("string"));
}

function fieldValue(text: string, schema: Record<string, unknown> | undefined): unknown {
  if (takesString(schema)) return text;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function formBody(entries: FormEntries, document: unknown, pointer: string): Record<string, unknown> {
  const body: Record<string, unknown> = Object.create(null);
  const repeated = new Set<string>();
  for (const [name, value] of entries) {
    const read =
      typeof value === "string" ? fieldValue(value, propertySchema(document, pointer, name)) : value.filename;
    if (!Object.hasOwn(body, name)) body[name] = read;
    else if (repeated.has(name)) (body[name] as unknown[]).push(read);
    else {
      body[name] = [body[name], read];
      repeated.add(name);
    }
  }
  // A plain object again: the oracle and the log expect one.
  return { ...body };
}
