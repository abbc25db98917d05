import { parsePointer } from "../../shared/json-pointer.js";

/*
 * Const names for `$ref` targets. A component schema is named after its key
 * (`#/components/schemas/ChatMessage` -> `ChatMessage`); other locations
 * after their last segments. Names keep only ASCII identifier characters.
 * Everything a validator module binds is a schema, so a suffix would only
 * repeat the folder's name in every reference (6% of the pool's bytes); a
 * name that would be a reserved word or shadow a global takes `Schema`
 * after all. Clashes with each other and with the module's imports are
 * settled in pointer order (`_2`, `_3`), so a name does not depend on which
 * schemas happen to be reachable first.
 */

// ECMAScript's reserved words (module code is strict), TypeScript's
// contextual keywords that can begin or change a declaration or an import
// list, and the globals (ECMAScript's and Node's `require`) a reader or a
// later version of the printer may expect to be the real ones.
const GUARDED = new Set(
  (
    "arguments await break case catch class const continue debugger default delete do else enum eval export " +
    "extends false finally for function if implements import in instanceof interface let new null package " +
    "private protected public return static super switch this throw true try typeof var void while with yield " +
    "as type from of async declare module namespace " +
    "Array BigInt Boolean Date Error Function Infinity JSON Map Math NaN Number Object Promise Proxy Reflect " +
    "RegExp Set String Symbol globalThis require undefined"
  ).split(" "),
);

function baseName(pointer: string): string {
  const segments = parsePointer(pointer);
  const named =
    segments[0] === "components" && segments.length >= 3
      ? segments.slice(2)
      : segments[0] === "$defs" || segments[0] === "definitions"
        ? segments.slice(1)
        : segments.slice(-2);
  const words = named
    .filter((segment) => segment !== "properties" && segment !== "schema" && segment !== "content")
    .map((segment) => segment.replace(/[^A-Za-z0-9_$]+/g, "_").replace(/^_+|_+$/g, ""))
    .filter((segment) => segment !== "");
  const joined = words.join("_") || "Anonymous";
  return /^[0-9]/.test(joined) ? `_${joined}` : joined;
}

/** A unique identifier per pointer; `taken` holds names already in use in the module. */
export function constNames(pointers: Iterable<string>, taken: Iterable<string>): Map<string, string> {
  const used = new Set(taken);
  const names = new Map<string, string>();
  for (const pointer of [...new Set(pointers)].sort()) {
    const plain = baseName(pointer);
    const base = GUARDED.has(plain) ? `${plain}Schema` : plain;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(pointer, name);
  }
  return names;
}
