import { renderApiMd } from "./api-md.js";
import { type Build, Components } from "./schemas/build.js";
import { dialectFor } from "./schemas/dialect.js";
import type { Json, Schema } from "./schemas/json.js";
import type { Naming } from "./schemas/naming.js";
import { type BuiltModel, type CatalogEntry, type ModelSpec, streams } from "./spec.js";

/*
 * The part every vendor template shares: wrap the request members and the
 * response schemas a template built into an OpenAPI document with
 * POST /v1/chat/completions, render api.md from the same members, and make
 * the /v1/models entry.
 */

const SERVER_URL = "https://api.apifree.ai";
/** Documents carry a fixed version, not a build date: the catalog must be reproducible. */
const DOCUMENT_VERSION = "2026-01-15";

export function startBuild(spec: ModelSpec, naming: Naming, openapi?: string): Build {
  return { spec, d: dialectFor(spec.openapi, openapi), c: new Components(naming) };
}

export interface Vendor {
  /** Display name ("OpenAI"). */
  name: string;
  /** `owned_by` in the catalog. */
  ownedBy: string;
}

export interface ChatParts {
  vendor: Vendor;
  /** Request members in the order api.md lists them. */
  requestProperties: Schema;
  required?: readonly string[];
  /** `additionalProperties: false` on the request body. */
  closedRequest: boolean;
  /**
   * `allOf` layout: members named here form the base object, the others a
   * second object, and the request is their `allOf` (never closed, since a
   * closed branch would reject the other branch's members).
   */
  allOfBase?: readonly string[];
  /** Request body and 200 response as `components.requestBodies`/`components.responses` references. */
  componentBodies: boolean;
  completion: Schema;
  /** The `text/event-stream` schema; only used when the spec asks for one. */
  stream: Schema;
  extraPaths?: Record<string, Schema>;
  notes?: readonly string[];
}

function errorSchema(b: Build): Schema {
  return b.c.once("Error", () => ({
    type: "object",
    description:
      "APIFree's error envelope. Most errors arrive with HTTP 200 and this body; `code` is the HTTP-like status.",
    required: ["error"],
    properties: {
      code: { type: "integer", description: "400, 401, 404, 429, 500..." },
      error: {
        type: "object",
        required: ["message"],
        properties: {
          code: {
            type: "string",
            description: "e.g. `invalid_request_error`, `model_not_found`, `max_concurrency_exceeded`.",
          },
          message: { type: "string" },
          type: { type: "string" },
          param: b.d.nullable({ type: "string" }),
        },
      },
    },
  }));
}

function requestSchema(b: Build, parts: ChatParts, required: readonly string[]): Schema {
  const description = `Body of POST /v1/chat/completions for ${b.spec.name}.`;
  if (parts.allOfBase === undefined) {
    return b.c.once("Request", () => ({
      type: "object",
      description,
      required: [...required],
      properties: parts.requestProperties,
      ...(parts.closedRequest ? { additionalProperties: false } : {}),
    }));
  }
  const base: Schema = {};
  const rest: Schema = {};
  for (const [name, schema] of Object.entries(parts.requestProperties)) {
    (parts.allOfBase.includes(name) ? base : rest)[name] = schema;
  }
  const baseRef = b.c.once("RequestBase", () => ({ type: "object", required: [...required], properties: base }));
  const samplingRef = b.c.once("SamplingParameters", () => ({
    type: "object",
    description: "Generation controls.",
    properties: rest,
  }));
  return b.c.once("Request", () => ({ description, allOf: [baseRef, samplingRef] }));
}

