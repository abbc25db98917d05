/*
 * Anthropic Messages documents written for these tests, following the
 * public shape. Replies and events are closed (additionalProperties: false)
 * so a member the protocol does not have, or a missing required one, fails.
 *
 *   anthro/claude-test   3.1; thinking, tools, a named-event union with ping, error and signature_delta
 *   lite/messages-lite   3.0; no thinking, no tools, no event-stream schema (the real API's events stand in)
 */

import { closed, ref, tag, textOrList } from "./schema-builders.js";

const textBlock = closed(["type", "text"], { type: tag("text"), text: { type: "string" } });

const requestComponents = {
  InputMessage: closed(["role", "content"], {
    role: { type: "string", enum: ["user", "assistant"] },
    content: textOrList({
      oneOf: [
        textBlock,
        closed(["type", "id", "name", "input"], {
          type: tag("tool_use"),
          id: { type: "string" },
          name: { type: "string" },
          input: { type: "object" },
        }),
        closed(["type", "tool_use_id"], {
          type: tag("tool_result"),
          tool_use_id: { type: "string" },
          content: { type: "string" },
        }),
      ],
    }),
  }),
  Tool: closed(["name", "input_schema"], {
    name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" },
    description: { type: "string" },
    input_schema: { type: "object", required: ["type"], properties: { type: tag("object") } },
  }),
};

const claudeRequest = closed(["model", "max_tokens", "messages"], {
  model: { type: "string" },
  max_tokens: { type: "integer", minimum: 1, maximum: 8192 },
  messages: { type: "array", minItems: 1, items: ref("InputMessage") },
  system: textOrList(textBlock),
  temperature: { type: "number", minimum: 0, maximum: 1 },
  top_k: { type: "integer", minimum: 0 },
  stop_sequences: { type: "array", items: { type: "string" } },
  thinking: {
    oneOf: [
      closed(["type", "budget_tokens"], { type: tag("enabled"), budget_tokens: { type: "integer", minimum: 1024 } }),
      closed(["type"], { type: tag("disabled") }),
    ],
  },
  tools: { type: "array", items: ref("Tool") },
  tool_choice: {
    oneOf: [
      closed(["type"], { type: { type: "string", enum: ["auto", "any", "none"] } }),
      closed(["type", "name"], { type: tag("tool"), name: { type: "string" } }),
    ],
  },
  metadata: closed([], { user_id: { type: "string" } }),
  stream: { type: "boolean" },
});

const STOP_REASONS = ["end_turn", "max_tokens", "stop_sequence", "tool_use"];

const claudeComponents = {
  ...requestComponents,
  ContentBlock: {
    oneOf: [
      closed(["type", "text"], { type: tag("text"), text: { type: "string" } }),
      closed(["type", "thinking"], {
        type: tag("thinking"),
        thinking: { type: "string" },
        signature: { type: "string" },
      }),
      closed(["type", "id", "name", "input"], {
        type: tag("tool_use"),
        id: { type: "string", pattern: "^toolu_[0-9a-f]{24}$" },
        name: { type: "string" },
        input: { type: "object" },
      }),
    ],
  },
  Message: closed(["id", "type", "role", "model", "content", "stop_reason", "stop_sequence", "usage"], {
    id: { type: "string", pattern: "^msg_[0-9a-f]{24}$" },
    type: tag("message"),
    role: tag("assistant"),
    model: { type: "string" },
    content: { type: "array", items: ref("ContentBlock") },
    stop_reason: { type: ["string", "null"], enum: [...STOP_REASONS, null] },
    stop_sequence: { type: ["string", "null"] },
    usage: closed(["input_tokens", "output_tokens"], {
      input_tokens: { type: "integer", minimum: 0 },
      output_tokens: { type: "integer", minimum: 0 },
      cost: { type: "number", minimum: 0 },
    }),
  }),
  MessageStreamEvent: {
    oneOf: [
      closed(["type", "message"], { type: tag("message_start"), message: ref("Message") }),
      closed(["type", "index", "content_block"], {
        type: tag("content_block_start"),
        index: { type: "integer", minimum: 0 },
        content_block: ref("ContentBlock"),
      }),
      closed(["type", "index", "delta"], {
        type: tag("content_block_delta"),
        index: { type: "integer", minimum: 0 },
        delta: {
          oneOf: [
            closed(["type", "text"], { type: tag("text_delta"), text: { type: "string" } }),
            closed(["type", "thinking"], { type: tag("thinking_delta"), thinking: { type: "string" } }),
            closed(["type", "signature"], { type: tag("signature_delta"), signature: { type: "string" } }),
            closed(["type", "partial_json"], { type: tag("input_json_delta"), partial_json: { type: "string" } }),
          ],
        },
      }),
      closed(["type", "index"], { type: tag("content_block_stop"), index: { type: "integer", minimum: 0 } }),
      closed(["type", "delta", "usage"], {
        type: tag("message_delta"),
        delta: closed(["stop_reason"], {
          stop_reason: { type: ["string", "null"], enum: [...STOP_REASONS, null] },
          stop_sequence: { type: ["string", "null"] },
        }),
        usage: closed(["output_tokens"], {
          output_tokens: { type: "integer", minimum: 0 },
          cost: { type: "number", minimum: 0 },
        }),
      }),
      closed(["type"], { type: tag("message_stop") }),
      closed(["type"], { type: tag("ping") }),
      closed(["type", "error"], {
        type: tag("error"),
        error: closed(["type", "message"], { type: { type: "string" }, message: { type: "string" } }),
      }),
    ],
    discriminator: { propertyName: "type" },
  },
};

function messagesPath(stream: boolean) {
  return {
    "/v1/messages": {
      post: {
        operationId: "createMessage",
        parameters: [{ name: "anthropic-version", in: "header", required: false, schema: { type: "string" } }],
        requestBody: { required: true, content: { "application/json": { schema: ref("CreateMessageParams") } } },
        responses: {
          "200": {
            description: "The message, or its stream of named events.",
            content: {
              "application/json": { schema: ref("Message") },
              ...(stream ? { "text/event-stream": { schema: ref("MessageStreamEvent") } } : {}),
            },
          },
        },
      },
    },
  };
}

export const claudeDocument = {
  openapi: "3.1.0",
  info: { title: "anthro/claude-test", version: "1.0.0" },
  paths: messagesPath(true),
  components: { schemas: { ...claudeComponents, CreateMessageParams: claudeRequest } },
};

export const messagesLiteDocument = {
  openapi: "3.0.3",
  info: { title: "lite/messages-lite", version: "1.0.0" },
  paths: messagesPath(false),
  components: {
    schemas: {
      InputMessage: requestComponents.InputMessage,
      CreateMessageParams: closed(["model", "max_tokens", "messages"], {
        model: { type: "string" },
        max_tokens: { type: "integer", minimum: 1, maximum: 1024 },
        messages: { type: "array", minItems: 1, items: ref("InputMessage") },
        system: { type: "string" },
        stream: { type: "boolean" },
      }),
      // Open, as a vendor's loose document may be: the reply's required members only.
      Message: {
        type: "object",
        required: ["id", "type", "role", "model", "content", "stop_reason", "usage"],
        properties: {
          content: { type: "array", items: { type: "object", required: ["type"] } },
          stop_reason: { type: "string", nullable: true },
          usage: { type: "object", required: ["input_tokens", "output_tokens"] },
        },
      },
    },
  },
};
