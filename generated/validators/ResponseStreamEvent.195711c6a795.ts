// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEventSchema } from "./ResponseCompletedEvent.eab4294420fc.js";
import {
  ResponseContentPartAddedEventSchema,
} from "./ResponseContentPartAddedEvent.bc757098ae90.js";
import { ResponseContentPartDoneEventSchema } from "./ResponseContentPartDoneEvent.4f2700e01bb9.js";
import { ResponseCreatedEventSchema } from "./ResponseCreatedEvent.005d87c76047.js";
import { ResponseErrorEventSchema } from "./ResponseErrorEvent.b1809c7f40a1.js";
import { ResponseFailedEventSchema } from "./ResponseFailedEvent.3a9f8fd6585e.js";
import {
  ResponseFunctionCallArgumentsDeltaEventSchema,
} from "./ResponseFunctionCallArgumentsDeltaEvent.bb1c481f5f49.js";
import {
  ResponseFunctionCallArgumentsDoneEventSchema,
} from "./ResponseFunctionCallArgumentsDoneEvent.5789fbe41b6e.js";
import { ResponseInProgressEventSchema } from "./ResponseInProgressEvent.191da38e335d.js";
import { ResponseIncompleteEventSchema } from "./ResponseIncompleteEvent.e732e7bde6e9.js";
import { ResponseOutputItemAddedEventSchema } from "./ResponseOutputItemAddedEvent.70a25793bd7f.js";
import { ResponseOutputItemDoneEventSchema } from "./ResponseOutputItemDoneEvent.96d985d18ddc.js";
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
