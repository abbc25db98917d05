import { appendPointer, getAtPointer, localRefPointer, pointer } from "../shared/json-pointer.js";
import type { Problem } from "../shared/tool-error.js";
import { CHAT_OPERATION_POINTER, CHAT_PATH, locateChatContract, openApiVersion } from "./document.js";

/** Every `$ref` string in the document, with the pointer of the `$ref` member itself. */
export function collectRefs(doc: unknown): Array<{ pointer: string; ref: string }> {
  const refs: Array<{ pointer: string; ref: string }> = [];
  // The path is kept as segments and turned into a pointer only for the few
  // `$ref` members: building a string per node dominated large catalogs.
  const path: Array<string | number> = [];
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let index = 0; index < node.length; index += 1) {
        const item: unknown = node[index];
        if (item !== null && typeof item === "object") {
          path.push(index);
          visit(item);
          path.pop();
        }
      }
    } else if (node !== null && typeof node === "object") {
      for (const key of Object.keys(node)) {
        const value = (node as Record<string, unknown>)[key];
        if (key === "$ref" && typeof value === "string") refs.push({ pointer: pointer(...path, key), ref: value });
        else if (value !== null && typeof value === "object") {
          path.push(key);
          visit(value);
          path.pop();
        }
      }
    }
  };
  visit(doc);
  return refs.sort((a, b) => (a.pointer < b.pointer ? -1 : a.pointer > b.pointer ? 1 : 0));
}

/**
 * The structural checks a document must pass before any stage uses it:
 * OpenAPI 3.0 or 3.1, a POST /v1/chat/completions with a JSON request body
 * and a JSON 200 response, and every `$ref` local and resolvable.
 */
export function checkDocument(doc: unknown, model: string): Problem[] {
  if (doc === null || typeof doc !== "object" || Array.isArray(doc)) {
    return [{ model, pointer: "", message: "the document is not a JSON object" }];
  }
  const problems: Problem[] = [];
  if (openApiVersion(doc) === undefined) {
    const found = (doc as Record<string, unknown>).openapi;
    problems.push({
      model,
      pointer: "/openapi",
      message: `expected OpenAPI 3.0.x or 3.1.x, found ${found === undefined ? "no \"openapi\" field" : JSON.stringify(found)}`,
    });
  }
  const operation = getAtPointer(doc, CHAT_OPERATION_POINTER);
  if (operation === null || typeof operation !== "object") {
    problems.push({ model, pointer: CHAT_OPERATION_POINTER, message: `no POST ${CHAT_PATH} operation` });
  } else {
    const contract = locateChatContract(doc);
    if (contract.request === undefined) {
      problems.push({ model, pointer: appendPointer(CHAT_OPERATION_POINTER, "requestBody"), message: "no application/json request body schema" });
    }
    if (contract.response === undefined) {
      problems.push({ model, pointer: appendPointer(CHAT_OPERATION_POINTER, "responses"), message: "no application/json schema for the 200 response" });
    }
  }
  for (const { pointer, ref } of collectRefs(doc)) {
    const target = localRefPointer(ref);
    if (target === undefined) {
      problems.push({ model, pointer, message: `external $ref ${JSON.stringify(ref)} is not supported; documents must be self-contained` });
    } else if (getAtPointer(doc, target) === undefined) {
      problems.push({ model, pointer, message: `$ref ${JSON.stringify(ref)} does not resolve` });
    }
  }
  return problems;
}
