// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ToolChoiceOptions: z.ZodType = z.union([
  z.literal(["none", "auto", "required"]),
  v.object({
    properties: [["name", z.string()], ["type", z.literal("function")]],
    required: ["type", "name"],
  }),
  v.object({
    properties: [["type", z.literal(["web_search", "web_search_preview"])]],
    required: ["type"],
  }),
]);
