// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputJSONDeltaSchema } from "./InputJSONDelta.19d9cf950466.js";
import { SignatureDeltaSchema } from "./SignatureDelta.1fb6ae31623d.js";
import { TextDeltaSchema } from "./TextDelta.fa214dafd15a.js";
import { ThinkingDeltaSchema } from "./ThinkingDelta.41ab5817b762.js";

export const ContentBlockDeltaEventSchema: z.ZodType = v.object({
  properties: [
    [
      "delta",
      v.discriminated("type", [
        [["text_delta"], TextDeltaSchema],
        [["input_json_delta"], InputJSONDeltaSchema],
        [["thinking_delta"], ThinkingDeltaSchema],
        [["signature_delta"], SignatureDeltaSchema],
      ]),
    ],
    ["index", z.number().check(v.integer(), z.gte(0))],
    ["type", z.literal("content_block_delta")],
  ],
  required: ["type", "index", "delta"],
});
