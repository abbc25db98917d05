// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequest as geminiRequest,
} from "../../validators/GenerateContentRequest.03a94ad93d04.js";
import {
  GenerateContentResponse as geminiEvent,
  GenerateContentResponse as geminiResponse,
} from "../../validators/GenerateContentResponse.631e242abf78.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
