import { sha256 as sha256Hex } from "./hash.js";

/*
 * How a model id becomes a file name and a TypeScript identifier. Both are
 * pure functions of the id (plus, for identifiers, of the other ids that
 * collide with it), so they are stable across runs and machines.
 *
 * File stems (folders under snapshot/models and generated/models):
 *   - A "plain" id (lowercase letters, digits, '.', '-'; at most one '/', at
 *     most one ':', each part starting and ending with a letter or digit, no
 *     '--' or '..', at most 100 characters, not a Windows device name) maps
 *     losslessly: '/' -> '--', ':' -> '__'.  openai/gpt-5.2 -> openai--gpt-5.2
 *   - Any other id maps to a readable slug plus '_' and 12 hex digits of the
 *     SHA-256 of the id: Meta/Llama 3 -> meta-llama-3_4c1f... Plain stems never
 *     contain a single '_', hashed ones contain exactly one, so the two kinds
 *     cannot collide; stems are lowercase, so no two differ only by case.
 */

const PART = "[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?";
const PLAIN_ID = new RegExp(`^${PART}(?:/${PART})?(?::${PART})?$`);
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/;
const MAX_PLAIN_LENGTH = 100;
const MAX_SLUG_LENGTH = 60;

function isWindowsDevice(stem: string): boolean {
  return WINDOWS_DEVICE.test(stem.split(".")[0] ?? "");
}

function isPlainId(id: string): boolean {
  return (
    id.length <= MAX_PLAIN_LENGTH &&
    PLAIN_ID.test(id) &&
    !id.includes("--") &&
    !id.includes("..") &&
    !isWindowsDevice(id.split("/")[0] ?? "")
  );
}

export function fileStemForModel(id: string): string {
  if (isPlainId(id)) return id.replace("/", "--").replace(":", "__");
  let slug = id
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9.]+/g, "-")
    .replace(/\.{2,}/g, ".")
    .replace(/^[-.]+|[-.]+$/g, "")
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/[-.]+$/, "");
  if (slug === "") slug = "model";
  if (isWindowsDevice(slug)) slug = `m-${slug}`;
  return `${slug}_${sha256Hex(id).slice(0, 12)}`;
}

/**
 * File stems for a whole catalog, checked to be distinct even ignoring case
 * (a SHA-256 prefix collision is astronomically unlikely, but it is checked
 * rather than assumed).
 */
export function fileStemsForModels(ids: readonly string[]): Map<string, string> {
  const stems = new Map<string, string>();
  const owners = new Map<string, string>();
  for (const id of ids) {
    const stem = fileStemForModel(id);
    const key = stem.toLowerCase();
    const other = owners.get(key);
    if (other !== undefined && other !== id) {
      throw new Error(
        `model ids ${JSON.stringify(other)} and ${JSON.stringify(id)} map to the same file name ${JSON.stringify(stem)}`,
      );
    }
    owners.set(key, id);
    stems.set(id, stem);
  }
  return stems;
}

/*
 * Identifiers (the per-model binding exported from generated/index.ts):
 *   - split the id into runs of ASCII letters and digits, lowercase them, and
 *     join in camelCase: openai/gpt-5.2 -> openaiGpt52,
 *     google/gemini-2.5-flash-lite -> googleGemini25FlashLite;
 *   - an empty result or one starting with a digit gets the prefix "model"
 *     (9lives -> model9lives); a reserved word or a name the index itself
 *     exports gets the suffix "Model" (delete -> deleteModel);
 *   - when several ids still give the same name, the one that sorts first
 *     keeps it and each other gets '_' plus 8 hex digits of its id's SHA-256.
 */

const RESERVED_IDENTIFIERS = new Set([
  // ECMAScript reserved words, strict-mode and contextual ones included.
  "await",
  "break",
  "case",
  "catch",
  "class",
  "const",
  "continue",
  "debugger",
  "default",
  "delete",
  "do",
  "else",
  "enum",
  "export",
  "extends",
  "false",
  "finally",
  "for",
  "function",
  "if",
  "implements",
  "import",
  "in",
  "instanceof",
  "interface",
  "let",
  "new",
  "null",
  "package",
  "private",
  "protected",
  "public",
  "return",
  "static",
  "super",
  "switch",
  "this",
  "throw",
  "true",
  "try",
  "typeof",
  "var",
  "void",
  "while",
  "with",
  "yield",
  "arguments",
  "eval",
  "undefined",
  "NaN",
  "Infinity",
  // Names generated/index.ts exports or uses itself.
  "createClient",
  "loadSchemas",
  "models",
  "modelIds",
  "bindModel",
  "createBaseClient",
  "importSchemas",
  "ModelId",
  "ModelMap",
  "RequestOf",
  "ResponseOf",
  "ChunkOf",
  "Client",
  // Object.prototype members: a property named like these misbehaves in plain objects.
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "isPrototypeOf",
  "propertyIsEnumerable",
  "toLocaleString",
  "__proto__",
  "__defineGetter__",
  "__defineSetter__",
  "__lookupGetter__",
  "__lookupSetter__",
]);

export function baseIdentifierForModel(id: string): string {
  const words = id.match(/[A-Za-z0-9]+/g) ?? [];
  let name = words
    .map((word, index) => {
      const lower = word.toLowerCase();
      return index === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
    })
    .join("");
  if (name === "" || /^[0-9]/.test(name)) name = `model${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  if (RESERVED_IDENTIFIERS.has(name)) name = `${name}Model`;
  return name;
}

export function identifiersForModels(ids: readonly string[]): Map<string, string> {
  const byName = new Map<string, string[]>();
  for (const id of [...new Set(ids)].sort()) {
    const name = baseIdentifierForModel(id);
    byName.set(name, [...(byName.get(name) ?? []), id]);
  }
  const result = new Map<string, string>();
  const taken = new Set(byName.keys());
  for (const [name, group] of byName) {
    group.forEach((id, index) => {
      if (index === 0) {
        result.set(id, name);
        return;
      }
      const suffixed = `${name}_${sha256Hex(id).slice(0, 8)}`;
      if (taken.has(suffixed)) throw new Error(`cannot give model ${JSON.stringify(id)} a unique identifier`);
      taken.add(suffixed);
      result.set(id, suffixed);
    });
  }
  return result;
}
