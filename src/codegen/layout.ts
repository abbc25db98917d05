/*
 * The generated tree:
 *   index.ts                     ids, RequestOf/ResponseOf/ChunkOf, createClient, loadSchemas, one binding per model
 *   model-map.d.ts               model id -> its pooled request, response and chunk types
 *   types/<Name>.<hash>.d.ts     one component schema type, shared by every model whose graph below it is equal
 *   models/<stem>/index.ts       the model's binding on its own: a consumer of a few models of a large catalog imports these
 *   models/<stem>/types.d.ts     Request, Response, Chunk and Operations of that model
 *   models/<stem>/openapi.d.ts   openapi-typescript's whole output for the model's document
 *   validators/<Name>.<hash>.ts  one component schema's Zod validator (a cycle's together), shared like types/
 *   models/<stem>/schemas.ts     the model's request, response and chunk validators, from validators/ (loaded on demand)
 * Kept free of imports so that reading it costs nothing.
 */
export const INDEX_FILE = "index.ts";
export const MODEL_MAP_FILE = "model-map.d.ts";
export const POOL_DIR = "types";
export const VALIDATORS_DIR = "validators";
export const MODELS_DIR = "models";
export const MODEL_MODULE_FILE = "index.ts";
export const TYPES_FILE = "types.d.ts";
export const OPENAPI_TYPES_FILE = "openapi.d.ts";
export const SCHEMAS_FILE = "schemas.ts";
/** Marks a folder as a generated tree this tool may replace (see generated-folder.ts). */
export const MARKER_FILE = ".apifree-typed.json";

/** The name an import gives a .ts or .d.ts file of the tree: its emitted JavaScript. */
export function importedName(file: string): string {
  return file.replace(/(\.d)?\.ts$/, ".js");
}
