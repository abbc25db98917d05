// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEventSchema } from "./ResponseCompletedEvent.c6ef4cc0b59a.js";
import {
  ResponseContentPartAddedEventSchema,
} from "./ResponseContentPartAddedEvent.08858920290b.js";
import { ResponseContentPartDoneEventSchema } from "./ResponseContentPartDoneEvent.2e4ccefea9dd.js";
import { ResponseCreatedEventSchema } from "./ResponseCreatedEvent.1ccebf3c918f.js";
import { ResponseErrorEventSchema } from "./ResponseErrorEvent.b1809c7f40a1.js";
import { ResponseFailedEventSchema } from "./ResponseFailedEvent.2d6d901e4a28.js";
import {
  ResponseFunctionCallArgumentsDeltaEventSchema,
} from "./ResponseFunctionCallArgumentsDeltaEvent.bb1c481f5f49.js";
import {
  ResponseFunctionCallArgumentsDoneEventSchema,
} from "./ResponseFunctionCallArgumentsDoneEvent.5789fbe41b6e.js";
import { ResponseInProgressEventSchema } from "./ResponseInProgressEvent.0462a32de596.js";
import { ResponseIncompleteEventSchema } from "./ResponseIncompleteEvent.17cdbe6549cc.js";
import { ResponseOutputItemAddedEventSchema } from "./ResponseOutputItemAddedEvent.317cbef1b34f.js";
import { ResponseOutputItemDoneEventSchema } from "./ResponseOutputItemDoneEvent.b282b930bbbd.js";
import {
  ResponseReasoningSummaryTextDeltaEventSchema,
} from "./ResponseReasoningSummaryTextDeltaEvent.8925e9248feb.js";
import { ResponseTextDeltaEventSchema } from "./ResponseTextDeltaEvent.c8189b00d59f.js";
import { ResponseTextDoneEventSchema } from "./ResponseTextDoneEvent.1108f328cd2b.js";

export const ResponseStreamEventSchema: z.ZodType = v.discriminated("type", [
  [["response.created"], ResponseCreatedEventSchema],
  [["response.in_progress"], ResponseInProgressEventSchema],
  [["response.output_item.added"], ResponseOutputItemAddedEventSchema],
  [["response.content_part.added"], ResponseContentPartAddedEventSchema],
  [["response.output_text.delta"], ResponseTextDeltaEventSchema],
  [["response.output_text.done"], ResponseTextDoneEventSchema],
  [["response.content_part.done"], ResponseContentPartDoneEventSchema],
  [["response.output_item.done"], ResponseOutputItemDoneEventSchema],
  [["response.function_call_arguments.delta"], ResponseFunctionCallArgumentsDeltaEventSchema],
  [["response.function_call_arguments.done"], ResponseFunctionCallArgumentsDoneEventSchema],
  [["response.reasoning_summary_text.delta"], ResponseReasoningSummaryTextDeltaEventSchema],
  [["response.completed"], ResponseCompletedEventSchema],
  [["response.incomplete"], ResponseIncompleteEventSchema],
  [["response.failed"], ResponseFailedEventSchema],
  [["error"], ResponseErrorEventSchema],
]);
