/*
 * The Gemini accumulator: one GenerateContentResponse from the chunks of a
 * stream, each of which is itself a GenerateContentResponse whose text
 * continues the previous one.
 *
 * Per candidate (by `index`, else its position): parts are appended in
 * order; a text part is merged into the part before it when both are plain
 * text of the same kind (thought or answer) and at most one carries a
 * `thoughtSignature`, so thoughts and the answer stay apart and a signature
 * stays with the text it signs; any other part (functionCall, inlineData...)
 * is kept as sent. The candidate's other fields (finishReason,
 * safetyRatings...) and the response's own fields (usageMetadata,
 * modelVersion, responseId, promptFeedback) keep the last value sent.
 *
 * There is no sentinel: the stream is complete once every candidate seen
 * has carried a finishReason, or the prompt was blocked
 * (`promptFeedback.blockReason`); a body that ends before is cut.
 */
import { isRecord } from "../../shared/is-record.js";
import type { Accumulator } from "../core/stream/protocol.js";
import { TextBuilder } from "./text-builder.js";

type Json = Record<string, unknown>;

interface PartState {
  /** The part without its text. */
  part: Json;
  /** Set for a text part. */
  text: TextBuilder | undefined;
  thought: boolean;
}

interface CandidateState {
  fields: Json;
  /** `content` without its parts. */
  content: Json;
  parts: PartState[];
  finished: boolean;
}

/** A part that is only text (and whether it is a thought, and its signature): mergeable. */
function isPlainText(part: Json): boolean {
  if (typeof part.text !== "string") return false;
  for (const key in part) if (key !== "text" && key !== "thought" && key !== "thoughtSignature") return false;
  return true;
}

export class GeminiAccumulator implements Accumulator<unknown, Json> {
  #head: Json = {};
  #candidates = new Map<number, CandidateState>();
  #unfinished = 0;
  #blocked = false;
  #count = 0;

  get count(): number {
    return this.#count;
  }

  get complete(): boolean {
    return this.#blocked || (this.#candidates.size > 0 && this.#unfinished === 0);
  }

  /** Returns false: no chunk is the last one, the end of the body is. */
  add(chunk: unknown): boolean {
    this.#count++;
    if (!isRecord(chunk)) return false;
    const head = this.#head;
    for (const key in chunk) {
      if (key === "candidates") continue;
      const value = chunk[key];
      if (value !== undefined && value !== null) head[key] = value;
    }
    if (isRecord(chunk.promptFeedback) && typeof chunk.promptFeedback.blockReason === "string") this.#blocked = true;
    const candidates = chunk.candidates;
    if (!Array.isArray(candidates)) return false;
    for (let i = 0; i < candidates.length; i++) {
      const candidate: unknown = candidates[i];
      if (isRecord(candidate)) this.#addCandidate(candidate, typeof candidate.index === "number" ? candidate.index : i);
    }
    return false;
  }

  #addCandidate(candidate: Json, index: number): void {
    let state = this.#candidates.get(index);
    if (state === undefined) {
      state = { fields: {}, content: {}, parts: [], finished: false };
      this.#candidates.set(index, state);
      this.#unfinished++;
    }
    for (const key in candidate) {
      const value = candidate[key];
      if (key === "content") {
        if (isRecord(value)) this.#addContent(state, value);
      } else if (value !== undefined && value !== null) state.fields[key] = value;
    }
    if (!state.finished && typeof candidate.finishReason === "string") {
      state.finished = true;
      this.#unfinished--;
    }
  }

  #addContent(state: CandidateState, content: Json): void {
    for (const key in content) {
      const value = content[key];
      if (key === "parts") {
        if (Array.isArray(value)) for (const part of value) if (isRecord(part)) this.#addPart(state.parts, part);
      } else if (value !== undefined && value !== null) state.content[key] = value;
    }
  }

  #addPart(parts: PartState[], part: Json): void {
    if (!isPlainText(part)) {
      parts.push({ part, text: undefined, thought: false });
      return;
    }
    const thought = part.thought === true;
    const last = parts.at(-1);
    const signature = part.thoughtSignature;
    if (
      last?.text !== undefined &&
      last.thought === thought &&
      (signature === undefined || last.part.thoughtSignature === undefined)
    ) {
      last.text.add(part.text as string);
      if (signature !== undefined) last.part.thoughtSignature = signature;
      return;
    }
    const { text, ...rest } = part;
    parts.push({ part: rest, text: new TextBuilder(text as string), thought });
  }

  /** The response so far: each candidate's parts merged, the last value of every other field. */
  result(): Json {
    const response: Json = { ...this.#head };
    if (this.#candidates.size === 0) return response;
    response.candidates = [...this.#candidates.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, state]) => ({
        ...state.fields,
        content: {
          ...state.content,
          parts: state.parts.map((p) => (p.text === undefined ? p.part : { text: p.text.toString(), ...p.part })),
        },
      }));
    return response;
  }
}

/** The answer's text (thoughts left out) of the first candidate, as @google/genai's `response.text`. */
export function responseText(response: unknown): string {
  const candidates = isRecord(response) && Array.isArray(response.candidates) ? response.candidates : [];
  const first: unknown = candidates[0];
  const parts =
    isRecord(first) && isRecord(first.content) && Array.isArray(first.content.parts) ? first.content.parts : [];
  let text = "";
  for (const part of parts)
    if (isRecord(part) && typeof part.text === "string" && part.thought !== true) text += part.text;
  return text;
}
