/*
 * A tiny layout model between the expression printer and the module writer:
 * code is flat text (never containing a line break), a bracketed list, or a
 * sequence of those (a call chained on a call). Layout is a formatter's
 * group-fits-or-breaks (Wadler, as Prettier does it): a list is written on
 * one line when it fits in what is left of the current line, counting the
 * text that must follow it before the next place a line can break (a `,`, a
 * `;`, the rest of a chain); otherwise its items go one per line, indented.
 * A call or an array whose last item is a list literal, after at most two
 * string literals, keeps those on its first line and breaks only the last
 * (`["name", v.object({` ... `})]`), as formatters hug a last argument; an
 * object literal that breaks puts each entry on its own line. Widths are
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

/** The column a line should not pass. */
export const MAX_WIDTH = 100;
const INDENT = 2;
/** How many flat items may precede a hugged last item. */
const MAX_HUG_LEADING = 2;

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

/** The doc on one line. */
export function flat(doc: Doc): string {
  if (typeof doc === "string") return doc;
  if (doc.kind === "sequence") return doc.parts.map(flat).join("");
  const pad = padding(doc);
  let text = doc.open + pad;
  doc.items.forEach((item, index) => {
    if (index > 0) text += ", ";
    text += flat(item);
  });
  return text + pad + doc.close;
}

function padding(doc: Block): string {
  return doc.padded && doc.items.length > 0 ? " " : "";
}

/**
 * Width from the start of `docs[from]` to the first place a line may break
 * (just after the opening bracket of a non-empty list), `after` included
 * when no such place comes first.
 */
function headWidth(docs: readonly Doc[], from: number, after: number): number {
  let width = 0;
  for (let index = from; index < docs.length; index += 1) {
    const doc = docs[index]!;
    if (typeof doc === "string") width += doc.length;
    else if (doc.kind === "block") {
      if (doc.items.length > 0) return width + doc.open.length;
      width += doc.width;
    } else {
      const inner = headWidth(doc.parts, 0, -1);
      if (inner >= 0 && inner < doc.width) return width + inner;
      width += doc.width;
    }
  }
  return after < 0 ? -1 : width + after;
}

class Layout {
  text = "";
  column: number;

  constructor(column: number) {
    this.column = column;
  }

  write(text: string): void {
    this.text += text;
    this.column += text.length;
  }

  newLine(indent: number): void {
    this.text += `\n${" ".repeat(indent)}`;
    this.column = indent;
  }

  /** Lay out `doc` at the current column; `rest` columns must follow it on the same line. */
  doc(doc: Doc, indent: number, rest: number): void {
    if (typeof doc === "string") {
      this.write(doc);
      return;
    }
    if (this.column + doc.width + rest <= MAX_WIDTH) {
      this.write(flat(doc));
      return;
    }
    if (doc.kind === "sequence") {
      doc.parts.forEach((part, index) => {
        this.doc(part, indent, headWidth(doc.parts, index + 1, rest));
      });
      return;
    }
    if (doc.items.length === 0) {
      this.write(flat(doc));
      return;
    }
    if (!doc.padded && this.hugsLast(doc)) {
      const leading = doc.items.slice(0, -1) as string[];
      this.write(doc.open + leading.map((item) => `${item}, `).join(""));
      this.doc(doc.items[doc.items.length - 1]!, indent, doc.close.length + rest);
      this.write(doc.close);
      return;
    }
    this.write(doc.open);
    for (const item of doc.items) {
      this.newLine(indent + INDENT);
      this.doc(item, indent + INDENT, 1);
      this.write(",");
    }
    this.newLine(indent);
    this.write(doc.close);
  }

  /**
   * A last item that is a literal list, after a few string literals (a
   * property name, a discriminator) that fit on the line with its opening.
   */
  private hugsLast(doc: Block): boolean {
    const last = doc.items[doc.items.length - 1]!;
    if (!huggable(last) || doc.items.length - 1 > MAX_HUG_LEADING) return false;
    const leading = doc.items.slice(0, -1);
    let width = doc.open.length + headWidth([last], 0, 0);
    for (const item of leading) {
      if (typeof item !== "string" || !item.startsWith('"')) return false;
      width += item.length + 2;
    }
    return this.column + width <= MAX_WIDTH;
  }
}

/**
 * An array or object literal, or a call whose only argument is one
 * (`v.object({`): what formatters let a last argument hug.
 */
function huggable(doc: Doc): doc is Block {
  if (typeof doc === "string" || doc.kind !== "block" || doc.items.length === 0) return false;
  if (doc.open === "[" || doc.open === "{") return true;
  return doc.open.endsWith("(") && doc.items.length === 1 && huggable(doc.items[0]!);
}

/**
 * The doc laid out as code starting at `column` of a line indented by
 * `indent`, followed on its last line by `rest` more columns (`;`, `,`).
 * Lines after the first carry their indentation.
 */
export function layoutDoc(doc: Doc, options: { column: number; indent?: number; rest?: number }): string {
  const layout = new Layout(options.column);
  layout.doc(doc, options.indent ?? 0, options.rest ?? 0);
  return layout.text;
}
