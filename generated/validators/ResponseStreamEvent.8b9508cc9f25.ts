// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEvent } from "./ResponseCompletedEvent.fdca1bf594a3.js";
import { ResponseContentPartAddedEvent } from "./ResponseContentPartAddedEvent.31899f54d67c.js";
import { ResponseContentPartDoneEvent } from "./ResponseContentPartDoneEvent.5513ca4a6286.js";
import { ResponseCreatedEvent } from "./ResponseCreatedEvent.718b40859aa0.js";
import { ResponseErrorEvent } from "./ResponseErrorEvent.1d7dbd3446e3.js";
import { ResponseFailedEvent } from "./ResponseFailedEvent.e1ea8e7abf2a.js";
import {
  ResponseFunctionCallArgumentsDeltaEvent,
} from "./ResponseFunctionCallArgumentsDeltaEvent.ce3d5046e7bb.js";
import {
  ResponseFunctionCallArgumentsDoneEvent,
} from "./ResponseFunctionCallArgumentsDoneEvent.adbb8a61614b.js";
import { ResponseInProgressEvent } from "./ResponseInProgressEvent.f5a178ad4335.js";
import { ResponseIncompleteEvent } from "./ResponseIncompleteEvent.6827f70256f6.js";
import { ResponseOutputItemAddedEvent } from "./ResponseOutputItemAddedEvent.e20736c1621f.js";
import { ResponseOutputItemDoneEvent } from "./ResponseOutputItemDoneEvent.1053e77a006d.js";
import {
  ResponseReasoningSummaryTextDeltaEvent,
} from "./ResponseReasoningSummaryTextDeltaEvent.d55946809ff1.js";
import { ResponseTextDeltaEvent } from "./ResponseTextDeltaEvent.8b3f595313f7.js";
import { ResponseTextDoneEvent } from "./ResponseTextDoneEvent.29828bfa2059.js";

export const ResponseStreamEvent: z.ZodType = v.discriminated("type", [
  [["response.created"], ResponseCreatedEvent],
  [["response.in_progress"], ResponseInProgressEvent],
  [["response.output_item.added"], ResponseOutputItemAddedEvent],
  [["response.content_part.added"], ResponseContentPartAddedEvent],
  [["response.output_text.delta"], ResponseTextDeltaEvent],
  [["response.output_text.done"], ResponseTextDoneEvent],
  [["response.content_part.done"], ResponseContentPartDoneEvent],
  [["response.output_item.done"], ResponseOutputItemDoneEvent],
  [["response.function_call_arguments.delta"], ResponseFunctionCallArgumentsDeltaEvent],
  [["response.function_call_arguments.done"], ResponseFunctionCallArgumentsDoneEvent],
  [["response.reasoning_summary_text.delta"], ResponseReasoningSummaryTextDeltaEvent],
  [["response.completed"], ResponseCompletedEvent],
  [["response.incomplete"], ResponseIncompleteEvent],
  [["response.failed"], ResponseFailedEvent],
  [["error"], ResponseErrorEvent],
]);
