import { locateChatContract, withStandardChunk } from "../../src/openapi/document.js";
import { locateOperations } from "../../src/openapi/operations.js";
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

/** Checks values against the request, response and event schemas of one operation of a document, with the oracle. */
export function operationChecker(
  document: unknown,
  operation: string,
): Record<"request" | "response" | "event", (value: unknown) => OracleResult> {
  const located = locateOperations(document).operations.find((candidate) => candidate.key === operation);
  if (located === undefined) throw new Error(`the document declares no ${operation} operation`);
  const oracle = createOracle(document);
  const at = (root: string) => (value: unknown) => oracle.validate(located.roots[root]!.pointer, value);
  return { request: at("request"), response: at("response"), event: at("event") };
}
