import type { OperationPart } from "../assemble.js";
import { streams } from "../spec.js";
import type { Build } from "./build.js";
import { range } from "./dialect.js";
import { errorResponses } from "./errors.js";
import { properties, type Schema } from "./json.js";
import { FUNCTION_NAME_PATTERN } from "./tools.js";

/*
 * Google's native Gemini format (POST /google/gemini, at the origin, outside
 * /v1), in Google's style: camelCase members, SCREAMING_CASE enums, no
 * discriminators (a Part is whichever one data member it holds), and closed
 * objects so that a misspelt `generationConfig` key is refused. `model` and
 * `stream` travel in the body. Each model narrows it: `thinkingConfig` with a
 * budget range (Gemini 2.5) or thinking levels (Gemini 3), or none at all;
 * `topK` only where the model has it; the output ceiling.
 */

const GEMINI_PATH = "/google/gemini";

const HARM_CATEGORIES = [
  "HARM_CATEGORY_HARASSMENT",
  "HARM_CATEGORY_HATE_SPEECH",
  "HARM_CATEGORY_SEXUALLY_EXPLICIT",
  "HARM_CATEGORY_DANGEROUS_CONTENT",
  "HARM_CATEGORY_CIVIC_INTEGRITY",
];
const THRESHOLDS = [
  "HARM_BLOCK_THRESHOLD_UNSPECIFIED",
  "BLOCK_LOW_AND_ABOVE",
  "BLOCK_MEDIUM_AND_ABOVE",
  "BLOCK_ONLY_HIGH",
  "BLOCK_NONE",
  "OFF",
];
const FINISH_REASONS = [
  "FINISH_REASON_UNSPECIFIED",
  "STOP",
  "MAX_TOKENS",
  "SAFETY",
  "RECITATION",
  "LANGUAGE",
  "OTHER",
  "BLOCKLIST",
  "PROHIBITED_CONTENT",
  "SPII",
  "MALFORMED_FUNCTION_CALL",
];

function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

function closed(required: string[], members: Record<string, Schema | undefined>, description?: string): Schema {
  return {
    type: "object",
    ...(description === undefined ? {} : { description }),
    ...(required.length === 0 ? {} : { required }),
    properties: properties(members),
    additionalProperties: false,
  };
}

/** A Part holds exactly one kind of data; a signature may ride along on any of them. */
function part(b: Build): Schema {
  const { c, spec } = b;
  const signature = { type: "string", format: "byte", description: "Opaque; send it back unchanged." };
  const kinds = ["TextPart"];
  c.named("TextPart", () =>
    closed(["text"], {
      text: { type: "string" },
      thought: { type: "boolean", description: "True on a thought summary (with `includeThoughts`)." },
      thoughtSignature: signature,
    }),
  );
  if (spec.vision) {
    c.named("Blob", () =>
      closed(["mimeType", "data"], {
        mimeType: { type: "string", description: "e.g. `image/png`, `audio/wav`, `application/pdf`." },
        data: { type: "string", format: "byte" },
      }),
    );
    c.named("InlineDataPart", () => closed(["inlineData"], { inlineData: ref("Blob") }, "Inline media bytes."));
    kinds.push("InlineDataPart");
  }
  if (spec.tools) {
    c.named("FunctionCallPart", () =>
      closed(["functionCall"], {
        functionCall: closed(["name"], {
          id: { type: "string" },
          name: { type: "string" },
          args: { type: "object", additionalProperties: true },
        }),
        thoughtSignature: signature,
      }),
    );
    c.named("FunctionResponsePart", () =>
      closed(["functionResponse"], {
        functionResponse: closed(["name", "response"], {
          id: { type: "string" },
          name: { type: "string" },
          response: { type: "object", additionalProperties: true },
        }),
      }),
    );
    kinds.push("FunctionCallPart", "FunctionResponsePart");
  }
  return c.named("Part", () => ({ description: "One piece of a turn.", oneOf: kinds.map(ref) }));
}

function content(b: Build): Schema {
  return b.c.named("Content", () =>
    closed(["parts"], {
      role: { type: "string", enum: ["user", "model"], description: "Who produced the turn." },
      parts: { type: "array", minItems: 1, items: part(b) },
    }),
  );
}

function thinkingConfig(b: Build): Schema | undefined {
  const { c, d, spec } = b;
  const reasoning = spec.reasoning;
  if (reasoning === undefined) return undefined;
  const budget = reasoning.thinkingBudget;
  const levels = reasoning.efforts;
  return c.named("ThinkingConfig", () =>
    closed([], {
      includeThoughts: { type: "boolean", description: "Return thought summaries as parts with `thought: true`." },
      thinkingBudget:
        budget === undefined
          ? undefined
          : {
              description: `Thinking tokens: ${budget.min} to ${budget.max}, or -1 to let the model decide${budget.min === 0 ? "; 0 turns thinking off" : ""}.`,
              oneOf: [d.constant("integer", -1), { type: "integer", ...range(d, budget.min, budget.max) }],
            },
      thinkingLevel:
        levels === undefined
          ? undefined
          : { type: "string", enum: [...levels], description: "How much the model thinks." },
    }),
  );
}

