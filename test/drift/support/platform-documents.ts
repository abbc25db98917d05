import type { JsonObject } from "./schema-walk.js";

/*
 * Small hand-written per-model documents for every operation family drift
 * compares (Messages, Responses, Gemini, videos, an operation outside the
 * table, and chat beside Messages), shaped like the public protocols but
 * independent of the bundled catalog. The 3.0 ones use 3.0 spellings
 * (`nullable`, boolean `exclusiveMinimum`, `example`) so a 3.1 migration
 * really rewrites them.
 */

const json = (schema: JsonObject): JsonObject => ({ "application/json": { schema } });
const ref = (name: string): JsonObject => ({ $ref: `#/components/schemas/${name}` });
const ok = (content: JsonObject): JsonObject => ({ "200": { description: "OK", content } });

function post(request: JsonObject, responseContent: JsonObject): JsonObject {
  return { post: { requestBody: { required: true, content: request }, responses: ok(responseContent) } };
}

const MESSAGES_SCHEMAS: JsonObject = {
  MessagesRequest: {
    type: "object",
    required: ["model", "max_tokens", "messages"],
    additionalProperties: false,
    properties: {
      model: { type: "string" },
      max_tokens: { type: "integer", minimum: 1, maximum: 64000 },
      messages: { type: "array", minItems: 1, items: ref("InputMessage") },
      system: { oneOf: [{ type: "string" }, { type: "array", items: ref("TextBlock") }] },
      temperature: { type: "number", minimum: 0, maximum: 1, nullable: true, example: 0.7 },
      top_k: { type: "integer", minimum: 0, exclusiveMinimum: true },
      stop_sequences: { type: "array", items: { type: "string" }, maxItems: 4 },
      stream: { type: "boolean" },
      thinking: {
        type: "object",
        required: ["type", "budget_tokens"],
        properties: {
          type: { type: "string", enum: ["enabled"] },
          budget_tokens: { type: "integer", minimum: 1024 },
        },
      },
    },
  },
  InputMessage: {
    type: "object",
    required: ["role", "content"],
    properties: {
      role: { type: "string", enum: ["user", "assistant"] },
      content: { oneOf: [{ type: "string" }, { type: "array", items: ref("ContentBlock") }] },
    },
  },
  TextBlock: {
    type: "object",
    required: ["type", "text"],
    properties: { type: { type: "string", enum: ["text"] }, text: { type: "string" } },
  },
  ToolUseBlock: {
    type: "object",
    required: ["type", "id", "name", "input"],
    properties: {
      type: { type: "string", enum: ["tool_use"] },
      id: { type: "string" },
      name: { type: "string" },
      input: { type: "object" },
    },
  },
  ContentBlock: { oneOf: [ref("TextBlock"), ref("ToolUseBlock")] },
  Message: {
    type: "object",
    required: ["id", "type", "role", "content", "model", "usage"],
    properties: {
      id: { type: "string" },
      type: { type: "string", enum: ["message"] },
      role: { type: "string", enum: ["assistant"] },
      content: { type: "array", items: ref("ContentBlock") },
      model: { type: "string" },
      stop_reason: {
        type: "string",
        enum: ["end_turn", "max_tokens", "stop_sequence", "tool_use"],
        nullable: true,
      },
      usage: ref("MessagesUsage"),
    },
  },
  MessagesUsage: {
    type: "object",
    required: ["input_tokens", "output_tokens"],
    properties: { input_tokens: { type: "integer" }, output_tokens: { type: "integer" } },
  },
};

/** The schema of one Messages stream event, for documents that declare the stream. */
export const MESSAGES_EVENT: JsonObject = {
  type: "object",
  required: ["type"],
  properties: {
    type: {
      type: "string",
      enum: [
        "message_start",
        "content_block_start",
        "content_block_delta",
        "content_block_stop",
        "message_delta",
        "message_stop",
        "ping",
        "error",
      ],
    },
    index: { type: "integer", minimum: 0 },
  },
};

const MESSAGES_PATH: JsonObject = post(json(ref("MessagesRequest")), json(ref("Message")));

/** A Messages-only model (OpenAPI 3.0), without a stream schema. */
export function messagesDocument(): JsonObject {
  return {
    openapi: "3.0.3",
    info: { title: "claude-test", version: "1" },
    paths: { "/v1/messages": structuredClone(MESSAGES_PATH) },
    components: { schemas: structuredClone(MESSAGES_SCHEMAS) },
  };
}

