// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { DeltaMessageSchema } from "./DeltaMessage.b4dc7e981a14.js";

export const CompletionResponseStreamChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", DeltaMessageSchema],
    ["finish_reason", z.literal(["stop", "length", "model_length", "error", "tool_calls", null])],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
