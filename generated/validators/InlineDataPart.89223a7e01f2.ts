// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { BlobSchema } from "./Blob.7f833c601cce.js";

export const InlineDataPartSchema: z.ZodType = v.object({
  properties: [["inlineData", BlobSchema]],
  required: ["inlineData"],
  additionalProperties: false,
});
