import type CodeBlockWriter from "code-block-writer";

/*
 * A tiny layout model between the expression printer and the writer: code
 * is flat text (never containing a line break), a bracketed list, or a
 * sequence of those (a call chained on a call). A list is written on one
 * line when it fits, otherwise one item per line, indented. Widths are
 * computed bottom-up once, so layout is linear in the size of the module.
 */

export interface Block {
  kind: "block";
  open: string;
  items: Doc[];
  close: string;
  /** Written on one line as `{ a, b }` rather than `{a, b}`. */
  padded: boolean;
  width: number;
}

interface Sequence {
  kind: "sequence";
  parts: Doc[];
  width: number;
}

export type Doc = string | Block | Sequence;

const MAX_WIDTH = 100;

function widthOf(doc: Doc): number {
  return typeof doc === "string" ? doc.length : doc.width;
}

export function block(open: string, items: Doc[], close: string, padded = false): Block {
  let width = open.length + close.length + Math.max(0, items.length - 1) * 2 + (padded && items.length > 0 ? 2 : 0);
  for (const item of items) width += widthOf(item);
  return { kind: "block", open, items, close, padded, width };
}

export function sequence(parts: Doc[]): Doc {
  let width = 0;
  for (const part of parts) width += widthOf(part);
  return { kind: "sequence", parts, width };
}

export function prefix(text: string, doc: Doc): Doc {
  if (typeof doc === "string") return text + doc;
  if (doc.kind === "block") return { ...doc, open: text + doc.open, width: doc.width + text.length };
  return sequence([text, ...doc.parts]);
}

export function suffix(doc: Doc, text: string): Doc {
  if (typeof doc === "string") return doc + text;
  if (doc.kind === "block") return { ...doc, close: doc.close + text, width: doc.width + text.length };
  return sequence([...doc.parts, text]);
}

function flat(doc: Doc): string {
  if (typeof doc === "string") return doc;
  if (doc.kind === "sequence") return doc.parts.map(flat).join("");
  const pad = doc.padded && doc.items.length > 0 ? " " : "";
  let text = doc.open + pad;
  doc.items.forEach((item, index) => {
    if (index > 0) text += ", ";
    text += flat(item);
  });
  return text + pad + doc.close;
}

export function writeDoc(writer: CodeBlockWriter, doc: Doc): void {
  if (typeof doc === "string" || doc.width <= MAX_WIDTH) {
    writer.write(flat(doc));
    return;
  }
  if (doc.kind === "sequence") {
    for (const part of doc.parts) writeDoc(writer, part);
    return;
  }
  if (doc.items.length === 0) {
    writer.write(flat(doc));
    return;
  }
  const only = doc.items.length === 1 ? doc.items[0]! : undefined;
  if (only !== undefined && typeof only !== "string") {
    // A single list argument hugs its brackets: `f({` ... `})`.
    const pad = doc.padded ? " " : "";
    writer.write(doc.open + pad);
    writeDoc(writer, only);
    writer.write(pad + doc.close);
    return;
  }
  writer.write(doc.open);
  writer.indent(() => {
    for (const item of doc.items) {
      writer.newLineIfLastNot();
      writeDoc(writer, item);
      writer.write(",");
    }
  });
  writer.newLineIfLastNot();
  writer.write(doc.close);
}
