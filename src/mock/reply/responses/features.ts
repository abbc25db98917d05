import type { LocatedOperation } from "../../../openapi/operations.js";
import { catalogSaysReasoning } from "../../catalog-entry.js";
import type { ModelContract } from "../../model-contract.js";
import { schemaView } from "../../schema-probe.js";

/*
 * What a Responses reply may carry beyond the members every response has,
 * read once from the model's schemas: optional members the real API sends
 * are sent unless the schema rules them out (a closed object without them),
 * optional events when the event union declares them (or is open); members
 * the schema requires are filled from the request.
 */

export interface ResponsesFeatures {
  /** The output may hold `reasoning` items. */
  reasoningItems: boolean;
  /** The catalog says the model reasons. */
  modelReasons: boolean;
  /** Response members the schema requires (`error`, `tools`...), filled from the request or null. */
  required: ReadonlySet<string>;
  /** `incomplete_details` says why a response stopped early. */
  incompleteDetails: boolean;
  /** `usage.cost`, APIFree's price of the request. */
  cost: boolean;
  /** `output_text` parts and text events carry `logprobs: []`. */
  partLogprobs: boolean;
  eventLogprobs: boolean;
  /** The stream event types the model's event schema declares (all when it declares none). */
  allowsEvent(type: string): boolean;
}

export function responsesFeatures(
  contract: ModelContract,
  operation: LocatedOperation,
  entry: Record<string, unknown> | undefined,
): ResponsesFeatures {
  const response = schemaView(contract.document, operation.roots.response?.pointer);
  const event = schemaView(contract.document, operation.roots.event?.pointer);
  return {
    reasoningItems: response.has("output", "*", "summary"),
    modelReasons: catalogSaysReasoning(entry),
    required: response.required(),
    incompleteDetails: response.allows("incomplete_details"),
    cost: response.allows("usage", "cost"),
    partLogprobs: response.allows("output", "*", "content", "*", "logprobs"),
    eventLogprobs: event.allows("logprobs"),
    allowsEvent: (type) => event.allowsEvent(type),
  };
}
