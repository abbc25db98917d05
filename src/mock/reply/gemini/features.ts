import type { LocatedOperation } from "../../../openapi/operations.js";
import { catalogSaysReasoning } from "../../catalog-entry.js";
import type { ModelContract } from "../../model-contract.js";
import { type SchemaView, schemaView } from "../../schema-probe.js";

/*
 * What a Gemini reply may carry beyond its candidates, read once from the
 * model's schemas: each optional member the real API sends is sent unless
 * the schema rules it out (a closed object without it). A stream chunk is a
 * GenerateContentResponse too; it is read from the event schema when the
 * document declares one, else from the response schema.
 */

export interface GeminiShape {
  /** `candidates[].index`. */
  index: boolean;
  /** `usageMetadata.thoughtsTokenCount`. */
  thoughtsTokenCount: boolean;
  /** `usageMetadata.cost`, APIFree's price of the request. */
  cost: boolean;
  modelVersion: boolean;
  responseId: boolean;
}

export interface GeminiFeatures {
  /** The model can think: its schemas count thought tokens or carry thought parts. */
  canThink: boolean;
  /** The catalog says the model reasons. */
  modelReasons: boolean;
  reply: GeminiShape;
  chunk: GeminiShape;
}

function shape(view: SchemaView): GeminiShape {
  return {
    index: view.allows("candidates", "*", "index"),
    thoughtsTokenCount: view.allows("usageMetadata", "thoughtsTokenCount"),
    cost: view.allows("usageMetadata", "cost"),
    modelVersion: view.allows("modelVersion"),
    responseId: view.allows("responseId"),
  };
}

export function geminiFeatures(
  contract: ModelContract,
  operation: LocatedOperation,
  entry: Record<string, unknown> | undefined,
): GeminiFeatures {
  const response = schemaView(contract.document, operation.roots.response?.pointer);
  const chunk = schemaView(contract.document, (operation.roots.event ?? operation.roots.response)?.pointer);
  return {
    canThink:
      response.has("usageMetadata", "thoughtsTokenCount") ||
      response.has("candidates", "*", "content", "parts", "*", "thought"),
    modelReasons: catalogSaysReasoning(entry),
    reply: shape(response),
    chunk: shape(chunk),
  };
}
