// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseOutputContent } from "./ResponseOutputContent.02fa6d289791.js";

export const ResponseContentPartAddedEvent: z.ZodType = v.object({
  properties: [
    ["content_index", v.int().check(z.gte(0))],
    ["item_id", z.string()],
    ["output_index", v.int().check(z.gte(0))],
    ["part", ResponseOutputContent],
    ["sequence_number", v.int().check(z.gte(0))],
    ["type", z.literal("response.content_part.added")],
  ],
  required: ["type", "sequence_number", "item_id", "output_index", "content_index", "part"],
});
