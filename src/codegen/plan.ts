import { checkDocument } from "../openapi/check.js";
import { type LocatedOperation, locateOperations, withStandardEvents } from "../openapi/operations.js";
import type { Problem } from "../shared/tool-error.js";
import type { StoredModel } from "../snapshot/format.js";
import { type ModelRoot, modelRoots } from "./roots.js";

/** Everything generate needs to emit one model, or the reasons it cannot. */
export interface ModelPlan {
  id: string;
  stem: string;
  identifier: string;
  apiMd: string;
  /** The document with each family's standard event schema placed where it has none. */
  document: unknown;
  operations: LocatedOperation[];
  roots: ModelRoot[];
  documentSha256: string;
}

export function planModel(model: StoredModel, identifier: string): { plan?: ModelPlan; problems: Problem[] } {
  const problems = checkDocument(model.document, model.id);
  if (problems.length > 0) return { problems };
  const { operations } = locateOperations(model.document);
  return {
    plan: {
      id: model.id,
      stem: model.stem,
      identifier,
      apiMd: model.apiMd,
      document: withStandardEvents(model.document, operations),
      operations,
      roots: modelRoots(operations),
      documentSha256: model.documentSha256,
    },
    problems: [],
  };
}
