import { locateChatContract, withStandardChunk } from "../../src/openapi/document.js";
import { createOracle, type OracleResult } from "../../src/oracle/index.js";

/** Checks a reply against the response / chunk schema of the model's own document, with the oracle. */
export function replyChecker(document: unknown): {
  response(value: unknown): OracleResult;
  chunk(value: unknown): OracleResult;
} {
  const withChunk = withStandardChunk(document);
  const contract = locateChatContract(withChunk);
  const oracle = createOracle(withChunk);
  return {
    response: (value) => oracle.validate(contract.response!.pointer, value),
    chunk: (value) => oracle.validate(contract.chunk!.pointer, value),
  };
}
