import type { Problem } from "../shared/tool-error.js";
import { OPENAPI_TYPES_FILE, SCHEMAS_FILE, TYPES_FILE, VALIDATORS_DIR } from "./layout.js";
import type { ModelPlan } from "./plan.js";
import { emitModelTypes, ROOT_TYPE_NAMES } from "./types/model-types.js";
import type { RootKind } from "./types/prepare-document.js";
import { emitPooledSchemas } from "./zod/pooled.js";

export interface EmittedModel {
  /** File name inside models/<stem>/ -> content. */
  files: Record<string, string>;
  /** Pooled type files (stem -> content) under types/. */
  pool: Map<string, string>;
  /** Pooled validator modules (stem -> content) under validators/. */
  validators: Map<string, string>;
  /** Import-type text of each root type, relative to the generated root. */
  roots: Record<RootKind, string> | undefined;
  problems: Problem[];
  warnings: Problem[];
}

/** One model's modules: types (openapi-typescript, pooled) and Zod validators. */
export async function emitModel(plan: ModelPlan): Promise<EmittedModel> {
  const roots = (Object.keys(ROOT_TYPE_NAMES) as Array<keyof typeof ROOT_TYPE_NAMES>).map((kind) => ({
    exportName: kind,
    pointer: plan.contract[kind].pointer,
  }));
  const zod = emitPooledSchemas({ model: plan.id, document: plan.document, roots }, `../../${VALIDATORS_DIR}/`);
  try {
    const types = await emitModelTypes(plan.document, plan.contract);
    return {
      files: { [TYPES_FILE]: types.types, [OPENAPI_TYPES_FILE]: types.openapi, [SCHEMAS_FILE]: zod.source },
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
