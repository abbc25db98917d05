import { locateChatContract, withStandardChunk } from "../openapi/document.js";
import { type LocatedOperation, locateOperations } from "../openapi/operations.js";
import { createOracle, type OracleResult } from "../oracle/index.js";
import { linearRegExp } from "../shared/linear-pattern/engine.js";
import { catalogSaysReasoning } from "./catalog-entry.js";
import { schemaHasPath, schemaRequires } from "./schema-probe.js";

/*
 * What the emulator needs of one model, worked out once on its first
 * completion request and cached: the operations its document declares, the
 * oracle over that document, and for chat the reply features its response
 * and chunk schemas call for (the other protocols probe their own schemas
 * through `document`).
 */

export interface ReplyFeatures {
  /** The non-stream message declares `reasoning_content`. */
  messageReasoning: boolean;
  /** The message schema requires `refusal` (OpenAI's does): it is sent as null. */
  messageRefusal: boolean;
  /** The stream delta declares `reasoning_content`. */
  deltaReasoning: boolean;
  /** The catalog says the model reasons, or its schemas carry reasoning text: usage reports reasoning tokens. */
  reasoning: boolean;
}

export interface ModelContract {
  features: ReplyFeatures;
  /** Every operation the document declares, by key (`chat.completions`, `messages`, `POST /v1/...`). */
  operations: ReadonlyMap<string, LocatedOperation>;
  /** The document the oracle reads (standard event schemas placed), for schema probes. */
  document: unknown;
  /** The oracle's compiled check of the schema at a pointer of `document` (throws when it cannot compile). */
  validator(pointer: string): (value: unknown) => OracleResult;
}

export function buildModelContract(
  document: unknown,
  catalogEntry: Record<string, unknown> | undefined,
): ModelContract {
  const contract = locateChatContract(document);
  const withChunk = withStandardChunk(document, contract);
  // One failure is enough to name a field; stopping early keeps rejections cheap.
  // Patterns are matched in linear time: no document can make one request hold the emulator.
  const oracle = createOracle(withChunk, { allErrors: false, regExp: linearRegExp });
  const messageReasoning =
    contract.response !== undefined &&
    schemaHasPath(withChunk, contract.response.pointer, ["choices", "*", "message", "reasoning_content"]);
  const messageRefusal =
    contract.response !== undefined &&
    schemaRequires(withChunk, contract.response.pointer, ["choices", "*", "message"], "refusal");
  const deltaReasoning =
    contract.chunk !== undefined &&
    schemaHasPath(withChunk, contract.chunk.pointer, ["choices", "*", "delta", "reasoning_content"]);
  const declared = catalogSaysReasoning(catalogEntry);
  const operations = new Map(locateOperations(document).operations.map((operation) => [operation.key, operation]));
  return {
    operations,
    document: withChunk,
    validator: (pointer) => oracle.validator(pointer),
    features: {
      messageReasoning,
      messageRefusal,
      deltaReasoning,
      reasoning: declared || messageReasoning || deltaReasoning,
    },
  };
}
