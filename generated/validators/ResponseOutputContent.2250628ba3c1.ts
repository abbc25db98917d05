// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputRefusalSchema } from "./ResponseOutputRefusal.613a690e592a.js";
import { ResponseOutputTextSchema } from "./ResponseOutputText.dcc9b2c3ca73.js";

export const ResponseOutputContentSchema: z.ZodType = v.discriminated("type", [
  [["output_text"], ResponseOutputTextSchema],
  [["refusal"], ResponseOutputRefusalSchema],
]);
