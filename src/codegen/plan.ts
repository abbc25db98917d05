import { checkDocument } from "../openapi/check.js";
import { type ChatContract, locateChatContract, withStandardChunk } from "../openapi/document.js";
import type { Problem } from "../shared/tool-error.js";
import type { StoredModel } from "../snapshot/format.js";

/** Everything generate needs to emit one model, or the reasons it cannot. */
export interface ModelPlan {
  id: string;
  stem: string;
  identifier: string;
  apiMd: string;
  /** The document with the standard chunk schema placed when it has none. */
  document: unknown;
  contract: ChatContract;
  documentSha256: string;
}

export function planModel(model: StoredModel, identifier: string): { plan?: ModelPlan; problems: Problem[] } {
  const problems = checkDocument(model.document, model.id);
  if (problems.length > 0) return { problems };
  const contract = locateChatContract(model.document);
  const document = withStandardChunk(model.document, contract);
  // checkDocument guarantees version, request and response.
  return {
    plan: {
      id: model.id,
      stem: model.stem,
      identifier,
      apiMd: model.apiMd,
      document,
      contract: contract as ChatContract,
      documentSha256: model.documentSha256,
    },
    problems: [],
  };
}
