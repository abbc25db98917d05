// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequestSchema as geminiRequest,
} from "../../validators/GenerateContentRequest.3cfd1b1501a0.js";
import {
  GenerateContentResponseSchema as geminiEvent,
  GenerateContentResponseSchema as geminiResponse,
} from "../../validators/GenerateContentResponse.91f629ea0298.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
