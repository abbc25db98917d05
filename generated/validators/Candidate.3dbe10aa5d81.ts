// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentSchema } from "./Content.a4b5df8e0ac2.js";
import { SafetyRatingSchema } from "./SafetyRating.d6e406860348.js";

export const CandidateSchema: z.ZodType = v.object({
  properties: [
    ["content", ContentSchema],
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
    ["safetyRatings", z.array(SafetyRatingSchema)],
    ["tokenCount", v.int().check(z.gte(0))],
  ],
  required: ["content"],
});
