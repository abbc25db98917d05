import type ts from "typescript";
import { typescript } from "./typescript.js";

/*
 * openapi-typescript ends the doc comment of every enum with `@enum {type}`
 * and of every const with `@constant`. The type beside the comment already
 * says both (a union of literals, one literal), so the tags tell a reader
 * nothing, and they cost more than their bytes: `enum: ["x"]` and
 * `const: "x"` give the same type but different comments, so the pool kept
 * two files for one type, and two of every type above it. The tags are
 * always the comment's last items, so they are cut from the end only, and
 * the comment is rebuilt in the form openapi-typescript gives a comment
 * without them.
 */

const TAG = /^ \* @(constant|enum \{[^}\n]*\})$/;
const SINGLE_TAG = /^\* @(constant|enum \{[^}\n]*\}) $/;

/** A doc comment's text (between `/*` and `*\/`) without its trailing tags; undefined when nothing is left. */
export function withoutRedundantTags(text: string): string | undefined {
  if (SINGLE_TAG.test(text)) return undefined;
  const lines = text.split("\n");
  // The multi-line form: "*", then one " * item" line per item (with
  // " *     " continuation lines), then " ".
  if (lines.length < 3 || lines[0] !== "*" || lines[lines.length - 1] !== " ") return text;
  const items = lines.slice(1, -1);
  let end = items.length;
  while (end > 0 && TAG.test(items[end - 1]!)) end -= 1;
  if (end === items.length) return text;
  if (end === 0) return undefined;
  const kept = items.slice(0, end);
  if (kept.length === 1 && kept[0]!.startsWith(" * ")) return `* ${kept[0]!.slice(3)} `;
  return ["*", ...kept, " "].join("\n");
}

/** Rewrites, in place, the doc comments of `nodes` and everything under them. */
export function dropRedundantTags(nodes: readonly ts.Node[]): void {
  const visit = (node: ts.Node): void => {
    const comments = typescript.getSyntheticLeadingComments(node);
    if (comments !== undefined && comments.length > 0) {
      const rewritten: ts.SynthesizedComment[] = [];
      for (const comment of comments) {
        if (comment.kind !== typescript.SyntaxKind.MultiLineCommentTrivia) {
          rewritten.push(comment);
          continue;
        }
        const text = withoutRedundantTags(comment.text);
        if (text !== undefined) rewritten.push(text === comment.text ? comment : { ...comment, text });
      }
      typescript.setSyntheticLeadingComments(node, rewritten);
    }
    typescript.forEachChild(node, visit);
  };
  for (const node of nodes) visit(node);
}
