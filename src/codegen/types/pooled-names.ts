/*
 * A pooled type lives in types/<file>.d.ts and is exported as <identifier>:
 * both come from the component's name (so editors and error messages show
 * `ChatCompletionTool`, not a hash) and the file name adds 12 hex digits of
 * its content hash (so two different `Message` schemas never meet).
 */

// Type names that must not be shadowed inside a pooled file (used by
// openapi-typescript's output or predefined), and words an alias cannot take.
const UNSAFE = new Set([
  "Record",
  "Omit",
  "Pick",
  "Partial",
  "Required",
  "Readonly",
  "ReadonlyArray",
  "Array",
  "Extract",
  "Exclude",
  "NonNullable",
  "WithRequired",
  "FlattenedDeepRequired",
  "Date",
  "Blob",
  "File",
  "Uint8Array",
  "Promise",
  "Object",
  "String",
  "Number",
  "Boolean",
  "Function",
  "Symbol",
  "BigInt",
  "Error",
  "Map",
  "Set",
  "JSON",
  "Math",
  "any",
  "unknown",
  "never",
  "string",
  "number",
  "boolean",
  "bigint",
  "symbol",
  "object",
  "undefined",
  "void",
  "null",
  "true",
  "false",
  "this",
  "type",
  "interface",
  "enum",
  "class",
  "const",
  "let",
  "var",
  "import",
  "export",
  "default",
  "extends",
  "implements",
  "keyof",
  "typeof",
  "infer",
  "is",
  "asserts",
  "readonly",
  "unique",
  "declare",
  "namespace",
  "module",
  "global",
  "require",
  "new",
  "in",
  "instanceof",
  "delete",
  "function",
  "return",
  "if",
  "else",
  "for",
  "while",
  "do",
  "switch",
  "case",
  "break",
  "continue",
  "throw",
  "try",
  "catch",
  "finally",
  "with",
  "yield",
  "await",
  "async",
  "super",
  "static",
  "private",
  "protected",
  "public",
  "package",
  "arguments",
  "eval",
  "debugger",
]);

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function pooledIdentifier(componentName: string): string {
  let name = componentName.replace(/[^A-Za-z0-9_$]/g, "_").slice(0, 80);
  if (name === "" || /^[0-9]/.test(name)) name = `_${name}`;
  if (UNSAFE.has(name)) name = `${name}_`;
  return name;
}

export function pooledFileStem(componentName: string, hash: string): string {
  let base = componentName.replace(/[^A-Za-z0-9_-]/g, "_").slice(0, 60);
  if (base === "" || WINDOWS_DEVICE.test(base)) base = `_${base}`;
  return `${base}.${hash.slice(0, 12)}`;
}
