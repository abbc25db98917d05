/*
 * OpenAI Responses documents written for these tests, following the public
 * shape. Replies, items and events are closed (additionalProperties: false)
 * so a stray or missing member fails.
 *
 *   openai/resp-test   3.1; chat and Responses; a reasoning model with tools; its response requires
 *                      members filled from the request (error, tools, usage...); the whole event set
 *                      (reasoning summary parts, function-call arguments, logprobs on text events)
 *   tiny/resp-lite     3.1; Responses only; no reasoning, no tools; its event union declares the core
 *                      events only (no response.in_progress, no response.incomplete)
 */

import { closed, count, ref, tag, textOrList } from "./schema-builders.js";

const ITEM_STATUS = { type: "string", enum: ["in_progress", "completed", "incomplete"] };

const inputText = closed(["type", "text"], { type: tag("input_text"), text: { type: "string" } });

function request(options: { reasoning: boolean; tools: boolean }) {
  return closed(["model", "input"], {
    model: { type: "string" },
    input: textOrList({
      oneOf: [
        closed(["role", "content"], {
          type: tag("message"),
          role: { type: "string", enum: ["user", "assistant", "system", "developer"] },
          content: textOrList(inputText),
        }),
        closed(["type", "call_id", "output"], {
          type: tag("function_call_output"),
          call_id: { type: "string" },
          output: { type: "string" },
        }),
      ],
    }),
    instructions: { type: ["string", "null"] },
    max_output_tokens: { type: ["integer", "null"], minimum: 16, maximum: 32000 },
    stream: { type: ["boolean", "null"] },
    store: { type: ["boolean", "null"] },
    metadata: { type: "object", additionalProperties: { type: "string" }, maxProperties: 16 },
    ...(options.reasoning
      ? {
          reasoning: closed([], {
            effort: { type: "string", enum: ["low", "medium", "high"] },
            summary: { type: ["string", "null"], enum: ["auto", "concise", "detailed", null] },
          }),
        }
      : { temperature: { type: "number", minimum: 0, maximum: 2 } }),
    ...(options.tools
      ? {
          tools: {
            type: "array",
            items: closed(["type", "name"], {
              type: tag("function"),
              name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" },
              description: { type: "string" },
              parameters: { type: "object" },
              strict: { type: "boolean" },
            }),
          },
          tool_choice: {
            oneOf: [
              { type: "string", enum: ["none", "auto", "required"] },
              closed(["type", "name"], { type: tag("function"), name: { type: "string" } }),
            ],
          },
          parallel_tool_calls: { type: "boolean" },
        }
      : {}),
  });
}

function outputItems(options: { reasoning: boolean; tools: boolean }) {
  return {
    OutputText: closed(["type", "text", "annotations"], {
      type: tag("output_text"),
      text: { type: "string" },
      annotations: { type: "array", maxItems: 0 },
      logprobs: { type: "array", maxItems: 0 },
    }),
    OutputItem: {
      oneOf: [
        closed(["type", "id", "status", "role", "content"], {
          type: tag("message"),
          id: { type: "string", pattern: "^msg_[0-9a-f]{24}$" },
          status: ITEM_STATUS,
          role: tag("assistant"),
          content: { type: "array", items: ref("OutputText") },
        }),
        ...(options.tools
          ? [
              closed(["type", "id", "call_id", "name", "arguments", "status"], {
                type: tag("function_call"),
                id: { type: "string", pattern: "^fc_[0-9a-f]{24}$" },
                call_id: { type: "string", pattern: "^call_[0-9a-f]{24}$" },
                name: { type: "string" },
                arguments: { type: "string" },
                status: ITEM_STATUS,
              }),
            ]
          : []),
        ...(options.reasoning
          ? [
              closed(["type", "id", "summary"], {
                type: tag("reasoning"),
                id: { type: "string", pattern: "^rs_[0-9a-f]{24}$" },
                summary: {
                  type: "array",
                  items: closed(["type", "text"], { type: tag("summary_text"), text: { type: "string" } }),
                },
              }),
            ]
          : []),
      ],
    },
  };
}

const usage = closed(
  ["input_tokens", "input_tokens_details", "output_tokens", "output_tokens_details", "total_tokens"],
  {
    input_tokens: count,
    input_tokens_details: closed(["cached_tokens"], { cached_tokens: count }),
    output_tokens: count,
    output_tokens_details: closed(["reasoning_tokens"], { reasoning_tokens: count }),
    total_tokens: count,
    cost: { type: "number", minimum: 0 },
  },
);

/** The strict model's response requires members a reply must fill from the request. */
const strictResponse = closed(
  [
    "id",
    "object",
    "created_at",
    "status",
    "model",
    "output",
    "error",
    "incomplete_details",
    "instructions",
    "metadata",
    "parallel_tool_calls",
    "tool_choice",
    "tools",
    "usage",
  ],
  {
    id: { type: "string", pattern: "^resp_[0-9a-f]{24}$" },
    object: tag("response"),
    created_at: { type: "integer" },
    status: { type: "string", enum: ["completed", "failed", "in_progress", "incomplete"] },
    model: { type: "string" },
    output: { type: "array", items: ref("OutputItem") },
    error: {
      anyOf: [{ type: "null" }, closed(["code", "message"], { code: { type: "string" }, message: { type: "string" } })],
    },
    incomplete_details: {
      anyOf: [{ type: "null" }, closed(["reason"], { reason: { type: "string", enum: ["max_output_tokens"] } })],
    },
    instructions: { type: ["string", "null"] },
    metadata: { type: "object", additionalProperties: { type: "string" } },
    parallel_tool_calls: { type: "boolean" },
    tool_choice: {},
    tools: { type: "array" },
    usage: { anyOf: [{ type: "null" }, ref("Usage")] },
  },
);

