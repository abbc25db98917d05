import { isRecord } from "../../shared/is-record.js";

/*
 * How a request is measured, the same way for every protocol: about four
 * characters per token, four tokens of framing per turn, tools by the size
 * of their JSON. Each protocol only says where its turns and tools are.
 */

/** Characters of a turn's content: a string, or parts whose `text` counts (any other part a fixed 340). */
function textLength(content: unknown): number {
  if (typeof content === "string") return content.length;
  if (!Array.isArray(content)) return 0;
  let length = 0;
  for (const part of content) {
    if (!isRecord(part)) continue;
    if (typeof part.text === "string") length += part.text.length;
    else length += 340; // an image, audio or tool part: a fixed, plausible cost
  }
  return length;
}

/** A stable estimate of the prompt's tokens from the contents of its turns and its tools. */
export function estimatePromptTokens(contents: readonly unknown[], tools: unknown): number {
  let tokens = 0;
  for (const content of contents) tokens += 4 + Math.ceil(textLength(content) / 4);
  if (Array.isArray(tools)) tokens += Math.ceil(JSON.stringify(tools).length / 4);
  return Math.max(1, tokens);
}

/** A token limit from the first of `values` that is a non-negative number; unlimited when none is. */
export function tokenLimit(...values: unknown[]): number {
  for (const value of values) {
    if (typeof value === "number" && Number.isFinite(value) && value >= 0) return Math.floor(value);
  }
  return Number.POSITIVE_INFINITY;
}
