import { isRecord } from "../shared/is-record.js";
import { appendPointer, getAtPointer, localRefPointer } from "../shared/json-pointer.js";

/*
 * Reading the parts of an OpenAPI operation every family shares: request
 * bodies and success responses by media type, through `$ref`s, and the SSE
 * envelope some documents wrap stream events in.
 */

export interface SchemaLocation {
  /** Pointer to the schema object inside the document (it may itself be a `$ref`). */
  pointer: string;
  schema: unknown;
}

/** Follow local `$ref`s from `ptr` until a non-reference object; returns where it ended. */
export function followRefs(
  doc: unknown,
  ptr: string,
  node: unknown = getAtPointer(doc, ptr),
): SchemaLocation | undefined {
  let here = ptr;
  let value = node;
  const seen = new Set<string>();
  while (isRecord(value) && typeof value.$ref === "string") {
    const target = localRefPointer(value.$ref);
    if (target === undefined || seen.has(target)) return undefined;
    seen.add(target);
    here = target;
    value = getAtPointer(doc, target);
  }
  return value === undefined ? undefined : { pointer: here, schema: value };
}

/** The media type entry whose type (parameters ignored) is `mediaType`. */
function mediaTypeKey(content: Record<string, unknown>, mediaType: string): string | undefined {
  return Object.keys(content)
    .sort()
    .find((key) => key.split(";")[0]!.trim().toLowerCase() === mediaType);
}

/** The schema of `mediaType` in a request body or response object (at `containerPointer`, `$ref`s followed). */
export function schemaOfMedia(doc: unknown, containerPointer: string, mediaType: string): SchemaLocation | undefined {
  const container = followRefs(doc, containerPointer);
  if (container === undefined || !isRecord(container.schema) || !isRecord(container.schema.content)) return undefined;
  const key = mediaTypeKey(container.schema.content, mediaType);
  if (key === undefined) return undefined;
  const media = container.schema.content[key];
  if (!isRecord(media) || media.schema === undefined) return undefined;
  return { pointer: appendPointer(container.pointer, "content", key, "schema"), schema: media.schema };
}

/** Pointer of the operation's success response: 200, 201, 202, then the 2XX range. */
export function successResponsePointer(doc: unknown, operationPointer: string): string | undefined {
  const responses = getAtPointer(doc, appendPointer(operationPointer, "responses"));
  if (!isRecord(responses)) return undefined;
  const code = ["200", "201", "202", "2XX", "2xx"].find((candidate) => Object.hasOwn(responses, candidate));
  return code === undefined ? undefined : appendPointer(operationPointer, "responses", code);
}

function isDoneOnly(schema: unknown): boolean {
  return (
    isRecord(schema) &&
    ((Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === "[DONE]") ||
      schema.const === "[DONE]")
  );
}

/** Whether an object schema is an SSE event wrapper (`{data: ...}`) rather than a payload (chat chunks have `choices`). */
function isEnvelope(schema: unknown): schema is { properties: Record<string, unknown> } {
  if (!isRecord(schema) || !isRecord(schema.properties)) return false;
  return Object.hasOwn(schema.properties, "data") && !Object.hasOwn(schema.properties, "choices");
}

/**
 * Some documents describe the SSE event rather than the payload: `{data: Chunk}`
 * (Mistral, OpenRouter) or `oneOf [{data: Chunk}, {data: "[DONE]"}]`
 * (Together). The payload is the `data` member of the one non-[DONE] branch.
 */
export function unwrapEventEnvelope(doc: unknown, location: SchemaLocation): SchemaLocation | undefined {
  const resolved = followRefs(doc, location.pointer, location.schema);
  if (resolved === undefined || !isRecord(resolved.schema)) return undefined;
  const schema = resolved.schema;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    // undefined: a branch that is no envelope (nothing to unwrap); null: the [DONE] branch.
    const unwrapped = branches
      .map((branch, index) => {
        const branchLocation = followRefs(doc, appendPointer(resolved.pointer, keyword, index), branch);
        if (branchLocation === undefined || !isEnvelope(branchLocation.schema)) return undefined;
        const dataPointer = appendPointer(branchLocation.pointer, "properties", "data");
        const data = followRefs(doc, dataPointer, branchLocation.schema.properties.data);
        return data === undefined || isDoneOnly(data.schema)
          ? null
          : { pointer: dataPointer, schema: branchLocation.schema.properties.data };
      })
      .filter((entry) => entry !== null);
    if (unwrapped.length === 1 && unwrapped[0] !== undefined) return unwrapped[0];
  }
  if (!isEnvelope(schema)) return undefined;
  return { pointer: appendPointer(resolved.pointer, "properties", "data"), schema: schema.properties.data };
}
