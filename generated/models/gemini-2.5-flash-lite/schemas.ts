// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequestSchema as geminiRequest,
} from "../../validators/GenerateContentRequest.5f02b2d0e618.js";
import {
  GenerateContentResponseSchema as geminiEvent,
  GenerateContentResponseSchema as geminiResponse,
} from "../../validators/GenerateContentResponse.b3a64f1391f3.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