function generationConfigMembers(b: Build): Record<string, Schema | undefined> {
  const { d, spec } = b;
  const mimeTypes = ["text/plain", "application/json", ...(spec.jsonSchema ? ["text/x.enum"] : [])];
  const penalty = { type: "number", ...range(d, -2, 2, { max: true }) };
  return {
    temperature: { type: "number", ...range(d, 0, 2), description: "Randomness, 0 to 2." },
    topP: { type: "number", ...range(d, 0, 1) },
    topK: spec.topK === false ? undefined : { type: "integer", ...range(d, 1, 64) },
    candidateCount: { type: "integer", ...range(d, 1, 8), default: 1 },
    maxOutputTokens: { type: "integer", ...range(d, 1, spec.maxOutputTokens) },
    stopSequences: { type: "array", maxItems: 5, items: { type: "string" } },
    responseMimeType: { type: "string", enum: mimeTypes, default: "text/plain" },
    responseSchema: spec.jsonSchema
      ? { type: "object", additionalProperties: true, description: "OpenAPI schema the JSON output matches." }
      : undefined,
    presencePenalty: penalty,
    frequencyPenalty: penalty,
    seed: { type: "integer", minimum: -2147483648, maximum: 2147483647 },
    responseLogprobs: { type: "boolean" },
    logprobs: { type: "integer", ...range(d, 0, 20) },
    thinkingConfig: thinkingConfig(b),
  };
}

function generationConfig(b: Build): Schema {
  return b.c.named("GenerationConfig", () =>
    closed([], generationConfigMembers(b), "Generation controls, camelCase as Google names them."),
  );
}

/** api.md rows: the request members, with those of `generationConfig` and its `thinkingConfig` under dotted names. */
function documentedMembers(b: Build, members: Schema): Schema {
  const rows: Schema = {};
  for (const [name, schema] of Object.entries(members)) {
    rows[name] = schema;
    if (name !== "generationConfig") continue;
    for (const [inner, value] of Object.entries(properties(generationConfigMembers(b)))) {
      if (inner === "thinkingConfig") {
        const thinking = b.c.schemas.ThinkingConfig?.properties;
        if (thinking !== null && typeof thinking === "object" && !Array.isArray(thinking))
          for (const [knob, knobSchema] of Object.entries(thinking))
            rows[`generationConfig.thinkingConfig.${knob}`] = knobSchema;
      } else rows[`generationConfig.${inner}`] = value;
    }
  }
  return rows;
}

function tools(b: Build): { tools: Schema; toolConfig: Schema } {
  const { c } = b;
  const declaration = c.named("FunctionDeclaration", () =>
    closed(["name"], {
      name: { type: "string", pattern: FUNCTION_NAME_PATTERN },
      description: { type: "string" },
      parameters: { type: "object", additionalProperties: true, description: "OpenAPI schema of the arguments." },
    }),
  );
  const tool = c.named("Tool", () => ({
    ...closed([], {
      functionDeclarations: { type: "array", minItems: 1, items: declaration },
      googleSearch: closed([], {}, "Ground answers with Google Search."),
      codeExecution: closed([], {}, "Let the model run Python code."),
    }),
    minProperties: 1,
  }));
  const toolConfig = c.named("ToolConfig", () =>
    closed([], {
      functionCallingConfig: closed([], {
        mode: { type: "string", enum: ["AUTO", "ANY", "NONE", "VALIDATED"], default: "AUTO" },
        allowedFunctionNames: { type: "array", items: { type: "string" } },
      }),
    }),
  );
  return { tools: { type: "array", items: tool }, toolConfig };
}

function requestMembers(b: Build): Schema {
  const { c, d, spec } = b;
  const safety = c.named("SafetySetting", () =>
    closed(["category", "threshold"], {
      category: c.named("HarmCategory", () => ({ type: "string", enum: HARM_CATEGORIES })),
      threshold: c.named("HarmBlockThreshold", () => ({ type: "string", enum: THRESHOLDS })),
    }),
  );
  const toolMembers = spec.tools ? tools(b) : undefined;
  return properties({
    model: d.constant("string", spec.id, { description: "Model identifier; this document describes only this model." }),
    contents: { type: "array", minItems: 1, description: "The conversation, oldest turn first.", items: content(b) },
    system_instruction: c.named("SystemInstruction", () =>
      closed(["parts"], {
        role: { type: "string" },
        parts: { type: "array", minItems: 1, items: closed(["text"], { text: { type: "string" } }) },
      }),
    ),
    generationConfig: generationConfig(b),
    safetySettings: { type: "array", maxItems: HARM_CATEGORIES.length, items: safety },
    tools: toolMembers?.tools,
    toolConfig: toolMembers?.toolConfig,
    stream: streams(spec)
      ? { type: "boolean", default: false, description: "Stream GenerateContentResponse chunks as `data:` events." }
      : d.constant("boolean", false, { description: "This model does not stream." }),
  });
}

