// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { DeltaMessageSchema } from "./DeltaMessage.2ea200e7edf4.js";

export const CompletionResponseStreamChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", DeltaMessageSchema],
    ["finish_reason", z.literal(["stop", "length", "model_length", "error", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
