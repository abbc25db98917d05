/*
 * The OpenAI Responses stream: named events, each `data` a JSON object with
 * that `type` and a `sequence_number`; complete only after
 * `response.completed` or `response.incomplete` (an incomplete response,
 * cut short by max_output_tokens or a content filter, is still a result).
 * `response.failed` is an error carrying the response's `error.code` and
 * `message`; an `error` event (flat `{code, message, param}` or nested
 * `{error: {...}}`) and an APIFree envelope inside the stream are errors
 * too, their code picking the subclass (rate_limit_exceeded a
 * RateLimitError, server_error an InternalServerError...).
 */
import type { ApiErrorInfo } from "../../shared/error-envelope.js";
import { isRecord } from "../../shared/is-record.js";
import { snippet } from "../core/api-error.js";
import { EventStream } from "../core/stream/event-stream.js";
import { streamKind } from "../core/stream/open.js";
import type { StreamProtocol } from "../core/stream/protocol.js";
import { outputText, ResponseAccumulator } from "./responses-accumulator.js";
import { eventType, streamErrorOf } from "./stream-errors.js";

function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** `{code, message, param}` of an error event or of a failed response's `error`. */
function reported(error: Record<string, unknown>, fallback: string, message: string): ApiErrorInfo {
  const code = text(error.code) ?? text(error.type) ?? fallback;
  const info: ApiErrorInfo = {
    status: 200,
    code,
    type: text(error.type) ?? code,
    message: text(error.message) ?? message,
  };
  const param = text(error.param);
  if (param !== undefined) info.param = param;
  return info;
}

function errorOf(value: unknown, name: string | undefined): ApiErrorInfo | undefined {
  const type = eventType(value, name);
  if (!isRecord(value)) return streamErrorOf(value, name);
  if (type === "response.failed") {
    const response = isRecord(value.response) ? value.response : {};
    const error = isRecord(response.error) ? response.error : {};
    const status = text(response.status) ?? "failed";
    return reported(error, "response_failed", `the response failed (status ${status}) without saying why`);
  }
  // APIFree's envelope or a nested `{error: {...}}` first, then OpenAI's flat error event.
  const info = streamErrorOf(value, undefined);
  if (info || type !== "error") return info;
  return reported(value, "api_error", snippet(JSON.stringify(value)));
}

const responsesProtocol: StreamProtocol<unknown, unknown> = {
  ending: "response.completed or response.incomplete",
  noun: "events",
  errorOf,
  accumulator: () => new ResponseAccumulator(),
};

/** A Responses stream (`response.created` ... `response.completed`) of the model's events. */
export class ResponseStream<Event, Response> extends EventStream<Event, Response> {
  /**
   * The response of the terminal event (`response.completed` or
   * `response.incomplete`), with the output items assembled from the deltas
   * when it carries none. Reads the rest of the stream if nobody iterates it.
   */
  finalResponse(): Promise<Response> {
    return this.finalResult();
  }

  /** The text of every output_text part of finalResponse(), joined (openai-node's `output_text`). */
  async finalText(): Promise<string> {
    return outputText(await this.finalResponse());
  }
}

export const responsesStream = streamKind(responsesProtocol, ResponseStream);
