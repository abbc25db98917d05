import { locateChatContract, withStandardChunk } from "../openapi/document.js";
import { createOracle, type OracleResult } from "../oracle/index.js";
import { linearRegExp } from "../shared/linear-pattern/engine.js";
import { schemaHasPath, schemaRequires } from "./schema-probe.js";

/*
 * What the emulator needs of one model, worked out once on its first chat
 * request and cached: the compiled request check and the reply features its
 * response and chunk schemas call for.
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
  /** Undefined when the document declares no request schema (nothing to check against). */
  validateRequest: ((body: unknown) => OracleResult) | undefined;
  features: ReplyFeatures;
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
  const requestPointer = contract.request?.pointer;
  const validateRequest = requestPointer === undefined ? undefined : oracle.validator(requestPointer);
  const messageReasoning =
    contract.response !== undefined &&
    schemaHasPath(withChunk, contract.response.pointer, ["choices", "*", "message", "reasoning_content"]);
  const messageRefusal =
    contract.response !== undefined &&
    schemaRequires(withChunk, contract.response.pointer, ["choices", "*", "message"], "refusal");
  const deltaReasoning =
    contract.chunk !== undefined &&
    schemaHasPath(withChunk, contract.chunk.pointer, ["choices", "*", "delta", "reasoning_content"]);
  const capabilities = catalogEntry?.capabilities;
  const declared =
    capabilities !== null &&
    typeof capabilities === "object" &&
    (capabilities as Record<string, unknown>).reasoning === true;
  return {
    validateRequest,
    features: {
      messageReasoning,
      messageRefusal,
      deltaReasoning,
      reasoning: declared || messageReasoning || deltaReasoning,
    },
  };
}
