// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEventSchema } from "./ResponseCompletedEvent.4bff96205591.js";
import {
  ResponseContentPartAddedEventSchema,
} from "./ResponseContentPartAddedEvent.08858920290b.js";
import { ResponseContentPartDoneEventSchema } from "./ResponseContentPartDoneEvent.2e4ccefea9dd.js";
import { ResponseCreatedEventSchema } from "./ResponseCreatedEvent.4f76b2aa23fb.js";
import { ResponseErrorEventSchema } from "./ResponseErrorEvent.b1809c7f40a1.js";
import { ResponseFailedEventSchema } from "./ResponseFailedEvent.df564076b839.js";
import {
  ResponseFunctionCallArgumentsDeltaEventSchema,
} from "./ResponseFunctionCallArgumentsDeltaEvent.bb1c481f5f49.js";
import {
  ResponseFunctionCallArgumentsDoneEventSchema,
} from "./ResponseFunctionCallArgumentsDoneEvent.5789fbe41b6e.js";
import { ResponseInProgressEventSchema } from "./ResponseInProgressEvent.7e0e50423e1e.js";
import { ResponseIncompleteEventSchema } from "./ResponseIncompleteEvent.586337c93155.js";
import { ResponseOutputItemAddedEventSchema } from "./ResponseOutputItemAddedEvent.1334de2caec4.js";
import { ResponseOutputItemDoneEventSchema } from "./ResponseOutputItemDoneEvent.321d0a1d823f.js";
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
