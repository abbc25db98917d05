// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { DeltaMessageSchema } from "./DeltaMessage.607d712a6d44.js";

export const CompletionResponseStreamChoiceSchema: z.ZodType = v.object({
  properties: [
    ["delta", DeltaMessageSchema],
    ["finish_reason", z.literal(["stop", "length", "model_length", "error", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
