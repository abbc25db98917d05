import { escapeSegment, getAtPointer, localRefPointer, parsePointer } from "../shared/json-pointer.js";
import { convertNode, isSchemaObject, type SchemaObject } from "./convert-node.js";
import { ARRAY_OF_SUBSCHEMAS, MAP_OF_SUBSCHEMAS, SINGLE_SUBSCHEMA } from "./schema-keywords.js";

/*
 * A working copy of an OpenAPI document whose schemas are converted to JSON
 * Schema 2020-12 on demand: `prepare(pointer)` converts the schema at that
 * pointer and everything it reaches through subschemas and `$ref`s, once.
 *
 * Converting only what is reached (rather than every object in the document)
 * keeps the walk schema-aware: a value is treated as a schema only because a
 * schema keyword or a `$ref` leads to it, never because it looks like one.
 *
 * Wrapping a nullable schema in `anyOf` moves its keywords one level down.
 * Pointers given to and returned by this module are "unwrapped" pointers
 * (as written in the source document); `locate` maps them to where the node
 * lives in the working copy, and `$ref`s whose target moved are rewritten.
 */

export interface ConvertedDocument {
  /** The working copy; pass it to Ajv once, it is converted further in place by `prepare`. */
  readonly root: unknown;
  /** Convert the schema at `pointer` (source pointer) and its closure; returns its pointer in `root`. */
  prepare(pointer: string): string;
  /** Where the node at a source pointer lives in `root` now. */
  locate(pointer: string): string;
}

/** A `$ref` value that Ajv resolves: the pointer as a URI fragment. */
export function refForPointer(ptr: string): string {
  return `#${ptr
    .split("/")
    .map((segment) => encodeURIComponent(segment).replace(/%7E/gi, "~"))
    .join("/")}`;
}

interface RefHolder {
  node: SchemaObject;
  /** Source pointer the reference names. */
  target: string;
}

export function convertDocument(document: unknown): ConvertedDocument {
  const root: unknown = structuredClone(document);
  const wrapped = new Set<string>();
  const converted = new Set<string>();
  const refHolders: RefHolder[] = [];

  const locate = (ptr: string): string => {
    const segments = parsePointer(ptr);
    let source = "";
    let here = "";
    for (const segment of segments) {
      // A wrapped ancestor holds the rest of the path under anyOf/0.
      if (wrapped.has(source)) here += "/anyOf/0";
      const escaped = `/${escapeSegment(segment)}`;
      source += escaped;
      here += escaped;
    }
    return here;
  };

  const convertAt = (source: string): void => {
    if (converted.has(source)) return;
    converted.add(source);
    const node = getAtPointer(root, locate(source));
    if (!isSchemaObject(node)) return;
    const { content, wrapped: didWrap } = convertNode(node);
    if (didWrap) wrapped.add(source);
    if (typeof content.$ref === "string") {
      const target = localRefPointer(content.$ref);
      if (target !== undefined) {
        refHolders.push({ node: content, target });
        convertAt(target);
      }
    }
    for (const keyword of SINGLE_SUBSCHEMA) {
      if (keyword in content) convertAt(`${source}/${keyword}`);
    }
    for (const keyword of ARRAY_OF_SUBSCHEMAS) {
      const branches = content[keyword];
      if (Array.isArray(branches))
        for (let index = 0; index < branches.length; index++) convertAt(`${source}/${keyword}/${index}`);
    }
    for (const keyword of MAP_OF_SUBSCHEMAS) {
      const members = content[keyword];
      if (isSchemaObject(members))
        for (const name of Object.keys(members)) convertAt(`${source}/${keyword}/${escapeSegment(name)}`);
    }
  };

  const prepare = (ptr: string): string => {
    convertAt(ptr);
    for (const holder of refHolders) {
      const moved = locate(holder.target);
      if (moved !== holder.target) holder.node.$ref = refForPointer(moved);
    }
    return locate(ptr);
  };

  return { root, prepare, locate };
}
