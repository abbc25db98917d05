// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { FunctionToolSchema } from "./FunctionTool.fcebf7b909d0.js";

export const ToolSchema: z.ZodType = FunctionToolSchema;
