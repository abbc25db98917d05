import { pooledFileStem } from "../pool/file-stem.js";
import { type HashInput, merkleGroups } from "../pool/merkle.js";
import { type CompiledConst, compileSchemas, type EmitResult, type SchemaInput } from "./index.js";
import type { Expr } from "./ir.js";
import { declarationOrder } from "./order.js";
import { type Doc, flat } from "./print/doc.js";
import { type PrintContext, printExpr } from "./print/expr.js";
import { type Binding, type ConstDeclaration, printModule } from "./print/module.js";
import { referencesOf } from "./references.js";

/*
 * A model's validators spread over modules shared between models, as its
 * types are: each `$ref` target (and each root) is one module of the pool,
 * `validators/<Name>.<hash>.ts`, named by a Merkle hash over its printed code
 * and the hashes of everything it refers to, so two models share a module
 * exactly when the whole graph below it is equal. Targets that refer to each
 * other in a cycle share one module: z.lazy stays inside it, where a cycle of
 * ES modules would make evaluation order depend on which is imported first.
 * A short target that refers to nothing (`z.string()`, an enum) is written
 * where it is used instead: its own module and the import would cost more
 * than the copies. The model's own module re-exports the roots under their
 * root names. Everything is keyed on (document, roots), so a model with more
 * roots (more operations) needs nothing new.
 */

export interface PooledSchemas extends EmitResult {
  /** Pool file stem -> module source, for every pooled module the model uses. */
  pool: Map<string, string>;
}

/**
 * Longest flat text of a reference-free target that is copied wherever it is
 * used. A module costs about 150 bytes besides its code, and each import of
 * it about 60. Measured on the bundled catalog: 120 gives the smallest tree
 * (60, 100 and 140 to 200 are 0.2-0.3% bigger).
 */
const INLINE_WIDTH = 120;

/**
 * Longest flat text of a reference-free target used at one place only that
 * is copied there. Its own module and the import cost about 230 bytes; a
 * copy costs its length in each variant of its user. On the bundled catalog
 * 200 and 400 give the same tree, 1,000 a bigger one.
 */
const INLINE_ONCE_WIDTH = 200;

interface Printed {
  doc: Doc;
  usesHelpers: boolean;
}

interface PooledConst extends Printed {
  entry: CompiledConst;
  /** Names of the pooled consts it refers to, in order of first appearance. */
  refs: string[];
}

