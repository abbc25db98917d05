/*
 * Declaration order of the consts: depth-first from the roots, a const after
 * everything it refers to. A reference to a const that is not declared yet
 * is a back edge of the search, i.e. it closes a cycle, and only those are
 * printed as z.lazy.
 */
export function declarationOrder(
  roots: readonly string[][],
  referencesOf: (pointer: string) => readonly string[],
): string[] {
  const order: string[] = [];
  const state = new Map<string, "active" | "done">();
  const visit = (start: string): void => {
    // Iterative: a long chain of schemas must not overflow the stack.
    const stack: Array<{ pointer: string; next: number; refs: readonly string[] }> = [];
    const enter = (pointer: string): void => {
      if (state.has(pointer)) return;
      state.set(pointer, "active");
      stack.push({ pointer, next: 0, refs: referencesOf(pointer) });
    };
    enter(start);
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      if (frame.next < frame.refs.length) {
        enter(frame.refs[frame.next++]!);
      } else {
        stack.pop();
        state.set(frame.pointer, "done");
        order.push(frame.pointer);
      }
    }
  };
  for (const refs of roots) for (const pointer of refs) visit(pointer);
  return order;
}
