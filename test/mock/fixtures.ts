import { createParser, type EventSourceMessage } from "eventsource-parser";
import type { Snapshot } from "../../src/snapshot/format.js";

/*
 * A small catalog written for these tests, shaped like wire.md: the response
 * and chunk schemas are closed (additionalProperties: false) so a reply with
 * a field wire.md does not list, or without one it requires, fails them.
 *
 *   acme/reasoner-1      OpenAPI 3.1, reasoning_content in message and delta, tools, n 1..4,
 *                        max_completion_tokens, reasoning_effort; own text/event-stream schema
 *   beta-mini            OpenAPI 3.0, nullable, temperature 0..1, boolean exclusiveMaximum on top_p,
 *                        max_tokens 1..4096, top_k; no tools; no stream schema (standard chunk)
 *   vendor/tooler:free   OpenAPI 3.1, tools and tool_choice, stream schema wrapped in an SSE envelope
 */

const usageSchema = (reasoning: boolean) => ({
  type: "object",
  additionalProperties: false,
  required: ["prompt_tokens", "completion_tokens", "total_tokens", "cost"],
  properties: {
    prompt_tokens: { type: "integer", minimum: 0 },
    completion_tokens: { type: "integer", minimum: 0 },
    total_tokens: { type: "integer", minimum: 0 },
    cost: { type: "number", minimum: 0 },
    ...(reasoning
      ? {
          completion_tokens_details: {
            type: "object",
            additionalProperties: false,
            required: ["reasoning_tokens"],
            properties: { reasoning_tokens: { type: "integer", minimum: 0 } },
          },
        }
      : {}),
  },
});

const toolCallSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "type", "function"],
  properties: {
    id: { type: "string", pattern: "^call_[0-9a-f]{24}$" },
    type: { const: "function" },
    function: {
      type: "object",
      additionalProperties: false,
      required: ["name", "arguments"],
      properties: { name: { type: "string" }, arguments: { type: "string" } },
    },
  },
};

function responseSchema(options: { reasoning: boolean; tools: boolean; nullable: "3.0" | "3.1" }) {
  const nullableString = options.nullable === "3.1" ? { type: ["string", "null"] } : { type: "string", nullable: true };
  return {
    type: "object",
    additionalProperties: false,
    required: ["id", "object", "created", "model", "choices", "usage"],
    properties: {
      id: { type: "string", pattern: "^chatcmpl-[0-9a-f]{24}$" },
      object: { const: "chat.completion" },
      created: { type: "integer" },
      model: { type: "string" },
      system_fingerprint: { type: "string" },
      choices: {
        type: "array",
        minItems: 1,
        items: {
          type: "object",
          additionalProperties: false,
          required: ["index", "message", "finish_reason"],
          properties: {
            index: { type: "integer", minimum: 0 },
            message: {
              type: "object",
              additionalProperties: false,
              required: ["role", "content"],
              properties: {
                role: { const: "assistant" },
                content: nullableString,
                ...(options.reasoning ? { reasoning_content: { type: "string" } } : {}),
                ...(options.tools
                  ? { tool_calls: { type: "array", items: { $ref: "#/components/schemas/ToolCall" } } }
                  : {}),
              },
            },
            finish_reason: { enum: options.tools ? ["stop", "length", "tool_calls"] : ["stop", "length"] },
            logprobs: { type: "null" },
          },
        },
      },
      usage: { $ref: "#/components/schemas/Usage" },
    },
  };
}

function chunkSchema(options: { reasoning: boolean; tools: boolean }) {
  return {
    type: "object",
    additionalProperties: false,
    required: ["id", "object", "created", "model", "choices"],
    properties: {
      id: { type: "string", pattern: "^chatcmpl-[0-9a-f]{24}$" },
      object: { const: "chat.completion.chunk" },
      created: { type: "integer" },
      model: { type: "string" },
      system_fingerprint: { type: "string" },
      choices: {
        type: "array",
        items: {
          type: "object",
          additionalProperties: false,
          required: ["index", "delta", "finish_reason"],
          properties: {
            index: { type: "integer" },
            delta: {
              type: "object",
              additionalProperties: false,
              properties: {
                role: { const: "assistant" },
                content: { type: "string" },
                ...(options.reasoning ? { reasoning_content: { type: "string" } } : {}),
                ...(options.tools
                  ? {
                      tool_calls: {
                        type: "array",
                        items: {
                          type: "object",
                          additionalProperties: false,
                          required: ["index"],
                          properties: {
                            index: { type: "integer" },
                            id: { type: "string" },
                            type: { const: "function" },
                            function: {
                              type: "object",
                              additionalProperties: false,
                              properties: { name: { type: "string" }, arguments: { type: "string" } },
                            },
                          },
                        },
                      },
                    }
                  : {}),
              },
            },
            finish_reason: { type: ["string", "null"], enum: ["stop", "length", "tool_calls", null] },
            logprobs: { type: "null" },
          },
        },
      },
      usage: { anyOf: [{ type: "null" }, { $ref: "#/components/schemas/Usage" }] },
    },
  };
}

