// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEventSchema } from "./ResponseCompletedEvent.54d276daeb38.js";
import {
  ResponseContentPartAddedEventSchema,
} from "./ResponseContentPartAddedEvent.38f9e9cf7fb4.js";
import { ResponseContentPartDoneEventSchema } from "./ResponseContentPartDoneEvent.a8f177300b5d.js";
import { ResponseCreatedEventSchema } from "./ResponseCreatedEvent.73ab840d0a5d.js";
import { ResponseErrorEventSchema } from "./ResponseErrorEvent.7f36b7c89d16.js";
import { ResponseFailedEventSchema } from "./ResponseFailedEvent.c9a60b0f3bf3.js";
import {
  ResponseFunctionCallArgumentsDeltaEventSchema,
} from "./ResponseFunctionCallArgumentsDeltaEvent.1430493ce0a7.js";
import {
  ResponseFunctionCallArgumentsDoneEventSchema,
} from "./ResponseFunctionCallArgumentsDoneEvent.e65b6349b439.js";
import { ResponseInProgressEventSchema } from "./ResponseInProgressEvent.10efd02b370b.js";
import { ResponseIncompleteEventSchema } from "./ResponseIncompleteEvent.80980884c372.js";
import { ResponseOutputItemAddedEventSchema } from "./ResponseOutputItemAddedEvent.74ff58de82c6.js";
import { ResponseOutputItemDoneEventSchema } from "./ResponseOutputItemDoneEvent.e75f056dad12.js";
import {
  ResponseReasoningSummaryTextDeltaEventSchema,
} from "./ResponseReasoningSummaryTextDeltaEvent.cd33be403aa8.js";
import { ResponseTextDeltaEventSchema } from "./ResponseTextDeltaEvent.b67617091b7e.js";
import { ResponseTextDoneEventSchema } from "./ResponseTextDoneEvent.1dfdb575e39c.js";

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
