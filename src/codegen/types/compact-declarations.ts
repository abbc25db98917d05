/*
 * A pooled type file as the TypeScript printer writes it, made smaller
 * without changing what it declares or what an editor shows on hover. A
 * catalog's pool holds hundreds of small files, so bytes repeated on every
 * line weigh: the printer indents by four spaces (it has no option for two),
 * and openapi-typescript tags every description `@description`, which an
 * editor shows as a tag rather than as the text it is.
 */

const INDENT = /^( +)/;
// A JSDoc line that starts with the tag: `/** @description …`, ` * @description …`.
const DESCRIPTION_TAG = /^(\s*(?:\/\*\*|\*) )@description /;

/** Each line's leading four-space steps halved (a comment's ` *` keeps its one-space offset). */
function halveIndent(line: string): string {
  return line.replace(INDENT, (spaces) => " ".repeat(2 * Math.floor(spaces.length / 4) + (spaces.length % 4)));
}

/**
 * Printed declarations with two-space indentation and descriptions as plain
 * JSDoc text. Only whitespace before a line's first character and the tag at
 * the start of a comment line change: a description's own text, inside or
 * after its `*`, is kept as it is.
 */
export function compactDeclarations(printed: string): string {
  return printed
    .split("\n")
    .map((line) => halveIndent(line).replace(DESCRIPTION_TAG, "$1"))
    .join("\n");
}