const liteResponse = {
  type: "object",
  required: ["id", "object", "created_at", "status", "model", "output"],
  properties: {
    output: { type: "array", items: ref("OutputItem") },
    usage: ref("Usage"),
  },
};

type Members = Record<string, unknown>;

function event(name: string, members: Members) {
  return closed(["type", "sequence_number", ...Object.keys(members)], {
    type: tag(name),
    sequence_number: count,
    ...members,
  });
}

function events(options: { reasoning: boolean; tools: boolean; full: boolean }) {
  const at = { item_id: { type: "string" }, output_index: count };
  const part = { ...at, content_index: count };
  const summary = { ...at, summary_index: count };
  const logprobs = options.full ? { logprobs: { type: "array", maxItems: 0 } } : {};
  const summaryPart = closed(["type", "text"], { type: tag("summary_text"), text: { type: "string" } });
  return {
    oneOf: [
      event("response.created", { response: ref("Response") }),
      ...(options.full ? [event("response.in_progress", { response: ref("Response") })] : []),
      event("response.output_item.added", { output_index: count, item: ref("OutputItem") }),
      event("response.content_part.added", { ...part, part: ref("OutputText") }),
      event("response.output_text.delta", { ...part, delta: { type: "string" }, ...logprobs }),
      event("response.output_text.done", { ...part, text: { type: "string" }, ...logprobs }),
      event("response.content_part.done", { ...part, part: ref("OutputText") }),
      event("response.output_item.done", { output_index: count, item: ref("OutputItem") }),
      ...(options.tools
        ? [
            event("response.function_call_arguments.delta", { ...at, delta: { type: "string" } }),
            event("response.function_call_arguments.done", { ...at, arguments: { type: "string" } }),
          ]
        : []),
      ...(options.reasoning
        ? [
            event("response.reasoning_summary_part.added", { ...summary, part: summaryPart }),
            event("response.reasoning_summary_text.delta", { ...summary, delta: { type: "string" } }),
            event("response.reasoning_summary_text.done", { ...summary, text: { type: "string" } }),
            event("response.reasoning_summary_part.done", { ...summary, part: summaryPart }),
          ]
        : []),
      event("response.completed", { response: ref("Response") }),
      ...(options.full
        ? [
            event("response.incomplete", { response: ref("Response") }),
            event("response.failed", { response: ref("Response") }),
          ]
        : []),
      closed(["type", "sequence_number", "message"], {
        type: tag("error"),
        sequence_number: count,
        code: { type: ["string", "null"] },
        message: { type: "string" },
        param: { type: ["string", "null"] },
      }),
    ],
  };
}

function responsesPath() {
  return {
    "/v1/responses": {
      post: {
        operationId: "createResponse",
        requestBody: { required: true, content: { "application/json": { schema: ref("CreateResponse") } } },
        responses: {
          "200": {
            description: "The response, or its stream of named events.",
            content: {
              "application/json": { schema: ref("Response") },
              "text/event-stream": { schema: ref("ResponseStreamEvent") },
            },
          },
        },
      },
    },
  };
}

/** A small chat operation, so one document serves two protocols. */
const chatPath = {
  "/v1/chat/completions": {
    post: {
      requestBody: {
        required: true,
        content: {
          "application/json": {
            schema: {
              type: "object",
              required: ["model", "messages"],
              properties: {
                model: { type: "string" },
                messages: { type: "array", minItems: 1 },
                stream: { type: "boolean" },
              },
            },
          },
        },
      },
      responses: {
        "200": {
          description: "OK",
          content: {
            "application/json": {
              schema: {
                type: "object",
                required: ["id", "object", "choices"],
                properties: { object: tag("chat.completion") },
              },
            },
          },
        },
      },
    },
  },
};

export const responsesDocument = {
  openapi: "3.1.0",
  info: { title: "openai/resp-test", version: "1.0.0" },
  paths: { ...chatPath, ...responsesPath() },
  components: {
    schemas: {
      CreateResponse: request({ reasoning: true, tools: true }),
      Response: strictResponse,
      Usage: usage,
      ...outputItems({ reasoning: true, tools: true }),
      ResponseStreamEvent: events({ reasoning: true, tools: true, full: true }),
    },
  },
};

export const responsesLiteDocument = {
  openapi: "3.1.0",
  info: { title: "tiny/resp-lite", version: "1.0.0" },
  paths: responsesPath(),
  components: {
    schemas: {
      CreateResponse: request({ reasoning: false, tools: false }),
      Response: liteResponse,
      Usage: usage,
      ...outputItems({ reasoning: false, tools: false }),
      ResponseStreamEvent: events({ reasoning: false, tools: false, full: false }),
    },
  },
};