const messagesSchema = (openapi: "3.0" | "3.1") => ({
  type: "array",
  minItems: 1,
  items: {
    oneOf: [
      { $ref: "#/components/schemas/SystemMessage" },
      { $ref: "#/components/schemas/UserMessage" },
      { $ref: "#/components/schemas/AssistantMessage" },
      ...(openapi === "3.1" ? [{ $ref: "#/components/schemas/ToolMessage" }] : []),
    ],
    discriminator: { propertyName: "role" },
  },
});

const messageComponents = {
  SystemMessage: {
    type: "object",
    required: ["role", "content"],
    additionalProperties: false,
    properties: { role: { enum: ["system"] }, content: { type: "string" } },
  },
  UserMessage: {
    type: "object",
    required: ["role", "content"],
    additionalProperties: false,
    properties: {
      role: { enum: ["user"] },
      content: {
        oneOf: [
          { type: "string" },
          {
            type: "array",
            items: {
              type: "object",
              required: ["type", "text"],
              properties: { type: { enum: ["text"] }, text: { type: "string" } },
            },
          },
        ],
      },
    },
  },
  AssistantMessage: {
    type: "object",
    required: ["role"],
    additionalProperties: false,
    properties: {
      role: { enum: ["assistant"] },
      content: { type: "string", nullable: true },
      tool_calls: { type: "array" },
    },
  },
  ToolMessage: {
    type: "object",
    required: ["role", "content", "tool_call_id"],
    properties: { role: { enum: ["tool"] }, content: { type: "string" }, tool_call_id: { type: "string" } },
  },
};

const toolsSchema = {
  type: "array",
  items: {
    type: "object",
    required: ["type", "function"],
    properties: {
      type: { enum: ["function"] },
      function: {
        type: "object",
        required: ["name"],
        properties: {
          name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" },
          description: { type: "string" },
          parameters: { type: "object" },
        },
      },
    },
  },
};

const toolChoiceSchema = {
  oneOf: [
    { enum: ["none", "auto", "required"] },
    {
      type: "object",
      required: ["type", "function"],
      properties: {
        type: { enum: ["function"] },
        function: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
      },
    },
  ],
};

function document(
  openapi: string,
  title: string,
  request: unknown,
  response: unknown,
  stream: unknown | undefined,
  components: Record<string, unknown>,
) {
  return {
    openapi,
    info: { title, version: "1.0.0" },
    paths: {
      "/v1/chat/completions": {
        post: {
          operationId: "createChatCompletion",
          requestBody: { required: true, content: { "application/json": { schema: request } } },
          responses: {
            "200": {
              description: "OK",
              content: {
                "application/json": { schema: response },
                ...(stream === undefined ? {} : { "text/event-stream": { schema: stream } }),
              },
            },
          },
        },
      },
    },
    components: { schemas: components },
  };
}

const reasonerDocument = document(
  "3.1.0",
  "acme/reasoner-1",
  { $ref: "#/components/schemas/Request" },
  { $ref: "#/components/schemas/Response" },
  { $ref: "#/components/schemas/Chunk" },
  {
    ...messageComponents,
    Request: {
      type: "object",
      required: ["model", "messages"],
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        messages: messagesSchema("3.1"),
        stream: { type: "boolean" },
        stream_options: {
          type: ["object", "null"],
          properties: { include_usage: { type: "boolean" } },
          additionalProperties: false,
        },
        max_completion_tokens: { type: "integer", minimum: 1, maximum: 100000 },
        reasoning_effort: { enum: ["low", "medium", "high"] },
        n: { type: "integer", minimum: 1, maximum: 4 },
        tools: toolsSchema,
        tool_choice: toolChoiceSchema,
        seed: { type: "integer", minimum: -9223372036854776000, maximum: 9223372036854776000 },
      },
    },
    Response: responseSchema({ reasoning: true, tools: true, nullable: "3.1" }),
    Chunk: chunkSchema({ reasoning: true, tools: true }),
    ToolCall: toolCallSchema,
    Usage: usageSchema(true),
  },
);

const miniDocument = document(
  "3.0.3",
  "beta-mini",
  { $ref: "#/components/schemas/Request" },
  { $ref: "#/components/schemas/Response" },
  undefined,
  {
    ...messageComponents,
    Request: {
      type: "object",
      required: ["model", "messages"],
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        messages: messagesSchema("3.0"),
        stream: { type: "boolean", nullable: true },
        stream_options: { type: "object", nullable: true, properties: { include_usage: { type: "boolean" } } },
        temperature: { type: "number", minimum: 0, maximum: 1, nullable: true },
        top_p: { type: "number", minimum: 0, maximum: 1, exclusiveMinimum: true },
        top_k: { type: "integer", minimum: 1, maximum: 100 },
        max_tokens: { type: "integer", minimum: 1, maximum: 4096 },
        stop: {
          oneOf: [{ type: "string" }, { type: "array", items: { type: "string" }, maxItems: 4 }],
          nullable: true,
        },
      },
    },
    Response: responseSchema({ reasoning: false, tools: false, nullable: "3.0" }),
    ToolCall: toolCallSchema,
    Usage: usageSchema(false),
  },
);

