/*
 * A two-model catalog for running the client against the emulator:
 *   acme/chat-1   tools, n, temperature 0..2, reasoning_effort enum; no reasoning text
 *   acme/think-1  the same request, reasoning_content in message and delta
 * The OpenAPI documents say what ./fixtures.ts's Zod validators say, so the
 * emulator and the client agree on what is valid.
 */
import type { Snapshot } from "../../../src/snapshot/format.js";

const usage = {
  type: "object",
  required: ["prompt_tokens", "completion_tokens", "total_tokens", "cost"],
  properties: {
    prompt_tokens: { type: "integer" },
    completion_tokens: { type: "integer" },
    total_tokens: { type: "integer" },
    cost: { type: "number" },
    completion_tokens_details: { type: "object", properties: { reasoning_tokens: { type: "integer" } } },
  },
};

const message = {
  oneOf: [
    {
      type: "object",
      additionalProperties: false,
      required: ["role", "content"],
      properties: { role: { const: "system" }, content: { type: "string" } },
    },
    {
      type: "object",
      additionalProperties: false,
      required: ["role", "content"],
      properties: {
        role: { const: "user" },
        content: {
          oneOf: [
            { type: "string" },
            {
              type: "array",
              items: {
                type: "object",
                additionalProperties: false,
                required: ["type", "text"],
                properties: { type: { const: "text" }, text: { type: "string" } },
              },
            },
          ],
        },
      },
    },
    {
      type: "object",
      additionalProperties: false,
      required: ["role"],
      properties: {
        role: { const: "assistant" },
        content: { type: ["string", "null"] },
        reasoning_content: { type: "string" },
      },
    },
  ],
};

const request = {
  type: "object",
  additionalProperties: false,
  required: ["model", "messages"],
  properties: {
    model: { type: "string" },
    messages: { type: "array", minItems: 1, items: message },
    temperature: { type: "number", minimum: 0, maximum: 2 },
    max_tokens: { type: "integer", minimum: 1 },
    n: { type: "integer", minimum: 1, maximum: 4 },
    reasoning_effort: { enum: ["low", "medium", "high"] },
    stream: { type: ["boolean", "null"] },
    stream_options: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: { include_usage: { type: "boolean" } },
    },
    tools: {
      type: "array",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["type", "function"],
        properties: {
          type: { const: "function" },
          function: {
            type: "object",
            additionalProperties: false,
            required: ["name"],
            properties: { name: { type: "string" }, parameters: { type: "object" } },
          },
        },
      },
    },
  },
};

function response(reasoning: boolean) {
  return {
    type: "object",
    required: ["id", "object", "created", "model", "choices", "usage"],
    properties: {
      id: { type: "string" },
      object: { const: "chat.completion" },
      created: { type: "integer" },
      model: { type: "string" },
      system_fingerprint: { type: "string" },
      choices: {
        type: "array",
        items: {
          type: "object",
          required: ["index", "message", "finish_reason"],
          properties: {
            index: { type: "integer" },
            message: {
              type: "object",
              required: ["role", "content"],
              properties: {
                role: { const: "assistant" },
                content: { type: ["string", "null"] },
                ...(reasoning ? { reasoning_content: { type: "string" } } : {}),
                tool_calls: { type: "array" },
              },
            },
            finish_reason: { enum: ["stop", "length", "tool_calls"] },
            logprobs: { type: "null" },
          },
        },
      },
      usage,
    },
  };
}

function chunk(reasoning: boolean) {
  return {
    type: "object",
    required: ["id", "object", "created", "model", "choices"],
    properties: {
      id: { type: "string" },
      object: { const: "chat.completion.chunk" },
      created: { type: "integer" },
      model: { type: "string" },
      system_fingerprint: { type: "string" },
      choices: {
        type: "array",
        items: {
          type: "object",
          required: ["index", "delta", "finish_reason"],
          properties: {
            index: { type: "integer" },
            delta: {
              type: "object",
              properties: {
                role: { const: "assistant" },
                content: { type: ["string", "null"] },
                ...(reasoning ? { reasoning_content: { type: "string" } } : {}),
                tool_calls: { type: "array" },
              },
            },
            finish_reason: { enum: ["stop", "length", "tool_calls", null] },
            logprobs: { type: "null" },
          },
        },
      },
      usage: { anyOf: [{ type: "null" }, usage] },
    },
  };
}

function document(id: string, reasoning: boolean) {
  return {
    openapi: "3.1.0",
    info: { title: id, version: "1.0.0" },
    paths: {
      "/v1/chat/completions": {
        post: {
          requestBody: { required: true, content: { "application/json": { schema: request } } },
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": { schema: response(reasoning) },
                "text/event-stream": { schema: chunk(reasoning) },
              },
            },
          },
        },
      },
    },
  };
}

function entry(id: string, reasoning: boolean) {
  return {
    id,
    object: "model",
    created: 1760000000,
    owned_by: "acme",
    name: id,
    context_length: 128000,
    pricing: { input_per_million: 0.5, output_per_million: 2 },
    capabilities: { tools: true, vision: false, reasoning, json_schema: false, streaming: true },
  };
}

export const CHAT = "acme/chat-1";
export const THINK = "acme/think-1";

export const runtimeSnapshot: Snapshot = {
  catalog: { object: "list", data: [entry(CHAT, false), entry(THINK, true)] },
  models: [
    { id: CHAT, document: document(CHAT, false), apiMd: `# ${CHAT}\n` },
    { id: THINK, document: document(THINK, true), apiMd: `# ${THINK}\n` },
  ],
};
