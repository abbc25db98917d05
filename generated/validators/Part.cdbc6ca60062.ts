// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { z } from "apifree-typed/validators";
import { FunctionCallPartSchema } from "./FunctionCallPart.0b1b3d3176bd.js";
import { FunctionResponsePartSchema } from "./FunctionResponsePart.9516fc6becf0.js";
import { InlineDataPartSchema } from "./InlineDataPart.89223a7e01f2.js";
import { TextPartSchema } from "./TextPart.824733b38d61.js";

export const PartSchema: z.ZodType = z.xor([
  TextPartSchema,
  InlineDataPartSchema,
  FunctionCallPartSchema,
  FunctionResponsePartSchema,
]);