function example(spec: ModelSpec, members: Schema): Schema {
  const body: Schema = {
    model: spec.id,
    messages: [
      { role: "system", content: "You answer in one short paragraph." },
      { role: "user", content: "Why is the sky blue?" },
    ],
  };
  const efforts = spec.reasoning?.efforts;
  if ("reasoning_effort" in members && efforts !== undefined)
    body.reasoning_effort = efforts.includes("low") ? "low" : (efforts[0] ?? "low");
  const temperature = members.temperature;
  const adjustable =
    temperature !== undefined &&
    temperature !== null &&
    typeof temperature === "object" &&
    !Array.isArray(temperature) &&
    temperature.type === "number" &&
    !("const" in temperature) &&
    !("enum" in temperature);
  if (adjustable) body.temperature = 0.7;
  if ("max_completion_tokens" in members) body.max_completion_tokens = Math.min(1024, spec.maxOutputTokens);
  else if ("max_tokens" in members) body.max_tokens = Math.min(512, spec.maxOutputTokens);
  return body;
}

function catalogEntry(spec: ModelSpec, vendor: Vendor): CatalogEntry {
  return {
    id: spec.id,
    object: "model",
    created: spec.created,
    owned_by: vendor.ownedBy,
    name: spec.name,
    context_length: spec.contextLength,
    max_output_tokens: spec.maxOutputTokens,
    pricing: { input_per_million: spec.pricing.input, output_per_million: spec.pricing.output },
    capabilities: {
      tools: spec.tools,
      vision: spec.vision,
      reasoning: spec.reasoning !== undefined,
      json_schema: spec.jsonSchema,
      streaming: streams(spec),
    },
  };
}

export function assembleModel(b: Build, parts: ChatParts): BuiltModel {
  const { spec, c } = b;
  const required = parts.required ?? ["model", "messages"];
  const request = requestSchema(b, parts, required);
  const error = errorSchema(b);
  const json = (schema: Schema): Schema => ({ "application/json": { schema } });
  const success: Schema = {
    description: streams(spec)
      ? "The completion; with `stream: true`, a `text/event-stream` of chunks ending with `data: [DONE]`."
      : "The completion.",
    content: {
      ...json(parts.completion),
      ...(spec.streamSchema ? { "text/event-stream": { schema: parts.stream } } : {}),
    },
  };
  const requestBody: Schema = { required: true, content: json(request) };
  const components: Schema = {
    schemas: c.schemas,
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Your APIFree API key." } },
  };
  if (parts.componentBodies) {
    components.requestBodies = { ChatCompletionRequestBody: requestBody };
    components.responses = { ChatCompletionResponse: success };
  }
  const operation: Schema = {
    operationId: "createChatCompletion",
    summary: `Chat completion with ${spec.name}`,
    description:
      "OpenAI Chat Completions-style request, validated against this model's schema before it is routed upstream.",
    tags: ["Chat"],
    requestBody: parts.componentBodies ? { $ref: "#/components/requestBodies/ChatCompletionRequestBody" } : requestBody,
    responses: {
      "200": parts.componentBodies ? { $ref: "#/components/responses/ChatCompletionResponse" } : success,
      "401": { description: "Missing or malformed API key.", content: json(error) },
      "429": { description: "Rate or concurrency limit (also sent with HTTP 200).", content: json(error) },
    },
  };
  const document: Record<string, Json> = {
    openapi: b.d.openapi,
    info: {
      title: `${spec.name} on APIFree`,
      version: DOCUMENT_VERSION,
      description: `${spec.summary} Served by APIFree under the model id \`${spec.id}\`.`,
    },
    servers: [{ url: SERVER_URL, description: "APIFree" }],
    security: [{ bearerAuth: [] }],
    tags: [{ name: "Chat" }, ...(parts.extraPaths === undefined ? [] : [{ name: "Text generation" }])],
    paths: { "/v1/chat/completions": { post: operation }, ...parts.extraPaths },
    components,
    "x-apifree-model": spec.id,
  };
  const apiMd = renderApiMd({
    spec,
    vendorName: parts.vendor.name,
    requestProperties: parts.requestProperties,
    required,
    components: c.schemas,
    example: example(spec, parts.requestProperties),
    notes: parts.notes ?? [],
  });
  return { id: spec.id, document, apiMd, catalogEntry: catalogEntry(spec, parts.vendor) };
}
