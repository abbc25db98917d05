// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const WebSearchTool: z.ZodType = v.object({
  properties: [
    ["search_context_size", z.literal(["low", "medium", "high"])],
    ["type", z.literal(["web_search", "web_search_preview"])],
    ["user_location", v.object({
      properties: [
        ["city", z.string()],
        ["country", z.string().check(v.pattern("^[A-Z]{2}$"))],
        ["region", z.string()],
        ["timezone", z.string()],
        ["type", z.literal("approximate")],
      ],
    }).nullable()],
  ],
  required: ["type"],
});
