// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CompletionResponseStreamChoice } from "./CompletionResponseStreamChoice.8499264d59aa.js";
import { UsageInfo } from "./UsageInfo.3ca38fa65b6f.js";

export const CompletionChunk: z.ZodType = v.object({
  properties: [
    ["choices", z.array(CompletionResponseStreamChoice)],
    ["created", v.int()],
    ["id", z.string()],
    ["model", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["system_fingerprint", z.string().nullable()],
    ["usage", UsageInfo.nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
