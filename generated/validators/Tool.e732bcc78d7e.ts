// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { FunctionTool } from "./FunctionTool.9ae10719449e.js";

export const Tool: z.ZodType = FunctionTool;
