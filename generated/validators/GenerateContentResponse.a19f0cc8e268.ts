// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Candidate } from "./Candidate.257b055cd130.js";
import { SafetyRating } from "./SafetyRating.fd8c34722a82.js";
import { UsageMetadata } from "./UsageMetadata.255c641d7ee2.js";

export const GenerateContentResponse: z.ZodType = v.object({
  properties: [
    ["candidates", z.array(Candidate)],
    ["modelVersion", z.string()],
    ["promptFeedback", v.object({
      properties: [
        ["blockReason", z.literal(["BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST"])],
        ["safetyRatings", z.array(SafetyRating)],
      ],
    })],
    ["responseId", z.string().nullable()],
    ["usageMetadata", UsageMetadata],
  ],
  required: ["usageMetadata", "modelVersion"],
});
