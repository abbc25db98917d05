/** JSON values as the templates build them; every document is plain data. */
export type Json = null | boolean | number | string | Json[] | JsonObject;
interface JsonObject {
  [key: string]: Json;
}
export type Schema = JsonObject;

/** An object literal without its undefined members (optional parts of a template). */
export function compact(members: Record<string, Json | undefined>): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(members)) if (value !== undefined) out[key] = value;
  return out;
}

/** `properties` map without the members a model does not have. */
export function properties(members: Record<string, Schema | undefined | false>): Schema {
  const out: Schema = {};
  for (const [key, value] of Object.entries(members)) if (value !== undefined && value !== false) out[key] = value;
  return out;
}

/**
 * The `type` member of a stream event: an enum of the event's name, written
 * the same in 3.0 and 3.1 documents (vendors publish their events this way).
 */
export function eventTag(name: string): Schema {
  return { type: "string", enum: [name], description: `Always \`${name}\`.` };
}
