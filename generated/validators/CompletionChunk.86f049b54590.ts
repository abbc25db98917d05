// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import {
  CompletionResponseStreamChoiceSchema,
} from "./CompletionResponseStreamChoice.b8c41181e30f.js";
import { UsageInfoSchema } from "./UsageInfo.73fa5bb2d84d.js";

export const CompletionChunkSchema: z.ZodType = v.object({
  properties: [
    ["choices", z.array(CompletionResponseStreamChoiceSchema)],
    ["created", z.number().check(v.integer())],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfoSchema.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
