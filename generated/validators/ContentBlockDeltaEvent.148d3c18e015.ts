// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputJSONDeltaSchema } from "./InputJSONDelta.19d9cf950466.js";
import { TextDeltaSchema } from "./TextDelta.fa214dafd15a.js";

export const ContentBlockDeltaEventSchema: z.ZodType = v.object({
  properties: [
    [
      "delta",
      v.discriminated("type", [
        [["text_delta"], TextDeltaSchema],
        [["input_json_delta"], InputJSONDeltaSchema],
      ]),
    ],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["type", z.literal("content_block_delta")],
  ],
  required: ["type", "index", "delta"],
});
