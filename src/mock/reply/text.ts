import type { Seed } from "./seed.js";

/*
 * Deterministic filler text. One piece is one "token": it is what a stream
 * chunk carries and what `completion_tokens` counts. Pieces are computed on
 * demand so a 100,000-chunk benchmark stream never holds its text in memory.
 */

const ANSWER_WORDS = [
  "the",
  "model",
  "answers",
  "with",
  "a",
  "short",
  "and",
  "steady",
  "reply",
  "about",
  "typed",
  "bindings",
  "schemas",
  "stream",
  "chunks",
  "arrive",
  "in",
  "order",
  "every",
  "field",
  "is",
  "checked",
  "before",
  "sending",
  "tokens",
  "cost",
  "little",
  "here",
  "emulated",
  "response",
  "from",
  "snapshot",
  "offline",
  "loopback",
  "server",
  "test",
];

const REASONING_WORDS = [
  "first",
  "consider",
  "what",
  "the",
  "user",
  "asked",
  "then",
  "check",
  "which",
  "facts",
  "matter",
  "and",
  "plan",
  "a",
  "concise",
  "answer",
  "weighing",
  "each",
  "option",
  "carefully",
  "before",
  "replying",
];

export interface TextPlan {
  /** Number of pieces. */
  readonly count: number;
  /** The i-th piece, 0 <= i < count. */
  piece(index: number): string;
}

function wordAt(words: readonly string[], seed: Seed, index: number): string {
  const byte = seed.bytes[index % seed.bytes.length]!;
  return words[(byte + index * 7) % words.length]!;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function sentence(words: readonly string[], seed: Seed, count: number): TextPlan {
  return {
    count,
    piece(index) {
      const word = wordAt(words, seed, index);
      const text = index === 0 ? capitalise(word) : ` ${word}`;
      return index === count - 1 ? `${text}.` : text;
    },
  };
}

/** The answer: 6 to 24 pieces unless `count` is forced (the benchmark header). */
export function answerText(seed: Seed, count?: number): TextPlan {
  return sentence(ANSWER_WORDS, seed, count ?? 6 + (seed.bytes[0]! % 19));
}

/** Reasoning shown before the answer by models that think aloud: 4 to 12 pieces. */
export function reasoningText(seed: Seed): TextPlan {
  return sentence(REASONING_WORDS, seed, 4 + (seed.bytes[1]! % 9));
}

/** The first `limit` pieces of a plan. */
export function truncateText(text: TextPlan, limit: number): TextPlan {
  if (limit >= text.count) return text;
  return { count: Math.max(0, limit), piece: (index) => text.piece(index) };
}

export function joinText(text: TextPlan): string {
  const parts: string[] = new Array<string>(text.count);
  for (let index = 0; index < text.count; index += 1) parts[index] = text.piece(index);
  return parts.join("");
}

export const EMPTY_TEXT: TextPlan = { count: 0, piece: () => "" };

/** Split a string into pieces of `size` code points (tool-call argument fragments). */
export function fragments(text: string, size: number): TextPlan {
  const points = Array.from(text);
  const count = Math.ceil(points.length / size);
  return { count, piece: (index) => points.slice(index * size, (index + 1) * size).join("") };
}
