/** A minimal, valid single-model OpenAPI document whose request schema is `request`. */
export function chatDocument(
  request: unknown,
  options: { openapi?: string; components?: Record<string, unknown> } = {},
): Record<string, unknown> {
  return {
    openapi: options.openapi ?? "3.1.0",
    info: { title: "test", version: "1" },
    paths: {
      "/v1/chat/completions": {
        post: {
          requestBody: { required: true, content: { "application/json": { schema: request } } },
          responses: {
            "200": {
              description: "ok",
              content: {
                "application/json": {
                  schema: { type: "object", required: ["id"], properties: { id: { type: "string" } } },
                },
              },
            },
          },
        },
      },
    },
    ...(options.components === undefined ? {} : { components: { schemas: options.components } }),
  };
}

export const SIMPLE_REQUEST = {
  type: "object",
  required: ["model", "messages"],
  additionalProperties: false,
  properties: {
    model: { type: "string" },
    messages: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["role", "content"],
        properties: { role: { enum: ["user", "system"] }, content: { type: "string" } },
      },
    },
    temperature: { type: "number", minimum: 0, maximum: 2 },
    stream: { type: "boolean" },
  },
};
