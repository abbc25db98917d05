// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequest as geminiRequest,
} from "../../validators/GenerateContentRequest.eab9e6cb5446.js";
import {
  GenerateContentResponse as geminiEvent,
  GenerateContentResponse as geminiResponse,
} from "../../validators/GenerateContentResponse.a19f0cc8e268.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
