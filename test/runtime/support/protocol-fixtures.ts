/*
 * Hand-written validators and wire events for one model of each of the
 * other text protocols (Anthropic Messages, OpenAI Responses, Gemini),
 * shaped like the bundled catalog's documents; what the generator emits is
 * tested elsewhere, these pin the runtime.
 */
import type { ModelModule } from "apifree-typed";
import { z } from "zod";

export const CLAUDE = "acme/claude-1";
export const GPT = "acme/gpt-r";
export const GEMINI = "acme/gemini-1";

// ------------------------------------------------------------ Messages

const claudeUsage = z.looseObject({ input_tokens: z.int().optional(), output_tokens: z.int() });
const claudeMessage = z.looseObject({
  id: z.string(),
  type: z.literal("message"),
  role: z.literal("assistant"),
  content: z.array(z.looseObject({ type: z.string() })),
  model: z.string(),
  stop_reason: z.string().nullable(),
  stop_sequence: z.string().nullable(),
  usage: claudeUsage,
});
const blockIndex = z.int().min(0);
const claudeEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("message_start"), message: claudeMessage }),
  z.strictObject({
    type: z.literal("content_block_start"),
    index: blockIndex,
    content_block: z.looseObject({ type: z.enum(["text", "thinking", "tool_use"]) }),
  }),
  z.strictObject({
    type: z.literal("content_block_delta"),
    index: blockIndex,
    delta: z.discriminatedUnion("type", [
      z.strictObject({ type: z.literal("text_delta"), text: z.string() }),
      z.strictObject({ type: z.literal("thinking_delta"), thinking: z.string() }),
      z.strictObject({ type: z.literal("signature_delta"), signature: z.string() }),
      z.strictObject({ type: z.literal("input_json_delta"), partial_json: z.string() }),
    ]),
  }),
  z.strictObject({ type: z.literal("content_block_stop"), index: blockIndex }),
  z.strictObject({
    type: z.literal("message_delta"),
    delta: z.strictObject({ stop_reason: z.string().nullable(), stop_sequence: z.string().nullable().optional() }),
    usage: claudeUsage,
  }),
  z.strictObject({ type: z.literal("message_stop") }),
  z.strictObject({ type: z.literal("ping") }),
  z.strictObject({ type: z.literal("error"), error: z.looseObject({ type: z.string(), message: z.string() }) }),
]);
const claudeRequest = z.strictObject({
  model: z.string(),
  max_tokens: z.int().min(1).max(4096),
  messages: z.array(z.strictObject({ role: z.enum(["user", "assistant"]), content: z.string() })).min(1),
  temperature: z.number().min(0).max(1).optional(),
  stream: z.boolean().optional(),
});

export const claudeBody = { model: CLAUDE, max_tokens: 256, messages: [{ role: "user" as const, content: "Hi" }] };

