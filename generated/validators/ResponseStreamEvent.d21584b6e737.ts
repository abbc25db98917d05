// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEventSchema } from "./ResponseCompletedEvent.edd36dfb1226.js";
import {
  ResponseContentPartAddedEventSchema,
} from "./ResponseContentPartAddedEvent.38f9e9cf7fb4.js";
import { ResponseContentPartDoneEventSchema } from "./ResponseContentPartDoneEvent.a8f177300b5d.js";
import { ResponseCreatedEventSchema } from "./ResponseCreatedEvent.081299725f0a.js";
import { ResponseErrorEventSchema } from "./ResponseErrorEvent.7f36b7c89d16.js";
import { ResponseFailedEventSchema } from "./ResponseFailedEvent.b20d4ec99bad.js";
import {
  ResponseFunctionCallArgumentsDeltaEventSchema,
} from "./ResponseFunctionCallArgumentsDeltaEvent.1430493ce0a7.js";
import {
  ResponseFunctionCallArgumentsDoneEventSchema,
} from "./ResponseFunctionCallArgumentsDoneEvent.e65b6349b439.js";
import { ResponseInProgressEventSchema } from "./ResponseInProgressEvent.c5f07dbcbe32.js";
import { ResponseIncompleteEventSchema } from "./ResponseIncompleteEvent.dd7477dadffa.js";
import { ResponseOutputItemAddedEventSchema } from "./ResponseOutputItemAddedEvent.aadc580343f9.js";
import { ResponseOutputItemDoneEventSchema } from "./ResponseOutputItemDoneEvent.418910c61737.js";
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
