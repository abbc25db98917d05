// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentBlockDeltaEventSchema } from "./ContentBlockDeltaEvent.1c3f26d752c9.js";
import { ContentBlockStartEventSchema } from "./ContentBlockStartEvent.5c9893273805.js";
import { ContentBlockStopEventSchema } from "./ContentBlockStopEvent.9b60d99f08d2.js";
import { ErrorEventSchema } from "./ErrorEvent.98bc678ddb6c.js";
import { MessageDeltaEventSchema } from "./MessageDeltaEvent.22021dcb4fb4.js";
import { MessageStartEventSchema } from "./MessageStartEvent.c500361ae091.js";
import { MessageStopEventSchema } from "./MessageStopEvent.2cc9f3cb8e2f.js";
import { PingEventSchema } from "./PingEvent.b58398478a24.js";

export const MessageStreamEventSchema: z.ZodType = v.discriminated("type", [
  [["message_start"], MessageStartEventSchema],
  [["content_block_start"], ContentBlockStartEventSchema],
  [["content_block_delta"], ContentBlockDeltaEventSchema],
  [["content_block_stop"], ContentBlockStopEventSchema],
  [["message_delta"], MessageDeltaEventSchema],
  [["message_stop"], MessageStopEventSchema],
  [["ping"], PingEventSchema],
  [["error"], ErrorEventSchema],
]);
