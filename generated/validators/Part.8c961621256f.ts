// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionCallPart } from "./FunctionCallPart.2ebe0ba21698.js";
import { FunctionResponsePart } from "./FunctionResponsePart.2b34712b182c.js";
import { InlineDataPart } from "./InlineDataPart.290d7fa55005.js";

export const Part: z.ZodType = z.xor([
  v.object({
    properties: [["text", z.string()], ["thought", z.boolean()], ["thoughtSignature", z.string()]],
    required: ["text"],
    additionalProperties: false,
  }),
  InlineDataPart,
  FunctionCallPart,
  FunctionResponsePart,
]);
