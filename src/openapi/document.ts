import { isRecord } from "../shared/is-record.js";
import { appendPointer, getAtPointer, localRefPointer, pointer } from "../shared/json-pointer.js";
import { STANDARD_CHUNK_SCHEMA } from "./standard-chunk.js";

/*
 * Where a model's chat contract lives inside its OpenAPI document. Every
 * stage (generate, drift, mock, sync's checks) finds the three schemas the
 * same way, through this module.
 */

export const CHAT_PATH = "/v1/chat/completions";
export const CHAT_OPERATION_POINTER = pointer("paths", CHAT_PATH, "post");

export type OpenApiVersion = "3.0" | "3.1";

export interface SchemaLocation {
  /** Pointer to the schema object inside the document (it may itself be a `$ref`). */
  pointer: string;
  schema: unknown;
}

export interface ChunkLocation extends SchemaLocation {
  /** True when the document declares no `text/event-stream` schema and the standard chunk stands in. */
  standard: boolean;
  /** True when the document's event-stream schema wraps the chunk in an SSE event (`{data: Chunk}`). */
  envelope: boolean;
}

export interface ChatContract {
  version: OpenApiVersion;
  request: SchemaLocation;
  response: SchemaLocation;
  chunk: ChunkLocation;
}

/** Pointer at which the standard chunk schema is placed when a document has none. */
export const STANDARD_CHUNK_POINTER = "/x-apifree-standard-chunk";

export function openApiVersion(doc: unknown): OpenApiVersion | undefined {
  if (!isRecord(doc) || typeof doc.openapi !== "string") return undefined;
  if (/^3\.0\.\d+$/.test(doc.openapi)) return "3.0";
  if (/^3\.1\.\d+$/.test(doc.openapi)) return "3.1";
  return undefined;
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

function schemaOfMedia(doc: unknown, containerPointer: string, mediaType: string): SchemaLocation | undefined {
  const container = followRefs(doc, containerPointer);
  if (container === undefined || !isRecord(container.schema) || !isRecord(container.schema.content)) return undefined;
  const key = mediaTypeKey(container.schema.content, mediaType);
  if (key === undefined) return undefined;
  const media = container.schema.content[key];
  if (!isRecord(media) || media.schema === undefined) return undefined;
  return { pointer: appendPointer(container.pointer, "content", key, "schema"), schema: media.schema };
}

function successResponsePointer(doc: unknown): string | undefined {
  const responses = getAtPointer(doc, appendPointer(CHAT_OPERATION_POINTER, "responses"));
  if (!isRecord(responses)) return undefined;
  const code = ["200", "201", "2XX", "2xx"].find((candidate) => candidate in responses);
  return code === undefined ? undefined : appendPointer(CHAT_OPERATION_POINTER, "responses", code);
}

function isDoneOnly(schema: unknown): boolean {
  return (
    isRecord(schema) &&
    ((Array.isArray(schema.enum) && schema.enum.length === 1 && schema.enum[0] === "[DONE]") ||
      schema.const === "[DONE]")
  );
}

/**
 * Some documents describe the SSE event rather than the chunk: `{data: Chunk}`
 * (Mistral, OpenRouter) or `oneOf [{data: Chunk}, {data: "[DONE]"}]`
 * (Together). The chunk is the `data` member of the one non-[DONE] branch.
 */
function unwrapEventEnvelope(doc: unknown, location: SchemaLocation): SchemaLocation | undefined {
  const resolved = followRefs(doc, location.pointer, location.schema);
  if (resolved === undefined || !isRecord(resolved.schema)) return undefined;
  const schema = resolved.schema;
  for (const keyword of ["oneOf", "anyOf"] as const) {
    const branches = schema[keyword];
    if (!Array.isArray(branches)) continue;
    const unwrapped = branches
      .map((branch, index) => {
        const branchLocation = followRefs(doc, appendPointer(resolved.pointer, keyword, index), branch);
        if (branchLocation === undefined || !isRecord(branchLocation.schema)) return undefined;
        const props = branchLocation.schema.properties;
        if (!isRecord(props) || !("data" in props) || "choices" in props) return undefined;
        const data = followRefs(doc, appendPointer(branchLocation.pointer, "properties", "data"), props.data);
        return data === undefined || isDoneOnly(data.schema)
          ? null
          : { pointer: appendPointer(branchLocation.pointer, "properties", "data"), schema: props.data };
      })
      .filter((entry) => entry !== null);
    if (unwrapped.length === 1 && unwrapped[0] !== undefined) return unwrapped[0];
  }
  const props = schema.properties;
  if (isRecord(props) && "data" in props && !("choices" in props)) {
    return { pointer: appendPointer(resolved.pointer, "properties", "data"), schema: props.data };
  }
  return undefined;
}

/** Locate the request, response and chunk schemas; undefined parts mean the document lacks them. */
export function locateChatContract(doc: unknown): Partial<ChatContract> {
  const version = openApiVersion(doc);
  const request = schemaOfMedia(doc, appendPointer(CHAT_OPERATION_POINTER, "requestBody"), "application/json");
  const success = successResponsePointer(doc);
  const response = success === undefined ? undefined : schemaOfMedia(doc, success, "application/json");
  const stream = success === undefined ? undefined : schemaOfMedia(doc, success, "text/event-stream");
  let chunk: ChunkLocation;
  if (stream === undefined) {
    chunk = { pointer: STANDARD_CHUNK_POINTER, schema: STANDARD_CHUNK_SCHEMA, standard: true, envelope: false };
  } else {
    const inner = unwrapEventEnvelope(doc, stream);
    chunk =
      inner === undefined
        ? { ...stream, standard: false, envelope: false }
        : { ...inner, standard: false, envelope: true };
  }
  return {
    ...(version === undefined ? {} : { version }),
    ...(request === undefined ? {} : { request }),
    ...(response === undefined ? {} : { response }),
    chunk,
  };
}

/**
 * The document with the standard chunk schema placed at STANDARD_CHUNK_POINTER
 * when it declares no stream schema, so that every consumer can resolve the
 * chunk pointer inside the document it holds. The contract located in `doc`
 * stays valid for the result.
 */
export function withStandardChunk(doc: unknown, contract: Partial<ChatContract> = locateChatContract(doc)): unknown {
  if (!isRecord(doc) || contract.chunk?.standard !== true) return doc;
  return { ...doc, [STANDARD_CHUNK_POINTER.slice(1)]: STANDARD_CHUNK_SCHEMA };
}
