// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import {
  GenerateContentRequestSchema as geminiRequest,
} from "../../validators/GenerateContentRequest.fe4b3d0f9068.js";
import {
  GenerateContentResponseSchema as geminiEvent,
  GenerateContentResponseSchema as geminiResponse,
} from "../../validators/GenerateContentResponse.3fc9f0698124.js";

export { geminiEvent, geminiRequest, geminiResponse };

/** The validators by operation and root. */
export const operations = {
  "gemini": { event: geminiEvent, request: geminiRequest, response: geminiResponse },
};
