// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { DeltaMessage } from "./DeltaMessage.961e8ccd5e44.js";

export const CompletionResponseStreamChoice: z.ZodType = v.object({
  properties: [
    ["delta", DeltaMessage],
    ["finish_reason", z.literal(["stop", "length", "model_length", "error", "tool_calls", null])],
    ["index", v.int().check(z.gte(0))],
    ["logprobs", v.object().nullable()],
  ],
  required: ["index", "delta"],
});
