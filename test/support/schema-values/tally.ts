import { forEachApplication, schemaGraph, shapeFits, subschemas } from "./applicable.js";
import {
  type BoundaryKeyword,
  boundaryKeywordsOf,
  EDGES,
  type Edge,
  edgeOf,
  passesOtherKeywords,
  unreachableEdge,
} from "./boundaries.js";
import type { Target } from "./generate.js";
import { isRecord, type Schema } from "./view.js";

/*
 * Which edges of which boundary keywords the values of a test exercised.
 * A value exercises an edge of a keyword when the keyword's schema object
 * applies there (through the union branches the value's shape selects, see
 * forEachApplication and shapeFits) and:
 * - inside: the whole value is valid, so a validator refusing the edge is caught;
 * - outside: the whole value is invalid, its only mutation is at that place,
 *   nothing else in that schema object refuses it, and the value with that
 *   part put right is valid, so a validator accepting the edge is caught.
 */

export interface EdgeSite {
  keyword: BoundaryKeyword;
  /** Pointer of the schema object holding the keyword. */
  pointer: string;
  edge: Edge;
}

const siteKey = (keyword: BoundaryKeyword, pointer: string) => `${keyword} ${pointer}`;

export class BoundaryTally {
  private readonly schemas: Map<string, Schema>;
  private readonly parents = new Map<string, string[]>();
  private readonly sites = new Map<string, { keyword: BoundaryKeyword; pointer: string; schema: Schema }>();
  private readonly exercised = new Map<string, Set<Edge>>();
  private readonly rootsOf = new Map<string, string[]>();
  /** The schema objects on the way to a site with an edge still to exercise; recomputed when a site is done. */
  private open: Set<string> | undefined;

  constructor(
    private readonly document: unknown,
    roots: readonly string[],
  ) {
    const graph = schemaGraph(document, roots);
    this.schemas = graph.schemas;
    for (const [parent, children] of graph.children)
      for (const child of children) this.parents.set(child, [...(this.parents.get(child) ?? []), parent]);
    for (const [pointer, schema] of this.schemas)
      for (const keyword of boundaryKeywordsOf(schema))
        this.sites.set(siteKey(keyword, pointer), { keyword, pointer, schema });
    for (const root of roots) {
      for (const pointer of schemaGraph(document, [root]).schemas.keys())
        this.rootsOf.set(pointer, [...(this.rootsOf.get(pointer) ?? []), root]);
    }
  }

  /**
   * Count the edges `value` exercised. `valid` is the oracle's verdict, `at`
   * where the value's mutation is; `controlValid` says whether the oracle
   * accepts the value with that part put right (asked only when an outside
   * edge is in question): only then did the edge alone refuse the value.
   */
  observe(root: string, value: unknown, valid: boolean, at: string | undefined, controlValid: () => boolean): void {
    if (!valid && at === undefined) return;
    let controlled: boolean | undefined;
    const proven = () => {
      controlled ??= controlValid();
      return controlled;
    };
    forEachApplication(
      this.document,
      root,
      value,
      (application) => {
        if (!valid && application.location !== at) return;
        for (const keyword of boundaryKeywordsOf(application.schema)) {
          const edge = edgeOf(application.schema, keyword, application.value);
          if (edge === undefined || (edge === "inside") !== valid) continue;
          const key = siteKey(keyword, application.pointer);
          if (!this.sites.has(key) || this.exercised.get(key)?.has(edge) === true) continue;
          if (edge === "outside" && !(passesOtherKeywords(application.schema, keyword, application.value) && proven()))
            continue;
          this.exercised.set(key, new Set([...(this.exercised.get(key) ?? []), edge]));
          this.open = undefined;
        }
      },
      {
        validAt: (pointer, part) => shapeFits(this.document, this.schemas.get(pointer), part),
        enter: (pointer) => this.openSchemas().has(pointer),
        ...(valid || at === undefined ? {} : { along: at }),
      },
    );
  }

  /** Walking only where an edge is still open keeps the tally cheap once most are exercised. */
  private openSchemas(): Set<string> {
    if (this.open !== undefined) return this.open;
    const open = new Set<string>();
    const pending = this.missing().map((site) => site.pointer);
    while (pending.length > 0) {
      const pointer = pending.pop()!;
      if (open.has(pointer)) continue;
      open.add(pointer);
      pending.push(...(this.parents.get(pointer) ?? []));
    }
    this.open = open;
    return open;
  }

  /** Every edge of every boundary keyword, with whether it was exercised or why no value can reach it. */
  edges(): Array<EdgeSite & { exercised: boolean; unreachable: string | undefined }> {
    return [...this.sites].flatMap(([key, site]) =>
      EDGES.map((edge) => ({
        keyword: site.keyword,
        pointer: site.pointer,
        edge,
        exercised: this.exercised.get(key)?.has(edge) === true,
        unreachable: unreachableEdge(site.schema, site.keyword, edge),
      })),
    );
  }

  isExercised(site: EdgeSite): boolean {
    return this.exercised.get(siteKey(site.keyword, site.pointer))?.has(site.edge) === true;
  }

  /** The edges still to exercise (reachable and not yet exercised). */
  missing(): EdgeSite[] {
    return this.edges()
      .filter((edge) => !edge.exercised && edge.unreachable === undefined)
      .map(({ keyword, pointer, edge }) => ({ keyword, pointer, edge }));
  }

  /** The roots whose schemas lead to the schema at `pointer`. */
  rootsLeadingTo(pointer: string): string[] {
    return this.rootsOf.get(pointer) ?? [];
  }

  /** The site as a generator target: the schema object, and which schemas lead to it. */
  target(site: EdgeSite): Target {
    const ancestors = new Set<string>();
    const pending = [site.pointer];
    while (pending.length > 0) {
      const pointer = pending.pop()!;
      if (ancestors.has(pointer)) continue;
      ancestors.add(pointer);
      pending.push(...(this.parents.get(pointer) ?? []));
    }
    const leading = new Set<unknown>([...ancestors].map((pointer) => this.schemas.get(pointer)));
    const known = new Set<unknown>(this.schemas.values());
    // The generator's views are copies holding the document's own subschemas: look a few levels into them.
    const reaches = (schema: unknown, depth = 0): boolean =>
      leading.has(schema) ||
      (isRecord(schema) &&
        !known.has(schema) &&
        depth < 4 &&
        subschemas(this.document, schema, "").some((sub) => reaches(sub.schema, depth + 1)));
    return { schema: this.schemas.get(site.pointer)!, keyword: site.keyword, edge: site.edge, reaches };
  }
}
