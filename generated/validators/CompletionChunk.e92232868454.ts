// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  CompletionResponseStreamChoiceSchema,
} from "./CompletionResponseStreamChoice.18398705c6e5.js";
import { UsageInfoSchema } from "./UsageInfo.e0b8582b2345.js";

export const CompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(CompletionResponseStreamChoiceSchema)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfoSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
