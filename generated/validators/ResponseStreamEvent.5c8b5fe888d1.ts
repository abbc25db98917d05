// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEvent } from "./ResponseCompletedEvent.87c1217c5552.js";
import { ResponseContentPartAddedEvent } from "./ResponseContentPartAddedEvent.31899f54d67c.js";
import { ResponseContentPartDoneEvent } from "./ResponseContentPartDoneEvent.5513ca4a6286.js";
import { ResponseCreatedEvent } from "./ResponseCreatedEvent.fb3f9ac9a662.js";
import { ResponseErrorEvent } from "./ResponseErrorEvent.1d7dbd3446e3.js";
import { ResponseFailedEvent } from "./ResponseFailedEvent.188121f879bf.js";
import {
  ResponseFunctionCallArgumentsDeltaEvent,
} from "./ResponseFunctionCallArgumentsDeltaEvent.ce3d5046e7bb.js";
import {
  ResponseFunctionCallArgumentsDoneEvent,
} from "./ResponseFunctionCallArgumentsDoneEvent.adbb8a61614b.js";
import { ResponseInProgressEvent } from "./ResponseInProgressEvent.03c30e35067f.js";
import { ResponseIncompleteEvent } from "./ResponseIncompleteEvent.205175a6cafb.js";
import { ResponseOutputItemAddedEvent } from "./ResponseOutputItemAddedEvent.d290ff9258db.js";
import { ResponseOutputItemDoneEvent } from "./ResponseOutputItemDoneEvent.28a758654e31.js";
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