/** A model serving chat and Messages, both with a `temperature` at the same pointer. */
export function chatAndMessagesDocument(): JsonObject {
  const doc = messagesDocument();
  (doc.paths as JsonObject)["/v1/chat/completions"] = post(
    json({
      type: "object",
      required: ["model", "messages"],
      properties: {
        model: { type: "string" },
        messages: { type: "array", items: { type: "object" } },
        temperature: { type: "number", minimum: 0, maximum: 2 },
        stream: { type: "boolean" },
      },
    }),
    json({
      type: "object",
      required: ["id", "choices"],
      properties: { id: { type: "string" }, choices: { type: "array", items: { type: "object" } } },
    }),
  );
  return doc;
}

/** A Responses-only model (OpenAPI 3.1), with its event stream. */
export function responsesDocument(): JsonObject {
  return {
    openapi: "3.1.0",
    info: { title: "gpt-test", version: "1" },
    paths: {
      "/v1/responses": post(json(ref("ResponsesRequest")), {
        ...json(ref("Response")),
        "text/event-stream": { schema: ref("ResponseStreamEvent") },
      }),
    },
    components: {
      schemas: {
        ResponsesRequest: {
          type: "object",
          required: ["model", "input"],
          properties: {
            model: { type: "string" },
            input: { anyOf: [{ type: "string" }, { type: "array", items: { type: "object" } }] },
            instructions: { type: ["string", "null"] },
            max_output_tokens: { type: "integer", minimum: 16 },
            reasoning: {
              type: "object",
              properties: {
                effort: { type: "string", enum: ["minimal", "low", "medium", "high"] },
                summary: { type: ["string", "null"], enum: ["auto", "concise", "detailed", null] },
              },
            },
            text: {
              type: "object",
              properties: {
                format: {
                  type: "object",
                  required: ["type"],
                  properties: { type: { type: "string", enum: ["text", "json_schema", "json_object"] } },
                },
              },
            },
            stream: { type: "boolean" },
          },
        },
        Response: {
          type: "object",
          required: ["id", "object", "status", "output"],
          properties: {
            id: { type: "string" },
            object: { const: "response" },
            status: { type: "string", enum: ["completed", "failed", "in_progress", "incomplete"] },
            output: { type: "array", items: { type: "object" } },
            usage: {
              type: "object",
              properties: { input_tokens: { type: "integer" }, output_tokens: { type: "integer" } },
            },
          },
        },
        ResponseStreamEvent: {
          type: "object",
          required: ["type", "sequence_number"],
          properties: { type: { type: "string" }, sequence_number: { type: "integer", minimum: 0 } },
        },
      },
    },
  };
}

/** A Gemini-only model (OpenAPI 3.0) whose stream schema wraps the response in an SSE envelope. */
export function geminiDocument(): JsonObject {
  return {
    openapi: "3.0.3",
    info: { title: "gemini-test", version: "1" },
    paths: {
      "/google/gemini": post(json(ref("GenerateContentRequest")), {
        ...json(ref("GenerateContentResponse")),
        "text/event-stream": {
          schema: { type: "object", required: ["data"], properties: { data: ref("GenerateContentResponse") } },
        },
      }),
    },
    components: {
      schemas: {
        Content: {
          type: "object",
          properties: {
            role: { type: "string", enum: ["user", "model"] },
            parts: { type: "array", items: { type: "object", properties: { text: { type: "string" } } } },
          },
        },
        GenerateContentRequest: {
          type: "object",
          required: ["model", "contents"],
          properties: {
            model: { type: "string" },
            contents: { type: "array", items: ref("Content") },
            system_instruction: ref("Content"),
            generationConfig: {
              type: "object",
              additionalProperties: false,
              properties: {
                temperature: { type: "number", minimum: 0, maximum: 2 },
                topK: { type: "integer", minimum: 1 },
                maxOutputTokens: { type: "integer", minimum: 1, maximum: 65536 },
                thinkingConfig: {
                  type: "object",
                  properties: { thinkingBudget: { type: "integer", minimum: 0, maximum: 32768 } },
                },
              },
            },
            safetySettings: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  category: { type: "string", enum: ["HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH"] },
                  threshold: { type: "string", enum: ["BLOCK_NONE", "BLOCK_ONLY_HIGH"] },
                },
              },
            },
            stream: { type: "boolean" },
          },
        },
        GenerateContentResponse: {
          type: "object",
          properties: {
            candidates: {
              type: "array",
              items: {
                type: "object",
                properties: {
                  content: ref("Content"),
                  finishReason: { type: "string", enum: ["STOP", "MAX_TOKENS", "SAFETY"], nullable: true },
                },
              },
            },
            usageMetadata: {
              type: "object",
              properties: {
                promptTokenCount: { type: "integer" },
                candidatesTokenCount: { type: "integer" },
                totalTokenCount: { type: "integer" },
              },
            },
          },
        },
      },
    },
  };
}

