/*
 * A Google Gemini document written for these tests, following the public
 * shape in Google's style (camelCase, SCREAMING_CASE enums, a Part is the
 * one data member it holds), as OpenAPI 3.0 with `nullable`. The reply is
 * closed so a stray or missing member fails, and its event-stream schema
 * wraps the GenerateContentResponse in an SSE envelope (`{data: ...}`).
 *
 *   google/gemini-test   thinking (budget, includeThoughts), tools, candidateCount 1..4
 */

import { closed, count, ref } from "./schema-builders.js";

const FINISH_REASONS = ["FINISH_REASON_UNSPECIFIED", "STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "OTHER"];

const schemas = {
  Part: {
    oneOf: [
      closed(["text"], { text: { type: "string" }, thought: { type: "boolean" } }),
      closed(["functionCall"], {
        functionCall: closed(["name"], { name: { type: "string" }, args: { type: "object" } }),
      }),
      closed(["functionResponse"], {
        functionResponse: closed(["name", "response"], { name: { type: "string" }, response: { type: "object" } }),
      }),
    ],
  },
  Content: closed(["parts"], {
    role: { type: "string", enum: ["user", "model"] },
    parts: { type: "array", minItems: 1, items: ref("Part") },
  }),
  GenerationConfig: closed([], {
    temperature: { type: "number", minimum: 0, maximum: 2 },
    topP: { type: "number", minimum: 0, maximum: 1 },
    topK: { type: "integer", minimum: 1, maximum: 64 },
    candidateCount: { type: "integer", minimum: 1, maximum: 4 },
    maxOutputTokens: { type: "integer", minimum: 1, maximum: 8192 },
    stopSequences: { type: "array", maxItems: 5, items: { type: "string" } },
    thinkingConfig: closed([], {
      includeThoughts: { type: "boolean" },
      thinkingBudget: { type: "integer", minimum: -1, maximum: 24576 },
    }),
  }),
  GenerateContentRequest: closed(["model", "contents"], {
    model: { type: "string" },
    contents: { type: "array", minItems: 1, items: ref("Content") },
    system_instruction: closed(["parts"], {
      parts: { type: "array", minItems: 1, items: closed(["text"], { text: { type: "string" } }) },
    }),
    generationConfig: ref("GenerationConfig"),
    safetySettings: {
      type: "array",
      items: closed(["category", "threshold"], {
        category: { type: "string", enum: ["HARM_CATEGORY_HARASSMENT", "HARM_CATEGORY_HATE_SPEECH"] },
        threshold: { type: "string", enum: ["BLOCK_NONE", "BLOCK_ONLY_HIGH", "BLOCK_MEDIUM_AND_ABOVE"] },
      }),
    },
    tools: {
      type: "array",
      items: closed([], {
        functionDeclarations: {
          type: "array",
          minItems: 1,
          items: closed(["name"], {
            name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" },
            description: { type: "string" },
            parameters: { type: "object" },
          }),
        },
      }),
    },
    toolConfig: closed([], {
      functionCallingConfig: closed([], {
        mode: { type: "string", enum: ["AUTO", "ANY", "NONE"] },
        allowedFunctionNames: { type: "array", items: { type: "string" } },
      }),
    }),
    stream: { type: "boolean", nullable: true },
  }),
  GenerateContentResponse: closed(["candidates", "usageMetadata", "modelVersion"], {
    candidates: {
      type: "array",
      items: closed(["content"], {
        content: ref("Content"),
        finishReason: { type: "string", enum: FINISH_REASONS },
        index: count,
      }),
    },
    usageMetadata: closed(["promptTokenCount", "totalTokenCount"], {
      promptTokenCount: count,
      candidatesTokenCount: count,
      totalTokenCount: count,
      thoughtsTokenCount: count,
      cost: { type: "number", minimum: 0 },
    }),
    modelVersion: { type: "string" },
    responseId: { type: "string", nullable: true },
  }),
  GenerateContentEvent: {
    type: "object",
    required: ["data"],
    properties: { data: ref("GenerateContentResponse") },
  },
};

export const geminiDocument = {
  openapi: "3.0.3",
  info: { title: "google/gemini-test", version: "1.0.0" },
  paths: {
    "/google/gemini": {
      post: {
        operationId: "generateContent",
        requestBody: {
          required: true,
          content: { "application/json": { schema: ref("GenerateContentRequest") } },
        },
        responses: {
          "200": {
            description: "The reply, or its stream of GenerateContentResponse chunks.",
            content: {
              "application/json": { schema: ref("GenerateContentResponse") },
              "text/event-stream": { schema: ref("GenerateContentEvent") },
            },
          },
        },
      },
    },
  },
  components: { schemas },
};
