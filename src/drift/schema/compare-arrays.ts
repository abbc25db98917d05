import type { Out, SchemaDiff } from "./diff.js";
import { anySchema } from "./normalize.js";
import type { NormalSchema } from "./types.js";

const ANY = anySchema();

/** `items` (uniqueItems and the item counts are bounds, tuples are generic keywords). */
export function compareArrays(diff: SchemaDiff, before: NormalSchema, after: NormalSchema, out: Out): void {
  if (before.items === undefined && after.items === undefined) return;
  diff.child(out, "/items", before.items?.() ?? ANY, after.items?.() ?? ANY);
}
