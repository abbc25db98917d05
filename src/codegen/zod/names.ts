import { parsePointer } from "../../shared/json-pointer.js";

/*
 * Const names for `$ref` targets. A component schema is named after its key
 * (`#/components/schemas/ChatMessage` -> `ChatMessageSchema`); other
 * locations after their last segments. Names keep only ASCII identifier
 * characters, and the `Schema` suffix keeps them clear of reserved words and
 * of the module's imports. Clashes are settled in pointer order (`_2`, `_3`),
 * so a name does not depend on which schemas happen to be reachable first.
 */

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
    const base = `${baseName(pointer)}Schema`;
    let name = base;
    for (let n = 2; used.has(name); n++) name = `${base}_${n}`;
    used.add(name);
    names.set(pointer, name);
  }
  return names;
}
