// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionToolSchema } from "./FunctionTool.fcebf7b909d0.js";
import { WebSearchToolSchema } from "./WebSearchTool.fe241dc649c3.js";

export const ToolSchema: z.ZodType = v.discriminated("type", [
  [["function"], FunctionToolSchema],
  [["web_search", "web_search_preview"], WebSearchToolSchema],
]);
