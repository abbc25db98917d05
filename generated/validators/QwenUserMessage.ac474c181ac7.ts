// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { QwenContentPartSchema } from "./QwenContentPart.47e1e8683c44.js";

export const QwenUserMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(QwenContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
