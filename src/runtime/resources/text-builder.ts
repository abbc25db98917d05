/*
 * A string built from many stream deltas. Every JOIN_EVERY pieces become one
 * flat block, so neither a rope of 100,000 nodes nor repeated copies of the
 * whole text build up: memory stays proportional to the text, not to the
 * number of events. Every accumulator keeps its growing text fields in one.
 */
const JOIN_EVERY = 256;

export class TextBuilder {
  #blocks: string[] = [];
  #pieces: string[] = [];

  constructor(first = "") {
    if (first !== "") this.#pieces.push(first);
  }

  add(piece: string): void {
    const pieces = this.#pieces;
    pieces.push(piece);
    if (pieces.length === JOIN_EVERY) {
      this.#blocks.push(pieces.join(""));
      this.#pieces = [];
    }
  }

  toString(): string {
    return this.#blocks.join("") + this.#pieces.join("");
  }
}
