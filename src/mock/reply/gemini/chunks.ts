import { dataEvent, MID_STREAM_FAILURE, type StreamFraming } from "../../sse-writer.js";
import type { ChoicePlan, ReplyPlan } from "../plan.js";
import type { GeminiShape } from "./features.js";
import { FINISH_REASONS, finalUsage, functionCallPart, replyTail } from "./reply.js";

/*
 * The stream form of a plan, as Gemini sends it: unnamed `data:` events,
 * each a GenerateContentResponse carrying the next piece of each candidate
 * (a thought summary piece, a text piece, or the whole functionCall), with
 * `usageMetadata` counting so far. A candidate's last chunk has its
 * `finishReason`; the stream's last chunk has the final usage (thought
 * tokens and APIFree's cost where allowed). No `[DONE]`: the stream just
 * ends. Chunks are produced lazily (a benchmark stream has 100,000).
 */

interface Step {
  /** The JSON array of the chunk's parts. */
  parts: string;
  thought: number;
  answer: number;
}

function stepCount(choice: ChoicePlan, thoughts: boolean): number {
  const shown = thoughts ? choice.reasoning.count : 0;
  const answer = choice.toolCall !== undefined ? 1 : (choice.content?.count ?? 0);
  return Math.max(1, shown + answer);
}

function* steps(choice: ChoicePlan, thoughts: boolean): Generator<Step> {
  let sent = 0;
  if (thoughts) {
    for (let index = 0; index < choice.reasoning.count; index += 1, sent += 1)
      yield {
        parts: `[{"text":${JSON.stringify(choice.reasoning.piece(index))},"thought":true}]`,
        thought: 1,
        answer: 0,
      };
  }
  if (choice.toolCall !== undefined) {
    yield { parts: JSON.stringify([functionCallPart(choice)]), thought: 0, answer: choice.toolCall.arguments.count };
    return;
  }
  const content = choice.content;
  if (content !== null) {
    for (let index = 0; index < content.count; index += 1, sent += 1)
      yield { parts: `[{"text":${JSON.stringify(content.piece(index))}}]`, thought: 0, answer: 1 };
  }
  if (sent === 0) yield { parts: '[{"text":""}]', thought: 0, answer: 0 };
}

export function* geminiChunks(plan: ReplyPlan, thoughts: boolean, shape: GeminiShape): Generator<string> {
  const tailJson = JSON.stringify(replyTail(plan, shape)).slice(1, -1);
  const tail = tailJson === "" ? "" : `,${tailJson}`;
  const prompt = plan.promptTokens;
  let answer = 0;
  // Thoughts that are not shown were all spent before the first chunk.
  let thought = thoughts ? 0 : plan.reasoningTokens;
  const candidates = plan.choices.map((choice) => ({
    choice,
    steps: steps(choice, thoughts),
    left: stepCount(choice, thoughts),
    index: shape.index ? `,"index":${choice.index}` : "",
  }));
  let remaining = candidates.reduce((sum, candidate) => sum + candidate.left, 0);
  while (remaining > 0) {
    for (const candidate of candidates) {
      const next = candidate.steps.next();
      if (next.done === true) continue;
      const step = next.value;
      candidate.left -= 1;
      remaining -= 1;
      answer += step.answer;
      thought += step.thought;
      const finish =
        candidate.left === 0 ? `,"finishReason":${JSON.stringify(FINISH_REASONS[candidate.choice.finishReason])}` : "";
      const usage =
        remaining === 0
          ? JSON.stringify(finalUsage(plan, shape))
          : `{"promptTokenCount":${prompt},"candidatesTokenCount":${answer},"totalTokenCount":${prompt + answer + thought}}`;
      yield dataEvent(
        `{"candidates":[{"content":{"role":"model","parts":${step.parts}}${finish}${candidate.index}}],"usageMetadata":${usage}${tail}}`,
      );
    }
  }
}

/**
 * The stream just ends; an error is a chunk carrying Google's error object
 * (the hook's `code` becomes its `status`); a cut-off chunk is malformed.
 */
export const GEMINI_FRAMING: StreamFraming = {
  end: "",
  error: (error) =>
    dataEvent(
      JSON.stringify({
        error: { code: 500, message: error?.message ?? MID_STREAM_FAILURE, status: error?.code ?? "INTERNAL" },
      }),
    ),
  malformed: dataEvent('{"candidates":[{"content":{"role":"model","parts":[{"text":'),
};
