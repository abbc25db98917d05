/** A set of Unicode code points as sorted, disjoint, non-adjacent inclusive ranges. */
export class CodePointSet {
  private constructor(readonly ranges: ReadonlyArray<readonly [number, number]>) {}

  static of(...ranges: ReadonlyArray<readonly [number, number]>): CodePointSet {
    const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const [low, high] of sorted) {
      const last = merged[merged.length - 1];
      if (last !== undefined && low <= last[1] + 1) last[1] = Math.max(last[1], high);
      else merged.push([low, high]);
    }
    return new CodePointSet(merged);
  }

  union(other: CodePointSet): CodePointSet {
    return CodePointSet.of(...this.ranges, ...other.ranges);
  }

  /** Every code point from U+0000 to U+10FFFF not in this set. */
  complement(): CodePointSet {
    const result: Array<[number, number]> = [];
    let next = 0;
    for (const [low, high] of this.ranges) {
      if (low > next) result.push([next, low - 1]);
      next = high + 1;
    }
    if (next <= 0x10ffff) result.push([next, 0x10ffff]);
    return new CodePointSet(result);
  }
}
