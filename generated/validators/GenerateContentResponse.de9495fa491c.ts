// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CandidateSchema } from "./Candidate.3dbe10aa5d81.js";
import { SafetyRatingSchema } from "./SafetyRating.d6e406860348.js";
import { UsageMetadataSchema } from "./UsageMetadata.05319332a18d.js";

export const GenerateContentResponseSchema: z.ZodType = v.object({
  properties: [
    ["candidates", z.array(CandidateSchema)],
    ["modelVersion", z.string()],
    ["promptFeedback", v.object({
      properties: [
        ["blockReason", z.literal(["BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST"])],
        ["safetyRatings", z.array(SafetyRatingSchema)],
      ],
    })],
    ["responseId", z.string().nullable()],
    ["usageMetadata", UsageMetadataSchema],
  ],
  required: ["usageMetadata", "modelVersion"],
});
