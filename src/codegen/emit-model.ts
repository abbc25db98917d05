import type { Problem } from "../shared/tool-error.js";
import { OPENAPI_TYPES_FILE, SCHEMAS_FILE, TYPES_FILE, VALIDATORS_DIR } from "./layout.js";
import type { ModelPlan } from "./plan.js";
import { stringLiteral } from "./render/literals.js";
import { type ModelRoot, rootsByOperation } from "./roots.js";
import { emitModelTypes } from "./types/model-types.js";
import { emitPooledSchemas, type PooledSchemas } from "./zod/pooled.js";
import { MAX_WIDTH } from "./zod/print/doc.js";

export interface EmittedModel {
  /** File name inside models/<stem>/ -> content. */
  files: Record<string, string>;
  /** Pooled type files (stem -> content) under types/. */
  pool: Map<string, string>;
  /** Pooled validator modules (stem -> content) under validators/. */
  validators: Map<string, string>;
  /** Import-type text of each root type (by rootKey), relative to the generated root. */
  roots: Map<string, string> | undefined;
  problems: Problem[];
  warnings: Problem[];
}

/** `export const operations = {...}`: the model's validators by operation and root, what loadSchemas hands out. */
export function operationsTable(roots: readonly ModelRoot[]): string {
  const entries = [...rootsByOperation(roots)].map(([operation, members]) => {
    const fields = members.map((root) =>
      root.root === root.exportName ? root.root : `${root.root}: ${root.exportName}`,
    );
    const line = `  ${stringLiteral(operation)}: { ${fields.join(", ")} },`;
    // Wrapped as the rest of the module is, one root per line past its width.
    if (line.length <= MAX_WIDTH) return `${line}\n`;
    return `  ${stringLiteral(operation)}: {\n${fields.map((field) => `    ${field},\n`).join("")}  },\n`;
  });
  return `/** The validators by operation and root. */\nexport const operations = {\n${entries.join("")}};\n`;
}

/**
 * The validators of every root. A problem inside an operation outside the
 * table never fails the model (design.md): those operations are dropped
 * with a warning and the rest emitted again.
 */
function emitValidators(plan: ModelPlan): { zod: PooledSchemas; roots: ModelRoot[] } {
  const emit = (roots: readonly ModelRoot[]) =>
    emitPooledSchemas(
      {
        model: plan.id,
        document: plan.document,
        roots: roots.map((root) => ({ exportName: root.exportName, pointer: root.pointer })),
      },
      `../../${VALIDATORS_DIR}/`,
      operationsTable(roots),
    );
  const all = emit(plan.roots);
  const known = new Set(plan.operations.filter((op) => op.family !== undefined).map((op) => op.key));
  const other = plan.roots.filter((root) => !known.has(root.operation));
  if (all.problems.length === 0 || other.length === 0) return { zod: all, roots: plan.roots };
  const kept = plan.roots.filter((root) => known.has(root.operation));
  const retry = emit(kept);
  if (retry.problems.length > 0) return { zod: all, roots: plan.roots };
  const dropped = [...new Set(other.map((root) => root.operation))];
  const warnings = dropped.map((operation) => ({
    model: plan.id,
    operation,
    message: `left out (not typed, not callable): its schemas cannot be turned into validators: ${all.problems[0]!.message}`,
  }));
  return { zod: { ...retry, warnings: [...retry.warnings, ...warnings] }, roots: kept };
}

/**
 * One model's modules: types (openapi-typescript, pooled) and Zod validators;
 * with `openapiTypes`, openapi-typescript's whole view of the document too.
 */
export async function emitModel(plan: ModelPlan, { openapiTypes = false } = {}): Promise<EmittedModel> {
  const { zod, roots } = emitValidators(plan);
  try {
    const types = await emitModelTypes(plan.document, roots, { openapi: openapiTypes });
    return {
      files: {
        [TYPES_FILE]: types.types,
        ...(types.openapi === undefined ? {} : { [OPENAPI_TYPES_FILE]: types.openapi }),
        [SCHEMAS_FILE]: zod.source,
      },
      pool: types.pool,
      validators: zod.pool,
      roots: types.roots,
      problems: zod.problems,
      warnings: zod.warnings,
    };
  } catch (error) {
    return {
      files: {},
      pool: new Map(),
      validators: new Map(),
      roots: undefined,
      problems: [
        ...zod.problems,
        {
          model: plan.id,
          pointer: "",
          message: `openapi-typescript could not process the document: ${(error as Error).message}`,
        },
      ],
      warnings: zod.warnings,
    };
  }
}
