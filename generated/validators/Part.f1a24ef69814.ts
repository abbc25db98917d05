// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { FunctionCallPartSchema } from "./FunctionCallPart.0b1b3d3176bd.js";
import { FunctionResponsePartSchema } from "./FunctionResponsePart.9516fc6becf0.js";
import { InlineDataPartSchema } from "./InlineDataPart.367176c4f1be.js";

export const PartSchema: z.ZodType = z.xor([
  v.object({
    properties: [["text", z.string()], ["thought", z.boolean()], ["thoughtSignature", z.string()]],
    required: ["text"],
    additionalProperties: false,
  }),
  InlineDataPartSchema,
  FunctionCallPartSchema,
  FunctionResponsePartSchema,
]);
