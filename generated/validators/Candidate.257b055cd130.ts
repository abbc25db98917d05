// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Content } from "./Content.3359c8631224.js";
import { SafetyRating } from "./SafetyRating.fd8c34722a82.js";

export const Candidate: z.ZodType = v.object({
  properties: [
    ["content", Content],
    ["finishReason", z.literal([
      "FINISH_REASON_UNSPECIFIED",
      "STOP",
      "MAX_TOKENS",
      "SAFETY",
      "RECITATION",
      "LANGUAGE",
      "OTHER",
      "BLOCKLIST",
      "PROHIBITED_CONTENT",
      "SPII",
      "MALFORMED_FUNCTION_CALL",
    ])],
    ["index", v.int().check(z.gte(0))],
    ["safetyRatings", z.array(SafetyRating)],
    ["tokenCount", v.int().check(z.gte(0))],
  ],
  required: ["content"],
});
