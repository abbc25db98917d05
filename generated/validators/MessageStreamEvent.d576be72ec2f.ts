// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockDeltaEvent } from "./ContentBlockDeltaEvent.bd731894adbf.js";
import { ContentBlockStartEvent } from "./ContentBlockStartEvent.1d26c21cbc59.js";
import { ErrorEvent } from "./ErrorEvent.911254109963.js";
import { MessageDeltaEvent } from "./MessageDeltaEvent.af808aadbd25.js";
import { MessageStartEvent } from "./MessageStartEvent.d77b036d0772.js";

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
