// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ThinkingDisabledSchema } from "./ThinkingDisabled.4e78d64bb13b.js";
import { ThinkingEnabledSchema } from "./ThinkingEnabled.cb3498f9d407.js";

export const ThinkingConfigSchema: z.ZodType = v.discriminated("type", [
  [["enabled"], ThinkingEnabledSchema],
  [["disabled"], ThinkingDisabledSchema],
]);
