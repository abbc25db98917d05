// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockDeltaEventSchema } from "./ContentBlockDeltaEvent.ef8fe0f885ae.js";
import { ContentBlockStartEventSchema } from "./ContentBlockStartEvent.b6a8a1441ca0.js";
import { ErrorEventSchema } from "./ErrorEvent.98bc678ddb6c.js";
import { MessageDeltaEventSchema } from "./MessageDeltaEvent.88f37f82bf03.js";
import { MessageStartEventSchema } from "./MessageStartEvent.22b7bd20afb9.js";

export const MessageStreamEventSchema: z.ZodType = v.discriminated("type", [
  [["message_start"], MessageStartEventSchema],
  [["content_block_start"], ContentBlockStartEventSchema],
  [["content_block_delta"], ContentBlockDeltaEventSchema],
  [
    ["content_block_stop"],
    v.object({
      properties: [["index", v.int().check(z.gte(0))], ["type", z.literal("content_block_stop")]],
      required: ["type", "index"],
    }),
  ],
  [["message_delta"], MessageDeltaEventSchema],
  [
    ["message_stop"],
    v.object({ properties: [["type", z.literal("message_stop")]], required: ["type"] }),
  ],
  [["ping"], v.object({ properties: [["type", z.literal("ping")]], required: ["type"] })],
  [["error"], ErrorEventSchema],
]);
