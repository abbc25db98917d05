// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseInputImageSchema } from "./ResponseInputImage.f7838fe6287e.js";
import { ResponseInputTextSchema } from "./ResponseInputText.c82ef67ddb1e.js";

export const ResponseInputContentSchema: z.ZodType = v.discriminated("type", [
  [["input_text"], ResponseInputTextSchema],
  [["input_image"], ResponseInputImageSchema],
]);