function sortedBindings(bindings: Iterable<Binding>): Binding[] {
  const key = (binding: Binding) => `${binding.from}\u0000${binding.name}`;
  return [...bindings].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

class Pool {
  readonly nameOf: ReadonlyMap<string, string>;
  /** Pointer -> the code written in place of a reference to it. */
  readonly inlined = new Map<string, Printed>();
  /** Name -> a const that gets a module. */
  readonly pooled = new Map<string, PooledConst>();
  readonly stemOf = new Map<string, string>();

  constructor(consts: readonly CompiledConst[], roots: readonly Expr[]) {
    this.nameOf = new Map(consts.map((entry) => [entry.pointer, entry.name]));
    // Where each target is referenced. A root's target keeps its module (most
    // are shared between models whole), so a root counts as two uses.
    const uses = new Map<string, number>();
    const count = (pointer: string, by: number) => uses.set(pointer, (uses.get(pointer) ?? 0) + by);
    for (const entry of consts) for (const pointer of referencesOf(entry.expr)) count(pointer, 1);
    for (const expr of roots) for (const pointer of referencesOf(expr)) count(pointer, 2);
    // Consts come after what they use (back edges of a cycle aside, and a
    // const in a cycle refers to something pooled), so whatever one copies
    // in place is settled before it is printed.
    for (const entry of consts) {
      const printed = this.print(entry.expr);
      const refs = this.refsOf(entry.expr);
      const text = flat(printed.doc);
      const width = uses.get(entry.pointer) === 1 ? INLINE_ONCE_WIDTH : INLINE_WIDTH;
      if (refs.length === 0 && text.length <= width) {
        this.inlined.set(entry.pointer, printed);
      } else {
        this.pooled.set(entry.name, { ...printed, entry, refs });
      }
    }
  }

  /** `expr` printed; `lazy` says which references close a cycle. */
  print(expr: Expr, lazy: (name: string) => boolean = () => false): Printed {
    let inlinedHelpers = false;
    const ctx: PrintContext = {
      usesHelpers: false,
      reference: (pointer) => {
        const inline = this.inlined.get(pointer);
        if (inline !== undefined) {
          inlinedHelpers ||= inline.usesHelpers;
          return { name: inline.doc, lazy: false };
        }
        const name = this.nameOf.get(pointer)!;
        return { name, lazy: lazy(name) };
      },
    };
    const doc = printExpr(expr, ctx);
    return { doc, usesHelpers: ctx.usesHelpers || inlinedHelpers };
  }

  /** Names of the pooled consts `expr` refers to, in order of first appearance. */
  refsOf(expr: Expr): string[] {
    const names = referencesOf(expr)
      .filter((pointer) => !this.inlined.has(pointer))
      .map((pointer) => this.nameOf.get(pointer)!);
    return [...new Set(names)];
  }

  /** Pool file stem -> module, every group after the groups it imports. */
  modules(): Map<string, string> {
    const inputs = new Map<string, HashInput>();
    // Everything the module prints about a const is hashed: its pointer comment included.
    for (const [name, { entry, doc, refs }] of this.pooled)
      inputs.set(name, { text: `${entry.pointer}\n${flat(doc)}`, refs });
    const modules = new Map<string, string>();
    for (const group of merkleGroups(inputs)) {
      const stem = pooledFileStem(group.members[0]!, group.hash);
      for (const name of group.members) this.stemOf.set(name, stem);
      modules.set(stem, this.printGroup(group.members));
    }
    return modules;
  }

  /**
   * One pooled module: the group's members, each after the members it uses
   * (z.lazy where a reference closes the cycle), importing what lies
   * outside the group. Its bytes depend only on the group's hash inputs.
   */
  private printGroup(members: readonly string[]): string {
    const inGroup = new Set(members);
    const member = (name: string) => this.pooled.get(name)!;
    const order = declarationOrder(
      members.map((name) => [name]),
      (name) => member(name).refs.filter((ref) => inGroup.has(ref)),
    );
    const cyclic = members.length > 1 || member(members[0]!).refs.includes(members[0]!);
    const position = new Map(order.map((name, index) => [name, index]));
    const imports = new Map<string, Binding>();
    let usesHelpers = false;
    const declarations = order.map((name, index): ConstDeclaration => {
      const { entry, refs } = member(name);
      for (const ref of refs) if (!inGroup.has(ref)) imports.set(ref, this.binding(ref, "./"));
      const printed = cyclic ? this.print(entry.expr, (target) => (position.get(target) ?? -1) >= index) : member(name);
      usesHelpers ||= printed.usesHelpers;
      return { name, initializer: printed.doc, exported: true, pointer: entry.pointer };
    });
    return printModule({
      noCheck: true,
      declarations,
      usesHelpers,
      imports: sortedBindings(imports.values()),
    });
  }

  /** How a module in `folder` (the pool's path from it, with a trailing slash) imports a pooled const. */
  binding(name: string, folder: string): Binding {
    return { name, from: `${folder}${this.stemOf.get(name)!}.js` };
  }
}

/**
 * The model's module, importing from the pool at `poolPath` (relative to
 * the model's module, with a trailing slash), and the pooled modules. A
 * pooled root is imported under its export name and exported from here, so
 * `trailer` (written last) may refer to every root by that name.
 */
export function emitPooledSchemas(input: SchemaInput, poolPath: string, trailer?: string): PooledSchemas {
  const compiled = compileSchemas(input, { rootsAsConsts: true });
  const pool = new Pool(
    compiled.consts,
    compiled.roots.map((root) => root.expr),
  );
  const modules = pool.modules();

  // Roots come from the pool; a root copied in place or one that could not be compiled is declared here.
  const exports: string[] = [];
  const declarations: ConstDeclaration[] = [];
  const imports: Binding[] = [];
  let usesHelpers = false;
  for (const { root, expr } of compiled.roots) {
    const name = expr.kind === "ref" ? pool.nameOf.get(expr.pointer)! : undefined;
    if (name !== undefined && pool.pooled.has(name)) {
      imports.push({ ...pool.binding(name, poolPath), alias: root.exportName });
      exports.push(root.exportName);
      continue;
    }
    const printed = pool.print(expr);
    usesHelpers ||= printed.usesHelpers;
    declarations.push({ name: root.exportName, initializer: printed.doc, exported: true, pointer: root.pointer });
    for (const ref of pool.refsOf(expr)) imports.push(pool.binding(ref, poolPath));
  }
  const source = printModule({
    noCheck: true,
    declarations,
    usesHelpers,
    imports: sortedBindings(new Map(imports.map((binding) => [binding.alias ?? binding.name, binding])).values()),
    exports,
    ...(trailer === undefined ? {} : { trailer }),
  });
  return { source, pool: modules, problems: compiled.problems, warnings: compiled.warnings };
}
