// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputContentSchema } from "./ResponseInputContent.2182769ca9f3.js";

export const EasyInputMessageSchema: z.ZodType = v.object({
  properties: [
    ["content", z.union([z.string(), z.array(ResponseInputContentSchema).check(z.minLength(1))])],
    ["role", z.literal(["user", "assistant", "system", "developer"])],
    ["type", z.literal("message")],
  ],
  required: ["role", "content"],
});
