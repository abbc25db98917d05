import { OPENAPI_TYPES_FILE, ROOT_TYPE_NAMES, TYPES_FILE, emitModelTypes } from "./types/model-types.js";
import { emitSchemasModule } from "./zod/index.js";
import type { ModelPlan } from "./plan.js";
import type { Problem } from "../shared/tool-error.js";

export const SCHEMAS_FILE = "schemas.ts";

export interface EmittedModel {
  /** File name inside models/<stem>/ -> content. */
  files: Record<string, string>;
  /** Pooled type files (stem -> content) under types/. */
  pool: Map<string, string>;
  problems: Problem[];
  warnings: Problem[];
}

/** One model's modules: types (openapi-typescript, pooled) and Zod validators. */
export async function emitModel(plan: ModelPlan): Promise<EmittedModel> {
  const roots = (Object.keys(ROOT_TYPE_NAMES) as Array<keyof typeof ROOT_TYPE_NAMES>).map((kind) => ({
    exportName: kind,
    pointer: plan.contract[kind].pointer,
  }));
  const zod = emitSchemasModule({ model: plan.id, document: plan.document, roots });
  try {
    const types = await emitModelTypes(plan.document, plan.contract);
    return {
      files: { [TYPES_FILE]: types.types, [OPENAPI_TYPES_FILE]: types.openapi, [SCHEMAS_FILE]: zod.source },
      pool: types.pool,
      problems: zod.problems,
      warnings: zod.warnings,
    };
  } catch (error) {
    return {
      files: {},
      pool: new Map(),
      problems: [...zod.problems, { model: plan.id, pointer: "", message: `openapi-typescript could not process the document: ${(error as Error).message}` }],
      warnings: zod.warnings,
    };
  }
}
