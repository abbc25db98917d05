// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequestSchema as geminiRequest,
} from "../../validators/GenerateContentRequest.cac16d80f9e6.js";
import {
  GenerateContentResponseSchema as geminiEvent,
  GenerateContentResponseSchema as geminiResponse,
} from "../../validators/GenerateContentResponse.3135f0292123.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
