/*
 * Text from documents (ids, descriptions, api.md) reaches generated source
 * only through these printers, so it can never close a comment, end a string
 * or open a template.
 */

/** A TypeScript string literal for any string: JSON escaping plus U+2028/U+2029. */
export function stringLiteral(value: string): string {
  return JSON.stringify(value)
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/** Text safe inside a block comment: no `*\/` can close it early. */
export function commentText(text: string): string {
  return text.replace(/\*\//g, "*\\/");
}

/**
 * A JSDoc block for free text (markdown). `*\/` cannot end the comment, a
 * line starting with `@` is not read as a tag, and line separators become
 * plain newlines.
 */
export function docComment(text: string, indent = ""): string {
  // Control characters go first: removing one later could join a `*` and a
  // `/` into a comment end after the escaping.
  const cleaned = text
    // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, "")
    .replace(/\r\n?|\u2028|\u2029/g, "\n");
  const lines = commentText(cleaned)
    .trimEnd()
    .split("\n")
    .map((line) => (/^\s*@/.test(line) ? line.replace("@", "\\@") : line));
  while (lines.length > 0 && lines[0]!.trim() === "") lines.shift();
  if (lines.length === 0) return "";
  return `${indent}/**\n${lines.map((line) => `${indent} *${line === "" ? "" : ` ${line}`}`).join("\n")}\n${indent} */\n`;
}
