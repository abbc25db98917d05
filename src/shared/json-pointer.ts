// RFC 6901 pointers. Small enough to own: every problem message names one.

export function escapeSegment(segment: string | number): string {
  return String(segment).replace(/~/g, "~0").replace(/\//g, "~1");
}

function unescapeSegment(segment: string): string {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}

export function pointer(...segments: Array<string | number>): string {
  return segments.map((s) => `/${escapeSegment(s)}`).join("");
}

export function appendPointer(base: string, ...segments: Array<string | number>): string {
  return base + pointer(...segments);
}

export function parsePointer(ptr: string): string[] {
  if (ptr === "") return [];
  if (!ptr.startsWith("/")) throw new SyntaxError(`not a JSON pointer: ${JSON.stringify(ptr)}`);
  return ptr.slice(1).split("/").map(unescapeSegment);
}

/** The value at `ptr` inside `doc`, or undefined when any step is missing. */
export function getAtPointer(doc: unknown, ptr: string): unknown {
  if (ptr !== "" && !ptr.startsWith("/")) return undefined;
  let node: unknown = doc;
  for (const segment of parsePointer(ptr)) {
    if (Array.isArray(node)) {
      if (!/^(0|[1-9]\d*)$/.test(segment)) return undefined;
      node = node[Number(segment)];
    } else if (node !== null && typeof node === "object") {
      if (!Object.hasOwn(node, segment)) return undefined;
      node = (node as Record<string, unknown>)[segment];
    } else {
      return undefined;
    }
  }
  return node;
}

/** The pointer part of a local `$ref` (`#/components/...` -> `/components/...`), or undefined for remote refs. */
export function localRefPointer(ref: string): string | undefined {
  if (!ref.startsWith("#")) return undefined;
  const fragment = ref.slice(1);
  try {
    return decodeURIComponent(fragment);
  } catch {
    return fragment;
  }
}