function response(b: Build): Schema {
  const { c, d, spec } = b;
  const count = { type: "integer", minimum: 0 };
  const rating = c.named("SafetyRating", () => ({
    type: "object",
    required: ["category", "probability"],
    properties: {
      category: ref("HarmCategory"),
      probability: { type: "string", enum: ["HARM_PROBABILITY_UNSPECIFIED", "NEGLIGIBLE", "LOW", "MEDIUM", "HIGH"] },
      blocked: { type: "boolean" },
    },
  }));
  const candidate = c.named("Candidate", () => ({
    type: "object",
    required: ["content"],
    properties: {
      content: content(b),
      finishReason: { type: "string", enum: FINISH_REASONS, description: "Absent until the last chunk." },
      safetyRatings: { type: "array", items: rating },
      index: count,
      tokenCount: count,
    },
  }));
  const usage = c.named("UsageMetadata", () => ({
    type: "object",
    required: ["promptTokenCount", "totalTokenCount"],
    properties: properties({
      promptTokenCount: count,
      candidatesTokenCount: count,
      totalTokenCount: count,
      thoughtsTokenCount: spec.reasoning === undefined ? undefined : count,
      cachedContentTokenCount: count,
      cost: { type: "number", minimum: 0, description: "Price of the request in US dollars, added by APIFree." },
    }),
  }));
  return c.named("GenerateContentResponse", () => ({
    type: "object",
    description: "A reply, or one chunk of a streamed reply (the text of each chunk continues the previous one).",
    required: ["usageMetadata", "modelVersion"],
    properties: {
      candidates: { type: "array", items: candidate },
      promptFeedback: {
        type: "object",
        properties: {
          blockReason: { type: "string", enum: ["BLOCK_REASON_UNSPECIFIED", "SAFETY", "OTHER", "BLOCKLIST"] },
          safetyRatings: { type: "array", items: rating },
        },
      },
      usageMetadata: usage,
      modelVersion: { type: "string" },
      responseId: d.nullable({ type: "string" }),
    },
  }));
}

function example(b: Build): Schema {
  const { spec } = b;
  const reasoning = spec.reasoning;
  const thinkingConfig =
    reasoning === undefined
      ? undefined
      : reasoning.thinkingBudget !== undefined
        ? { thinkingBudget: Math.max(1024, reasoning.thinkingBudget.min) }
        : { thinkingLevel: reasoning.efforts?.includes("low") ? "low" : (reasoning.efforts?.[0] ?? "low") };
  return {
    model: spec.id,
    system_instruction: { parts: [{ text: "You answer in one short paragraph." }] },
    contents: [{ role: "user", parts: [{ text: "Why is the sky blue?" }] }],
    generationConfig: {
      temperature: 0.7,
      maxOutputTokens: Math.min(1024, spec.maxOutputTokens),
      ...(thinkingConfig === undefined ? {} : { thinkingConfig }),
    },
  };
}

/** POST /google/gemini for the model of `b`. */
export function geminiOperation(b: Build): OperationPart {
  const { c, spec } = b;
  const members = requestMembers(b);
  const required = ["model", "contents"];
  const request = c.named("GenerateContentRequest", () => ({
    type: "object",
    description: `Body of POST /google/gemini for ${spec.name}.`,
    required,
    properties: members,
    additionalProperties: false,
  }));
  const reply = response(b);
  const operation: Schema = {
    operationId: "generateContent",
    summary: `Gemini generateContent with ${spec.name}`,
    description:
      "Google Gemini native request (at the origin, outside /v1), validated against this model's schema before it is routed upstream.",
    tags: ["Gemini"],
    requestBody: { required: true, content: { "application/json": { schema: request } } },
    responses: {
      "200": {
        description: streams(spec)
          ? "The reply; with `stream: true`, a `text/event-stream` of GenerateContentResponse chunks."
          : "The reply.",
        content: {
          "application/json": { schema: reply },
          ...(streams(spec) ? { "text/event-stream": { schema: reply } } : {}),
        },
      },
      ...errorResponses(b),
    },
  };
  return {
    key: "gemini",
    label: "Google Gemini",
    tag: "Gemini",
    paths: { [GEMINI_PATH]: { post: operation } },
    docs: [
      { endpoint: `POST ${GEMINI_PATH}`, properties: documentedMembers(b, members), required, example: example(b) },
    ],
  };
}
