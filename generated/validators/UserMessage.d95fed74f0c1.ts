// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentPartSchema } from "./ContentPart.64d7ec11a4c6.js";

export const UserMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ContentPartSchema).check(z.minLength(1))])],
    ["role", z.literal("user")],
  ],
  required: ["role", "content"],
});
