import type { Build } from "./build.js";
import { compact, type Schema } from "./json.js";
import { FUNCTION_NAME_PATTERN } from "./tools.js";

/*
 * Second operations some documents hold besides chat completions (design.md:
 * their types are generated, their runtime is not required yet). Compact
 * versions of OpenAI's Responses API and Anthropic's Messages API.
 */

function define(b: Build, name: string, schema: Schema): Schema {
  b.c.schemas[name] ??= schema;
  return { $ref: `#/components/schemas/${name}` };
}

function jsonOperation(operationId: string, summary: string, request: Schema, response: Schema): Schema {
  return {
    post: {
      operationId,
      summary,
      tags: ["Text generation"],
      requestBody: { required: true, content: { "application/json": { schema: request } } },
      responses: { "200": { description: "The result.", content: { "application/json": { schema: response } } } },
    },
  };
}

export function responsesOperation(b: Build, model: Schema): Record<string, Schema> {
  const { d, spec } = b;
  const efforts = spec.reasoning?.efforts;
  const inputItem = define(b, "ResponseInputMessage", {
    type: "object",
    required: ["role", "content"],
    properties: {
      role: { type: "string", enum: ["user", "assistant", "system", "developer"] },
      content: {
        oneOf: [
          { type: "string" },
          { type: "array", items: { type: "object", required: ["type"], properties: { type: { type: "string" } } } },
        ],
      },
    },
  });
  const request = define(b, "CreateResponseRequest", {
    type: "object",
    description: "A request to the Responses API.",
    required: ["model", "input"],
    properties: compact({
      model,
      input: {
        description: "Text, or a list of input messages.",
        oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: inputItem }],
      },
      instructions: { ...d.nullable({ type: "string" }), description: "System-level instructions for this response." },
      max_output_tokens: {
        ...d.nullable({ type: "integer", minimum: 16, maximum: spec.maxOutputTokens }),
        description: "Cap on output and reasoning tokens.",
      },
      reasoning:
        efforts === undefined
          ? undefined
          : d.nullable({
              type: "object",
              properties: {
                effort: { type: "string", enum: [...efforts] },
                summary: d.nullable({ type: "string", enum: ["auto", "concise", "detailed"] }),
              },
            }),
      tools: spec.tools
        ? {
            type: "array",
            items: {
              type: "object",
              required: ["type", "name"],
              properties: {
                type: d.constant("string", "function"),
                name: { type: "string", pattern: FUNCTION_NAME_PATTERN },
                description: { type: "string" },
                parameters: { type: "object", additionalProperties: true },
                strict: d.nullable({ type: "boolean" }),
              },
            },
          }
        : undefined,
      previous_response_id: { ...d.nullable({ type: "string" }), description: "Continue from an earlier response." },
      store: { type: "boolean", default: true },
      stream: { type: "boolean", default: false },
    }),
  });
  const response = define(b, "Response", {
    type: "object",
    required: ["id", "object", "created_at", "status", "model", "output"],
    properties: {
      id: { type: "string" },
      object: d.constant("string", "response"),
      created_at: { type: "integer" },
      status: { type: "string", enum: ["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"] },
      model: { type: "string" },
      output: {
        type: "array",
        items: {
          type: "object",
          required: ["type"],
          properties: { type: { type: "string", description: "`message`, `reasoning` or `function_call`." } },
        },
      },
      usage: d.nullable({
        type: "object",
        required: ["input_tokens", "output_tokens", "total_tokens"],
        properties: {
          input_tokens: { type: "integer", minimum: 0 },
          output_tokens: { type: "integer", minimum: 0 },
          total_tokens: { type: "integer", minimum: 0 },
          cost: { type: "number", minimum: 0 },
        },
      }),
      error: d.nullable({ type: "object", properties: { code: { type: "string" }, message: { type: "string" } } }),
    },
  });
  return {
    "/v1/responses": jsonOperation(
      "createResponse",
      "Create a model response (OpenAI Responses API).",
      request,
      response,
    ),
  };
}

export function messagesOperation(b: Build, model: Schema, thinking: Schema | undefined): Record<string, Schema> {
  const { d, spec } = b;
  const text = define(b, "MessagesTextBlock", {
    type: "object",
    required: ["type", "text"],
    properties: { type: d.constant("string", "text"), text: { type: "string" } },
  });
  const thinkingBlock = define(b, "MessagesThinkingBlock", {
    type: "object",
    required: ["type", "thinking"],
    properties: { type: d.constant("string", "thinking"), thinking: { type: "string" }, signature: { type: "string" } },
  });
  const toolUse = define(b, "MessagesToolUseBlock", {
    type: "object",
    required: ["type", "id", "name", "input"],
    properties: {
      type: d.constant("string", "tool_use"),
      id: { type: "string" },
      name: { type: "string" },
      input: { type: "object", additionalProperties: true },
    },
  });
  const request = define(b, "MessagesRequest", {
    type: "object",
    description: "A request to the Anthropic-style Messages API.",
    required: ["model", "max_tokens", "messages"],
    additionalProperties: false,
    properties: compact({
      model,
      max_tokens: {
        type: "integer",
        minimum: 1,
        maximum: spec.maxOutputTokens,
        description: "Required here, unlike in chat completions.",
      },
      messages: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          required: ["role", "content"],
          properties: {
            role: { type: "string", enum: ["user", "assistant"] },
            content: {
              oneOf: [
                { type: "string" },
                {
                  type: "array",
                  items: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
                },
              ],
            },
          },
        },
      },
      system: { oneOf: [{ type: "string" }, { type: "array", items: text }] },
      temperature: { type: "number", minimum: 0, maximum: 1 },
      top_p: { type: "number", minimum: 0, maximum: 1 },
      top_k: { type: "integer", minimum: 0 },
      stop_sequences: { type: "array", items: { type: "string" } },
      stream: { type: "boolean" },
      thinking,
      tools: spec.tools
        ? {
            type: "array",
            items: {
              type: "object",
              required: ["name", "input_schema"],
              properties: {
                name: { type: "string", pattern: FUNCTION_NAME_PATTERN },
                description: { type: "string" },
                input_schema: { type: "object", additionalProperties: true },
              },
            },
          }
        : undefined,
      metadata: {
        type: "object",
        additionalProperties: false,
        properties: { user_id: d.nullable({ type: "string", maxLength: 256 }) },
      },
    }),
  });
  const response = define(b, "MessagesResponse", {
    type: "object",
    required: ["id", "type", "role", "content", "model", "stop_reason", "usage"],
    properties: {
      id: { type: "string" },
      type: d.constant("string", "message"),
      role: d.constant("string", "assistant"),
      content: {
        type: "array",
        items: { oneOf: [text, thinkingBlock, toolUse], discriminator: { propertyName: "type" } },
      },
      model: { type: "string" },
      stop_reason: d.nullable({
        type: "string",
        enum: ["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"],
      }),
      stop_sequence: d.nullable({ type: "string" }),
      usage: {
        type: "object",
        required: ["input_tokens", "output_tokens"],
        properties: {
          input_tokens: { type: "integer", minimum: 0 },
          output_tokens: { type: "integer", minimum: 0 },
          cache_read_input_tokens: d.nullable({ type: "integer", minimum: 0 }),
          cost: { type: "number", minimum: 0 },
        },
      },
    },
  });
  return {
    "/v1/messages": jsonOperation("createMessage", "Create a message (Anthropic Messages API).", request, response),
  };
}
