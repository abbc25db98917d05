// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ResponseCompletedEvent } from "./ResponseCompletedEvent.f2802f01495d.js";
import { ResponseContentPartAddedEvent } from "./ResponseContentPartAddedEvent.31899f54d67c.js";
import { ResponseContentPartDoneEvent } from "./ResponseContentPartDoneEvent.5513ca4a6286.js";
import { ResponseCreatedEvent } from "./ResponseCreatedEvent.75e3eeac2eb5.js";
import { ResponseErrorEvent } from "./ResponseErrorEvent.1d7dbd3446e3.js";
import { ResponseFailedEvent } from "./ResponseFailedEvent.efdb45b17258.js";
import {
  ResponseFunctionCallArgumentsDeltaEvent,
} from "./ResponseFunctionCallArgumentsDeltaEvent.ce3d5046e7bb.js";
import {
  ResponseFunctionCallArgumentsDoneEvent,
} from "./ResponseFunctionCallArgumentsDoneEvent.adbb8a61614b.js";
import { ResponseInProgressEvent } from "./ResponseInProgressEvent.f67b6600c4b1.js";
import { ResponseIncompleteEvent } from "./ResponseIncompleteEvent.613598160747.js";
import { ResponseOutputItemAddedEvent } from "./ResponseOutputItemAddedEvent.c7f0bdeef01b.js";
import { ResponseOutputItemDoneEvent } from "./ResponseOutputItemDoneEvent.56304dd9968a.js";
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
  [["response.completed"], ResponseCompletedEvent],
  [["response.incomplete"], ResponseIncompleteEvent],
  [["response.failed"], ResponseFailedEvent],
  [["error"], ResponseErrorEvent],
]);
