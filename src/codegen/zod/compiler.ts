import { getAtPointer, localRefPointer } from "../../shared/json-pointer.js";
import { type Diagnostics, isRecord } from "./context.js";
import type { Expr } from "./ir.js";
import { schemaToExpr } from "./transform/schema.js";

/*
 * Compiles the schemas reachable from the roots into IR, once per location.
 * A `$ref` target becomes a named const of the module; compiling one that is
 * already in progress (a cycle) just refers to it.
 */
export class SchemaCompiler {
  private readonly compiled = new Map<string, Expr>();
  private readonly inProgress = new Set<string>();
  /** Pointers of every `$ref` target met, in the order they were first referenced. */
  readonly targets = new Set<string>();

  constructor(
    readonly document: unknown,
    readonly diagnostics: Diagnostics,
  ) {}

  /** The IR of the schema `schema` that sits at `pointer`. */
  compile(schema: unknown, pointer: string): Expr {
    const done = this.compiled.get(pointer);
    if (done !== undefined) return done;
    this.inProgress.add(pointer);
    const expr = schemaToExpr(schema, pointer, this);
    this.inProgress.delete(pointer);
    this.compiled.set(pointer, expr);
    return expr;
  }

  private readonly lookups = new Map<string, "ok" | "missing" | "endless">();

  /** Whether a `$ref` to `pointer` reaches a schema: "missing" (dangling), "endless" (a chain of `$ref`s that loops). */
  lookup(pointer: string): "ok" | "missing" | "endless" {
    let status = this.lookups.get(pointer);
    if (status === undefined) {
      status = getAtPointer(this.document, pointer) === undefined ? "missing" : this.loops(pointer) ? "endless" : "ok";
      this.lookups.set(pointer, status);
    }
    return status;
  }

  /** Whether following `$ref`s from `pointer` comes back to a schema already met without reaching anything else. */
  private loops(pointer: string): boolean {
    const seen = new Set<string>();
    let here: string | undefined = pointer;
    while (here !== undefined) {
      if (seen.has(here)) return true;
      seen.add(here);
      const node = getAtPointer(this.document, here);
      // A dangling link further down is reported where that `$ref` is written.
      here = isRecord(node) && typeof node.$ref === "string" ? localRefPointer(node.$ref) : undefined;
    }
    return false;
  }

  /** A reference to the schema at `pointer` (checked with lookup), compiled as its own const. */
  reference(pointer: string): Expr {
    this.targets.add(pointer);
    if (!this.inProgress.has(pointer) && !this.compiled.has(pointer))
      this.compile(getAtPointer(this.document, pointer), pointer);
    return { kind: "ref", pointer };
  }

  /** The IR of a `$ref` target, or undefined while it is still being compiled (the reference closes a cycle). */
  resolved(pointer: string): Expr | undefined {
    return this.compiled.get(pointer);
  }
}
