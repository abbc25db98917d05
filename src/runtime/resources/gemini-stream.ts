/*
 * The Gemini stream: unnamed `data:` events, each a GenerateContentResponse
 * chunk, and no sentinel: the stream is complete when the body ends after
 * every candidate carried a finishReason (or the prompt was blocked); an end
 * before that is a cut. A chunk with an `error` object is an error: Google's
 * own shape (`{"error":{"code":429,"message":"...","status":
 * "RESOURCE_EXHAUSTED"}}`, the HTTP status in `code`, the reason in
 * `status`) or APIFree's envelope (`{"code":429,"error":{...}}`).
 */
import type { ApiErrorInfo } from "../../shared/error-envelope.js";
import { isRecord } from "../../shared/is-record.js";
import { EventStream } from "../core/stream/event-stream.js";
import { streamKind } from "../core/stream/open.js";
import type { StreamProtocol } from "../core/stream/protocol.js";
import { GeminiAccumulator, responseText } from "./gemini-accumulator.js";
import { streamErrorOf } from "./stream-errors.js";

/** Google's error object: an HTTP status as a number in `code`, the reason (`UNAVAILABLE`...) in `status`. */
function googleError(value: unknown): ApiErrorInfo | undefined {
  if (!isRecord(value) || value.code !== undefined || !isRecord(value.error)) return undefined;
  const { code, status, message } = value.error;
  if (typeof code !== "number" || !Number.isInteger(code) || code < 400 || code > 599) return undefined;
  const reason = typeof status === "string" && status !== "" ? status : String(code);
  return { status: code, code: reason, type: reason, message: typeof message === "string" ? message : reason };
}

const geminiProtocol: StreamProtocol<unknown, unknown> = {
  ending: "a chunk with a finishReason",
  noun: "chunks",
  errorOf: (value, name) => googleError(value) ?? streamErrorOf(value, name),
  accumulator: () => new GeminiAccumulator(),
};

/** A Gemini stream of the model's GenerateContentResponse chunks. */
export class GeminiStream<Chunk, Response> extends EventStream<Chunk, Response> {
  /**
   * The chunks merged into one response: each candidate's parts concatenated
   * (text merged, thoughts and function calls kept apart), its last
   * finishReason, and the last usageMetadata, modelVersion and responseId.
   * Reads the rest of the stream if nobody iterates it.
   */
  finalResponse(): Promise<Response> {
    return this.finalResult();
  }

  /** The answer's text of the first candidate, thoughts left out (as @google/genai's `response.text`). */
  async finalText(): Promise<string> {
    return responseText(await this.finalResponse());
  }
}

export const geminiStream = streamKind(geminiProtocol, GeminiStream);
