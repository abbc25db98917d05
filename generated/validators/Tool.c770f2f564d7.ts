// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionTool } from "./FunctionTool.9ae10719449e.js";
import { WebSearchTool } from "./WebSearchTool.df65cb72fd60.js";

export const Tool: z.ZodType = v.discriminated("type", [
  [["function"], FunctionTool],
  [["web_search", "web_search_preview"], WebSearchTool],
]);