/** A named SSE event, written as Anthropic and OpenAI write them. */
export function named(event: { type: string }): string {
  return `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
}

export const claudeEvents = [
  {
    type: "message_start",
    message: {
      id: "msg_01",
      type: "message",
      role: "assistant",
      content: [],
      model: "claude-x",
      stop_reason: null,
      stop_sequence: null,
      usage: { input_tokens: 25, output_tokens: 1, cache_read_input_tokens: 7 },
    },
  },
  { type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "", signature: "" } },
  { type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "Let me " } },
  { type: "ping" },
  { type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "think." } },
  { type: "content_block_delta", index: 0, delta: { type: "signature_delta", signature: "c2lnbmF0dXJl" } },
  { type: "content_block_stop", index: 0 },
  { type: "content_block_start", index: 1, content_block: { type: "text", text: "" } },
  { type: "content_block_delta", index: 1, delta: { type: "text_delta", text: "Hel" } },
  { type: "content_block_delta", index: 1, delta: { type: "text_delta", text: "lo!" } },
  { type: "content_block_stop", index: 1 },
  {
    type: "content_block_start",
    index: 2,
    content_block: { type: "tool_use", id: "toolu_01", name: "weather", input: {} },
  },
  { type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: "" } },
  { type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: '{"city": "Par' } },
  { type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: 'is", "days": 2}' } },
  { type: "content_block_stop", index: 2 },
  { type: "message_delta", delta: { stop_reason: "tool_use", stop_sequence: null }, usage: { output_tokens: 42 } },
  { type: "message_stop" },
];

export const claudeFinal = {
  id: "msg_01",
  type: "message",
  role: "assistant",
  content: [
    { type: "thinking", thinking: "Let me think.", signature: "c2lnbmF0dXJl" },
    { type: "text", text: "Hello!" },
    { type: "tool_use", id: "toolu_01", name: "weather", input: { city: "Paris", days: 2 } },
  ],
  model: "claude-x",
  stop_reason: "tool_use",
  stop_sequence: null,
  usage: { input_tokens: 25, output_tokens: 42, cache_read_input_tokens: 7 },
};

// ------------------------------------------------------------ Responses

const sequence = { sequence_number: z.int().min(0) };
const gptResponse = z.looseObject({
  id: z.string(),
  object: z.literal("response"),
  created_at: z.int(),
  status: z.string(),
  model: z.string(),
  output: z.array(z.looseObject({ type: z.string() })),
});
const located = { item_id: z.string(), output_index: z.int(), content_index: z.int() };
const outputPart = z.looseObject({ type: z.enum(["output_text", "refusal"]) });
const outputItem = z.looseObject({ type: z.enum(["message", "function_call", "reasoning"]) });
const gptEvent = z.discriminatedUnion("type", [
  z.strictObject({ type: z.literal("response.created"), ...sequence, response: gptResponse }),
  z.strictObject({ type: z.literal("response.in_progress"), ...sequence, response: gptResponse }),
  z.strictObject({
    type: z.literal("response.output_item.added"),
    ...sequence,
    output_index: z.int(),
    item: outputItem,
  }),
  z.strictObject({ type: z.literal("response.content_part.added"), ...sequence, ...located, part: outputPart }),
  z.strictObject({ type: z.literal("response.output_text.delta"), ...sequence, ...located, delta: z.string() }),
  z.strictObject({ type: z.literal("response.output_text.done"), ...sequence, ...located, text: z.string() }),
  z.strictObject({ type: z.literal("response.content_part.done"), ...sequence, ...located, part: outputPart }),
  z.strictObject({
    type: z.literal("response.output_item.done"),
    ...sequence,
    output_index: z.int(),
    item: outputItem,
  }),
  z.strictObject({
    type: z.literal("response.function_call_arguments.delta"),
    ...sequence,
    item_id: z.string(),
    output_index: z.int(),
    delta: z.string(),
  }),
  z.strictObject({
    type: z.literal("response.function_call_arguments.done"),
    ...sequence,
    item_id: z.string(),
    output_index: z.int(),
    arguments: z.string(),
  }),
  z.strictObject({ type: z.literal("response.completed"), ...sequence, response: gptResponse }),
  z.strictObject({ type: z.literal("response.incomplete"), ...sequence, response: gptResponse }),
  z.strictObject({ type: z.literal("response.failed"), ...sequence, response: gptResponse }),
  z.strictObject({
    type: z.literal("error"),
    ...sequence,
    code: z.string().nullable(),
    message: z.string(),
    param: z.string().nullable(),
  }),
]);
const gptRequest = z.strictObject({
  model: z.string(),
  input: z.union([z.string(), z.array(z.looseObject({ role: z.string() })).min(1)]),
  instructions: z.string().nullable().optional(),
  max_output_tokens: z.int().min(16).max(32768).nullable().optional(),
  reasoning: z.strictObject({ effort: z.enum(["low", "medium", "high"]) }).optional(),
  stream: z.boolean().nullable().optional(),
});

export const gptBody = { model: GPT, input: "Hi" };

const responseHead = {
  id: "resp_01",
  object: "response",
  created_at: 1760000000,
  model: "gpt-x",
  output: [],
};
const message = { type: "message", id: "msg_a", role: "assistant", status: "completed" };
const call = { type: "function_call", id: "fc_a", call_id: "call_a", name: "weather" };

export const gptFinal = {
  ...responseHead,
  status: "completed",
  output: [
    { ...message, content: [{ type: "output_text", text: "Hello!", annotations: [] }] },
    { ...call, arguments: '{"city":"Paris"}', status: "completed" },
  ],
  usage: { input_tokens: 5, output_tokens: 9, total_tokens: 14 },
};

/** A Responses stream; the terminal event carries `terminalOutput` (the full output when not given). */
export function gptEvents(terminalOutput: unknown[] = gptFinal.output): Array<Record<string, unknown>> {
  const textAt = { item_id: "msg_a", output_index: 0, content_index: 0 };
  const argsAt = { item_id: "fc_a", output_index: 1 };
  const events: Array<Record<string, unknown>> = [
    { type: "response.created", response: { ...responseHead, status: "in_progress" } },
    { type: "response.in_progress", response: { ...responseHead, status: "in_progress" } },
    {
      type: "response.output_item.added",
      output_index: 0,
      item: { ...message, status: "in_progress", content: [] },
    },
    { type: "response.content_part.added", ...textAt, part: { type: "output_text", text: "", annotations: [] } },
    { type: "response.output_text.delta", ...textAt, delta: "Hel" },
    { type: "response.output_text.delta", ...textAt, delta: "lo!" },
    { type: "response.output_text.done", ...textAt, text: "Hello!" },
    {
      type: "response.content_part.done",
      ...textAt,
      part: { type: "output_text", text: "Hello!", annotations: [] },
    },
    { type: "response.output_item.done", output_index: 0, item: gptFinal.output[0] },
    { type: "response.output_item.added", output_index: 1, item: { ...call, arguments: "", status: "in_progress" } },
    { type: "response.function_call_arguments.delta", ...argsAt, delta: '{"city":' },
    { type: "response.function_call_arguments.delta", ...argsAt, delta: '"Paris"}' },
    { type: "response.function_call_arguments.done", ...argsAt, arguments: '{"city":"Paris"}' },
    { type: "response.output_item.done", output_index: 1, item: gptFinal.output[1] },
    { type: "response.completed", response: { ...gptFinal, output: terminalOutput } },
  ];
  return events.map((event, i) => ({ ...event, sequence_number: i }));
}

// ------------------------------------------------------------ Gemini

const geminiPart = z.looseObject({ text: z.string().optional(), thought: z.boolean().optional() });
const geminiChunk = z.looseObject({
  candidates: z
    .array(
      z.looseObject({
        content: z.looseObject({ role: z.string().optional(), parts: z.array(geminiPart) }),
        finishReason: z.enum(["STOP", "MAX_TOKENS", "SAFETY"]).optional(),
        index: z.int().optional(),
      }),
    )
    .optional(),
  usageMetadata: z.looseObject({ promptTokenCount: z.int(), totalTokenCount: z.int() }),
  modelVersion: z.string(),
  responseId: z.string().optional(),
});
const geminiRequest = z.strictObject({
  model: z.string(),
  contents: z.array(z.strictObject({ role: z.string().optional(), parts: z.array(z.looseObject({})) })).min(1),
  generationConfig: z
    .strictObject({ temperature: z.number().min(0).max(2).optional(), maxOutputTokens: z.int().min(1).optional() })
    .optional(),
  stream: z.boolean().optional(),
});

export const geminiBody = { model: GEMINI, contents: [{ role: "user", parts: [{ text: "Hi" }] }] };

function geminiChunkOf(parts: unknown[], extra: Record<string, unknown> = {}, usage = 3): Record<string, unknown> {
  return {
    candidates: [{ content: { role: "model", parts }, index: 0, ...extra }],
    usageMetadata: { promptTokenCount: 4, totalTokenCount: 4 + usage },
    modelVersion: "gemini-x-001",
    responseId: "resp-g1",
  };
}

export const geminiChunks = [
  geminiChunkOf([{ text: "Let me ", thought: true }], {}, 1),
  geminiChunkOf([{ text: "think.", thought: true }], {}, 2),
  geminiChunkOf([{ text: "Hel" }], {}, 3),
  geminiChunkOf([{ text: "lo!", thoughtSignature: "c2ln" }], {}, 4),
  geminiChunkOf([{ functionCall: { name: "weather", args: { city: "Paris" } } }], { finishReason: "STOP" }, 9),
];

export const geminiFinal = {
  candidates: [
    {
      content: {
        role: "model",
        parts: [
          { text: "Let me think.", thought: true },
          { text: "Hello!", thoughtSignature: "c2ln" },
          { functionCall: { name: "weather", args: { city: "Paris" } } },
        ],
      },
      index: 0,
      finishReason: "STOP",
    },
  ],
  usageMetadata: { promptTokenCount: 4, totalTokenCount: 13 },
  modelVersion: "gemini-x-001",
  responseId: "resp-g1",
};

// ------------------------------------------------------------ the loader

const modules: Record<string, ModelModule> = {
  [CLAUDE]: { operations: { messages: { request: claudeRequest, response: claudeMessage, event: claudeEvent } } },
  [GPT]: { operations: { responses: { request: gptRequest, response: gptResponse, event: gptEvent } } },
  [GEMINI]: { operations: { gemini: { request: geminiRequest, response: geminiChunk, event: geminiChunk } } },
};

/** The validator modules of the three models. */
export async function protocolSchemas(model: string): Promise<ModelModule> {
  const module = modules[model];
  if (module === undefined) throw new Error(`no schemas module for '${model}'`);
  return module;
}
