import { getAtPointer } from "../../shared/json-pointer.js";
import type { Problem } from "../../shared/tool-error.js";
import { SchemaCompiler } from "./compiler.js";
import { Diagnostics } from "./context.js";
import type { Expr } from "./ir.js";
import { constNames } from "./names.js";
import { declarationOrder } from "./order.js";
import { type PrintContext, printExpr } from "./print/expr.js";
import { type ConstDeclaration, printModule } from "./print/module.js";
import { referencesOf } from "./references.js";
/*
 * JSON Schema (as found in OpenAPI 3.0/3.1 documents) to Zod 4 validators:
 * compile every root into IR (the `$ref` targets it reaches become named
 * consts), order the consts so each follows what it uses (z.lazy only where a
 * reference closes a cycle), print. `emitSchemasModule` prints one
 * self-contained module; pooled.ts spreads the same consts over modules
 * shared between models.
 */

export interface SchemaRoot {
  /** Name of the exported const, e.g. "request". Must be a valid identifier. */
  exportName: string;
  /** JSON pointer of the schema inside the document. */
  pointer: string;
}

export interface SchemaInput {
  model: string;
  document: unknown;
  roots: SchemaRoot[];
}

interface Diagnosed {
  /** Fatal: the document cannot be turned into exact validators. */
  problems: Problem[];
  /** Keywords the validators do not enforce (each with its pointer). */
  warnings: Problem[];
}

export interface EmitResult extends Diagnosed {
  source: string;
}

/** A `$ref` target, declared once as a const. */
export interface CompiledConst {
  pointer: string;
  name: string;
  expr: Expr;
}

export interface CompiledSchemas extends Diagnosed {
  /** Every `$ref` target reached from the roots, each after what it uses (cycles aside). */
  consts: CompiledConst[];
  /** Each root with its expression: a `ref` when something else refers to the root too. */
  roots: Array<{ root: SchemaRoot; expr: Expr }>;
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * `rootsAsConsts`: every root becomes a const too (a module of the pool),
 * not only the roots something else refers to.
 */
export function compileSchemas(input: SchemaInput, options: { rootsAsConsts?: boolean } = {}): CompiledSchemas {
  const diagnostics = new Diagnostics(input.model);
  const compiler = new SchemaCompiler(input.document, diagnostics);

  const compiled: Array<{ root: SchemaRoot; expr: Expr }> = [];
  for (const root of input.roots) {
    if (!IDENTIFIER.test(root.exportName))
      throw new TypeError(`export name ${JSON.stringify(root.exportName)} is not an identifier`);
    const schema = getAtPointer(input.document, root.pointer);
    if (schema === undefined) {
      diagnostics.problem(root.pointer, `no schema at this pointer (the ${root.exportName} schema)`);
      compiled.push({ root, expr: { kind: "never" } });
      continue;
    }
    compiled.push({ root, expr: compiler.compile(schema, root.pointer) });
  }
  // A root that something else refers to is declared once, as a const; a
  // root that is only a `$ref` stands for its target.
  const asConst = (pointer: string) => options.rootsAsConsts === true || compiler.targets.has(pointer);
  const roots = compiled.map(({ root, expr }) => ({
    root,
    expr:
      expr.kind === "ref" || expr.kind === "never" || !asConst(root.pointer)
        ? expr
        : ({ kind: "ref", pointer: root.pointer } as const),
  }));

  const exprOf = (pointer: string): Expr => compiler.resolved(pointer) ?? { kind: "unknown" };
  const order = declarationOrder(
    roots.map(({ expr }) => referencesOf(expr)),
    (pointer) => referencesOf(exprOf(pointer)),
  );
  const names = constNames(order, input.roots.map((root) => root.exportName).concat(["v", "z"]));
  return {
    consts: order.map((pointer) => ({ pointer, name: names.get(pointer)!, expr: exprOf(pointer) })),
    roots,
    problems: diagnostics.problems,
    warnings: diagnostics.warnings,
  };
}

/** All of a model's validators in one module: its consts, then the roots, exported. */
export function emitSchemasModule(input: SchemaInput): EmitResult {
  const compiled = compileSchemas(input);
  const position = new Map(compiled.consts.map((entry, index) => [entry.pointer, index]));
  const nameOf = new Map(compiled.consts.map((entry) => [entry.pointer, entry.name]));

  let current = Infinity;
  const ctx: PrintContext = {
    usesHelpers: false,
    reference: (pointer) => ({ name: nameOf.get(pointer)!, lazy: position.get(pointer)! >= current }),
  };
  const declarations: ConstDeclaration[] = [];
  for (const [index, entry] of compiled.consts.entries()) {
    current = index;
    declarations.push({
      name: entry.name,
      initializer: printExpr(entry.expr, ctx),
      exported: false,
      pointer: entry.pointer,
    });
  }
  current = Infinity;
  for (const { root, expr } of compiled.roots) {
    declarations.push({
      name: root.exportName,
      initializer: printExpr(expr, ctx),
      exported: true,
      pointer: root.pointer,
    });
  }

  return {
    source: printModule({ declarations, usesHelpers: ctx.usesHelpers }),
    problems: compiled.problems,
    warnings: compiled.warnings,
  };
}
