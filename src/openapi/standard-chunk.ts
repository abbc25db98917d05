/*
 * The chunk shape assumed for a model whose document declares no
 * `text/event-stream` schema: OpenAI's chat.completion.chunk with APIFree's
 * usage (cost included). Written with keywords that mean the same in
 * OpenAPI 3.0 and 3.1 (`nullable` instead of type arrays) so it can sit in
 * either kind of document. Open objects: a model may send more than this.
 */

const nullableString = { type: "string", nullable: true } as const;

const toolCallDelta = {
  type: "object",
  required: ["index"],
  properties: {
    index: { type: "integer", minimum: 0 },
    id: { type: "string" },
    type: { type: "string", enum: ["function"] },
    function: {
      type: "object",
      properties: { name: { type: "string" }, arguments: { type: "string" } },
    },
  },
} as const;

const usage = {
  type: "object",
  nullable: true,
  description:
    "Token counts and price of the whole completion; sent on the last chunk when `stream_options.include_usage` is set.",
  required: ["prompt_tokens", "completion_tokens", "total_tokens"],
  properties: {
    prompt_tokens: { type: "integer", minimum: 0 },
    completion_tokens: { type: "integer", minimum: 0 },
    total_tokens: { type: "integer", minimum: 0 },
    cost: { type: "number", minimum: 0, description: "Price of the request in US dollars." },
  },
} as const;

export const STANDARD_CHUNK_SCHEMA = {
  type: "object",
  description: "One server-sent chunk of a streamed chat completion.",
  required: ["id", "object", "created", "model", "choices"],
  properties: {
    id: { type: "string" },
    object: { type: "string", enum: ["chat.completion.chunk"] },
    created: { type: "integer" },
    model: { type: "string" },
    system_fingerprint: nullableString,
    choices: {
      type: "array",
      items: {
        type: "object",
        required: ["index", "delta"],
        properties: {
          index: { type: "integer", minimum: 0 },
          delta: {
            type: "object",
            properties: {
              role: { type: "string", enum: ["assistant"] },
              content: nullableString,
              refusal: nullableString,
              tool_calls: { type: "array", items: toolCallDelta },
            },
          },
          finish_reason: {
            type: "string",
            nullable: true,
            enum: ["stop", "length", "tool_calls", "content_filter", null],
          },
        },
      },
    },
    usage,
  },
} as const;
