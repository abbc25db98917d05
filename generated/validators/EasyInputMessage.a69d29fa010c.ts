// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputContent } from "./ResponseInputContent.9bc4416714bf.js";

export const EasyInputMessage: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ResponseInputContent).check(z.minLength(1))])],
    ["role", z.literal(["user", "assistant", "system", "developer"])],
    ["type", z.literal("message")],
  ],
  required: ["role", "content"],
});