const toolerDocument = document(
  "3.1.0",
  "vendor/tooler:free",
  { $ref: "#/components/schemas/Request" },
  { $ref: "#/components/schemas/Response" },
  { $ref: "#/components/schemas/StreamEvent" },
  {
    ...messageComponents,
    Request: {
      type: "object",
      required: ["model", "messages"],
      additionalProperties: false,
      properties: {
        model: { type: "string" },
        messages: messagesSchema("3.1"),
        stream: { type: "boolean" },
        stream_options: { type: "object", properties: { include_usage: { type: "boolean" } } },
        temperature: { type: "number", minimum: 0, maximum: 2 },
        max_tokens: { type: "integer", minimum: 1, maximum: 8192 },
        n: { type: "integer", minimum: 1, maximum: 8 },
        tools: toolsSchema,
        tool_choice: toolChoiceSchema,
      },
    },
    Response: responseSchema({ reasoning: false, tools: true, nullable: "3.1" }),
    StreamEvent: { type: "object", required: ["data"], properties: { data: { $ref: "#/components/schemas/Chunk" } } },
    Chunk: chunkSchema({ reasoning: false, tools: true }),
    ToolCall: toolCallSchema,
    Usage: usageSchema(false),
  },
);

const capabilities = (reasoning: boolean, tools: boolean) => ({
  tools,
  vision: false,
  reasoning,
  json_schema: false,
  streaming: true,
});

export const REASONER = "acme/reasoner-1";
export const MINI = "beta-mini";
export const TOOLER = "vendor/tooler:free";

export const TEST_SNAPSHOT: Snapshot = {
  catalog: {
    object: "list",
    data: [
      {
        id: REASONER,
        object: "model",
        created: 1760000000,
        owned_by: "acme",
        name: "Reasoner 1",
        context_length: 200000,
        pricing: { input_per_million: 3, output_per_million: 15 },
        capabilities: capabilities(true, true),
      },
      {
        id: MINI,
        object: "model",
        created: 1760000000,
        owned_by: "beta",
        name: "Beta Mini",
        context_length: 32000,
        pricing: { input_per_million: 0.25, output_per_million: 2 },
        capabilities: capabilities(false, false),
        extra: { kept: true },
      },
      {
        id: TOOLER,
        object: "model",
        created: 1760000000,
        owned_by: "vendor",
        name: "Tooler (free)",
        context_length: 128000,
        pricing: { input_per_million: 0, output_per_million: 0 },
        capabilities: capabilities(false, true),
      },
    ],
  },
  models: [
    { id: REASONER, document: reasonerDocument, apiMd: "# acme/reasoner-1\n\nThinks aloud.\n" },
    { id: MINI, document: miniDocument, apiMd: "# beta-mini\r\n\r\nSmall and quick — 3.0 document.\r\n" },
    { id: TOOLER, document: toolerDocument, apiMd: "# vendor/tooler:free\n\nCalls tools." },
  ],
};

export const KEY = "sk-test-key";

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: unknown;
}

export async function call(
  url: string,
  init: {
    method?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    key?: string | null;
  } = {},
): Promise<Reply> {
  const headers: Record<string, string> = {
    ...(init.body !== undefined || init.rawBody !== undefined ? { "content-type": "application/json" } : {}),
    ...init.headers,
  };
  if (init.key !== null) headers.authorization = `Bearer ${init.key ?? KEY}`;
  const response = await fetch(url, {
    method: init.method ?? (init.body !== undefined || init.rawBody !== undefined ? "POST" : "GET"),
    headers,
    ...(init.rawBody !== undefined
      ? { body: init.rawBody }
      : init.body !== undefined
        ? { body: JSON.stringify(init.body) }
        : {}),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** The `data:` payloads of an SSE body, parsed by eventsource-parser (raw strings, `[DONE]` included). */
export function sseData(text: string): string[] {
  const data: string[] = [];
  const parser = createParser({ onEvent: (event: EventSourceMessage) => data.push(event.data) });
  parser.feed(text);
  return data;
}

export function chunksOf(text: string): Array<Record<string, any>> {
  return sseData(text)
    .filter((data) => data !== "[DONE]")
    .map((data) => JSON.parse(data) as Record<string, any>);
}

export const hello = (model: string, extra: Record<string, unknown> = {}) => ({
  model,
  messages: [{ role: "user", content: "Hello there" }],
  ...extra,
});

/** Reads a streamed body until `count` events have arrived; the reader stays open (for stall tests). */
export async function readEvents(
  response: Response,
  count: number,
): Promise<{ reader: ReadableStreamDefaultReader<Uint8Array>; data: string[] }> {
  const reader = response.body!.getReader();
  const data: string[] = [];
  const parser = createParser({ onEvent: (event) => data.push(event.data) });
  const decoder = new TextDecoder();
  while (data.length < count) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`the stream ended after ${data.length} of ${count} events`);
    parser.feed(decoder.decode(value, { stream: true }));
  }
  return { reader, data };
}
