// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const VideoTaskErrorSchema: z.ZodType = v.object({
  properties: [["code", z.string()], ["message", z.string()]],
  required: ["code", "message"],
});
