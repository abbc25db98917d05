// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceHostedSchema: z.ZodType = v.object({
  properties: [["type", z.literal(["web_search", "web_search_preview"])]],
  required: ["type"],
});
