// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockDeltaEvent } from "./ContentBlockDeltaEvent.85f0ad525c1f.js";
import { ContentBlockStartEvent } from "./ContentBlockStartEvent.670bdf2d1654.js";
import { ErrorEvent } from "./ErrorEvent.911254109963.js";
import { MessageDeltaEvent } from "./MessageDeltaEvent.af808aadbd25.js";
import { MessageStartEvent } from "./MessageStartEvent.70510352b3a6.js";

export const MessageStreamEvent: z.ZodType = v.discriminated("type", [
  [["message_start"], MessageStartEvent],
  [["content_block_start"], ContentBlockStartEvent],
  [["content_block_delta"], ContentBlockDeltaEvent],
  [
    ["content_block_stop"],
    v.object({
      properties: [["index", v.int().check(z.gte(0))], ["type", z.literal("content_block_stop")]],
      required: ["type", "index"],
    }),
  ],
  [["message_delta"], MessageDeltaEvent],
  [
    ["message_stop"],
    v.object({ properties: [["type", z.literal("message_stop")]], required: ["type"] }),
  ],
  [["ping"], v.object({ properties: [["type", z.literal("ping")]], required: ["type"] })],
  [["error"], ErrorEvent],
]);
