/*
 * Hand-written validators and wire values for a model shaped like APIFree's
 * (what the generator emits is tested elsewhere; these pin the runtime).
 */

import type { ModelSchemas } from "apifree-typed";
import { z } from "zod";

const message = z.discriminatedUnion("role", [
  z.strictObject({ role: z.literal("system"), content: z.string() }),
  z.strictObject({
    role: z.literal("user"),
    content: z.union([z.string(), z.array(z.strictObject({ type: z.literal("text"), text: z.string() }))]),
  }),
  z.strictObject({
    role: z.literal("assistant"),
    content: z.string().nullable().optional(),
    reasoning_content: z.string().optional(),
  }),
]);

const request = z.strictObject({
  model: z.string(),
  messages: z.array(message).min(1),
  temperature: z.number().min(0).max(2).optional(),
  max_tokens: z.number().int().min(1).optional(),
  n: z.number().int().min(1).max(4).optional(),
  reasoning_effort: z.enum(["low", "medium", "high"]).optional(),
  stream: z.boolean().nullable().optional(),
  stream_options: z.strictObject({ include_usage: z.boolean().optional() }).nullable().optional(),
  tools: z
    .array(
      z.strictObject({
        type: z.literal("function"),
        function: z.strictObject({ name: z.string(), parameters: z.record(z.string(), z.unknown()).optional() }),
      }),
    )
    .optional(),
});

const usage = z.object({
  prompt_tokens: z.number().int(),
  completion_tokens: z.number().int(),
  total_tokens: z.number().int(),
  cost: z.number(),
  completion_tokens_details: z.object({ reasoning_tokens: z.number().int() }).optional(),
});

const toolCall = z.object({
  id: z.string(),
  type: z.literal("function"),
  function: z.object({ name: z.string(), arguments: z.string() }),
});

const response = z.object({
  id: z.string(),
  object: z.literal("chat.completion"),
  created: z.number().int(),
  model: z.string(),
  system_fingerprint: z.string().optional(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      message: z.object({
        role: z.literal("assistant"),
        content: z.string().nullable(),
        reasoning_content: z.string().optional(),
        tool_calls: z.array(toolCall).optional(),
      }),
      finish_reason: z.enum(["stop", "length", "tool_calls"]),
      logprobs: z.null().optional(),
    }),
  ),
  usage,
});

const chunk = z.object({
  id: z.string(),
  object: z.literal("chat.completion.chunk"),
  created: z.number().int(),
  model: z.string(),
  system_fingerprint: z.string().optional(),
  choices: z.array(
    z.object({
      index: z.number().int(),
      delta: z.strictObject({
        role: z.literal("assistant").optional(),
        content: z.string().nullable().optional(),
        reasoning_content: z.string().optional(),
        tool_calls: z
          .array(
            z.object({
              index: z.number().int(),
              id: z.string().optional(),
              type: z.literal("function").optional(),
              function: z.object({ name: z.string().optional(), arguments: z.string().optional() }).optional(),
            }),
          )
          .optional(),
      }),
      finish_reason: z.enum(["stop", "length", "tool_calls"]).nullable(),
      logprobs: z.null().optional(),
    }),
  ),
  usage: usage.nullable().optional(),
});

export const MODEL = "acme/chat-1";
/** The reasoning model of emulator-snapshot.ts; same validators. */
const THINK_MODEL = "acme/think-1";

const schemas: ModelSchemas = { request, response, chunk };

/** A loader that knows MODEL only, counting its calls. */
export function loader(): { load: (model: string) => Promise<ModelSchemas>; calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    load: async (model: string) => {
      calls.push(model);
      if (model !== MODEL && model !== THINK_MODEL) throw new Error(`no schemas module for '${model}'`);
      return schemas;
    },
  };
}

export function completion(content = "Hello!", model = MODEL): Record<string, unknown> {
  return {
    id: "chatcmpl-0123456789abcdef01234567",
    object: "chat.completion",
    created: 1760000000,
    model,
    system_fingerprint: "fp_test",
    choices: [{ index: 0, message: { role: "assistant", content }, finish_reason: "stop", logprobs: null }],
    usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7, cost: 0.0000123 },
  };
}

export function chunkOf(
  delta: Record<string, unknown>,
  finish: string | null = null,
  index = 0,
  model = MODEL,
): Record<string, unknown> {
  return {
    id: "chatcmpl-0123456789abcdef01234567",
    object: "chat.completion.chunk",
    created: 1760000000,
    model,
    choices: [{ index, delta, finish_reason: finish, logprobs: null }],
  };
}

export const hello = { model: MODEL, messages: [{ role: "user" as const, content: "Hi" }] };
