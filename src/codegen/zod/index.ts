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
 * JSON Schema (as found in OpenAPI 3.0/3.1 documents) to a module of Zod 4
 * validators: compile every root into IR (the `$ref` targets it reaches
 * become named consts), order the consts so each follows what it uses
 * (z.lazy only where a reference closes a cycle), print.
 */

export interface SchemaRoot {
  /** Name of the exported const, e.g. "request". Must be a valid identifier. */
  exportName: string;
  /** JSON pointer of the schema inside the document. */
  pointer: string;
}

export interface EmitResult {
  source: string;
  /** Fatal: the document cannot be turned into exact validators. */
  problems: Problem[];
  /** Keywords the validators do not enforce (each with its pointer). */
  warnings: Problem[];
}

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

export function emitSchemasModule(input: { model: string; document: unknown; roots: SchemaRoot[] }): EmitResult {
  const diagnostics = new Diagnostics(input.model);
  const compiler = new SchemaCompiler(input.document, diagnostics);

  const roots: Array<{ root: SchemaRoot; expr: Expr }> = [];
  for (const root of input.roots) {
    if (!IDENTIFIER.test(root.exportName))
      throw new TypeError(`export name ${JSON.stringify(root.exportName)} is not an identifier`);
    const schema = getAtPointer(input.document, root.pointer);
    if (schema === undefined) {
      diagnostics.problem(root.pointer, `no schema at this pointer (the ${root.exportName} schema)`);
      roots.push({ root, expr: { kind: "never" } });
      continue;
    }
    roots.push({ root, expr: compiler.compile(schema, root.pointer) });
  }
  // A root that something else refers to is declared once, as a const.
  const rootExprs = roots.map(
    ({ root, expr }): Expr => (compiler.targets.has(root.pointer) ? { kind: "ref", pointer: root.pointer } : expr),
  );

  const exprOf = (pointer: string): Expr => compiler.resolved(pointer) ?? { kind: "unknown" };
  const order = declarationOrder(
    rootExprs.map((expr) => referencesOf(expr)),
    (pointer) => referencesOf(exprOf(pointer)),
  );
  const names = constNames(order, input.roots.map((root) => root.exportName).concat(["v", "z"]));
  const position = new Map(order.map((pointer, index) => [pointer, index]));

  let current = Infinity;
  const ctx: PrintContext = {
    usesHelpers: false,
    reference: (pointer) => ({ name: names.get(pointer)!, lazy: position.get(pointer)! >= current }),
  };
  const declarations: ConstDeclaration[] = [];
  for (const [index, pointer] of order.entries()) {
    current = index;
    declarations.push({
      name: names.get(pointer)!,
      initializer: printExpr(exprOf(pointer), ctx),
      exported: false,
      pointer,
    });
  }
  current = Infinity;
  roots.forEach(({ root }, index) => {
    declarations.push({
      name: root.exportName,
      initializer: printExpr(rootExprs[index]!, ctx),
      exported: true,
      pointer: root.pointer,
    });
  });

  return {
    source: printModule(declarations, ctx.usesHelpers),
    problems: diagnostics.problems,
    warnings: diagnostics.warnings,
  };
}