/** A video model (OpenAPI 3.0): create as JSON or multipart, poll, remix; one task schema for all three. */
export function videoDocument(): JsonObject {
  return {
    openapi: "3.0.3",
    info: { title: "sora-test", version: "1" },
    paths: {
      "/v1/videos": post(
        {
          ...json(ref("VideoCreate")),
          "multipart/form-data": { schema: ref("VideoCreateMultipart") },
        },
        json(ref("VideoTask")),
      ),
      "/v1/videos/{task_id}": {
        get: {
          parameters: [{ name: "task_id", in: "path", required: true, schema: { type: "string" } }],
          responses: ok(json(ref("VideoTask"))),
        },
      },
      "/v1/videos/{video_id}/remix": {
        post: {
          parameters: [{ name: "video_id", in: "path", required: true, schema: { type: "string" } }],
          requestBody: {
            required: true,
            content: json({
              type: "object",
              required: ["prompt"],
              properties: { prompt: { type: "string", minLength: 1, maxLength: 4000 } },
            }),
          },
          responses: ok(json(ref("VideoTask"))),
        },
      },
    },
    components: {
      schemas: {
        VideoSize: { type: "string", enum: ["1280x720", "720x1280", "1792x1024"] },
        VideoCreate: {
          type: "object",
          required: ["model", "prompt"],
          properties: {
            model: { type: "string" },
            prompt: { type: "string", minLength: 1 },
            size: ref("VideoSize"),
            seconds: { type: "string", enum: ["4", "8", "12"], example: "8" },
          },
        },
        VideoCreateMultipart: {
          type: "object",
          required: ["model", "prompt"],
          properties: {
            model: { type: "string" },
            prompt: { type: "string", minLength: 1 },
            size: ref("VideoSize"),
            seconds: { type: "string", enum: ["4", "8", "12"] },
            input_reference: { type: "string", format: "binary" },
          },
        },
        VideoTask: {
          type: "object",
          required: ["id", "object", "status"],
          properties: {
            id: { type: "string" },
            object: { type: "string", enum: ["video"] },
            status: { type: "string", enum: ["queued", "in_progress", "completed", "failed"] },
            progress: { type: "integer", minimum: 0, maximum: 100 },
            error: {
              type: "object",
              nullable: true,
              properties: { code: { type: "string" }, message: { type: "string" } },
            },
          },
        },
      },
    },
  };
}

/** An image-only model: one operation outside the family table. */
export function imageDocument(): JsonObject {
  return {
    openapi: "3.0.3",
    info: { title: "image-test", version: "1" },
    paths: {
      "/v1/images/generations": post(
        json({
          type: "object",
          required: ["model", "prompt"],
          properties: {
            model: { type: "string" },
            prompt: { type: "string" },
            size: { type: "string", enum: ["1024x1024", "1536x1024"] },
            n: { type: "integer", minimum: 1, maximum: 4, nullable: true },
          },
        }),
        json({
          type: "object",
          required: ["created", "data"],
          properties: {
            created: { type: "integer" },
            data: {
              type: "array",
              items: { type: "object", properties: { url: { type: "string" }, b64_json: { type: "string" } } },
            },
          },
        }),
      ),
    },
  };
}

/** Every document above, by the name the tests print. */
export const PLATFORM_DOCUMENTS: ReadonlyArray<[string, () => JsonObject]> = [
  ["messages", messagesDocument],
  ["chat + messages", chatAndMessagesDocument],
  ["responses", responsesDocument],
  ["gemini", geminiDocument],
  ["videos", videoDocument],
  ["image (outside the table)", imageDocument],
];
