import { type ApiMdSection, renderApiMd, textModelHeader } from "./api-md.js";
import { type Build, Components } from "./schemas/build.js";
import { dialectFor } from "./schemas/dialect.js";
import { errorResponses } from "./schemas/errors.js";
import type { Json, Schema } from "./schemas/json.js";
import type { Naming } from "./schemas/naming.js";
import {
  type BuiltModel,
  type OperationKey,
  type SpecBase,
  streams,
  type TextCatalogEntry,
  type TextModelSpec,
  type TextOperation,
} from "./spec.js";

/*
 * The part every template shares: wrap the operations a template built into
 * an OpenAPI document, render api.md from the same request members, and make
 * the /v1/models entry. Chat completions is one operation among others here;
 * `chatOperation` turns a vendor's chat parts into it.
 */

const SERVER_URL = "https://api.apifree.ai";
/** Documents carry a fixed version, not a build date: the catalog must be reproducible. */
const DOCUMENT_VERSION = "2026-01-15";

export function startBuild<S extends SpecBase>(spec: S, naming: Naming, openapi?: string): Build<S> {
  return { spec, d: dialectFor(spec.openapi, openapi), c: new Components(naming) };
}

export interface Vendor {
  /** Display name ("OpenAI"). */
  name: string;
  /** `owned_by` in the catalog. */
  ownedBy: string;
}

/** One operation family of a document: its paths, the components they refer to, and what api.md shows. */
export interface OperationPart {
  key: OperationKey;
  /** Protocol name for api.md ("Anthropic Messages"). */
  label: string;
  /** Tag of its operations. */
  tag: string;
  paths: Record<string, Schema>;
  /** Entries of `components.requestBodies`, `components.responses` and `components.parameters`. */
  components?: { requestBodies?: Schema; responses?: Schema; parameters?: Schema };
  /** One api.md section per request body. */
  docs: readonly ApiMdSection[];
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
  notes?: readonly string[];
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

function chatExample(spec: TextModelSpec, members: Schema): Schema {
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

function json(schema: Schema): Schema {
  return { "application/json": { schema } };
}

/** POST /v1/chat/completions from a vendor's chat parts. */
export function chatOperation(b: Build, parts: ChatParts): OperationPart {
  const { spec } = b;
  const required = parts.required ?? ["model", "messages"];
  const request = requestSchema(b, parts, required);
  const success: Schema = {
    description: streams(spec)
      ? "The completion; with `stream: true`, a `text/event-stream` of chunks ending with `data: [DONE]`."
      : "The completion.",
    content: {
      ...json(parts.completion),
      ...(spec.streamSchema === true ? { "text/event-stream": { schema: parts.stream } } : {}),
    },
  };
  const requestBody: Schema = { required: true, content: json(request) };
  const operation: Schema = {
    operationId: "createChatCompletion",
    summary: `Chat completion with ${spec.name}`,
    description:
      "OpenAI Chat Completions-style request, validated against this model's schema before it is routed upstream.",
    tags: ["Chat"],
    requestBody: parts.componentBodies ? { $ref: "#/components/requestBodies/ChatCompletionRequestBody" } : requestBody,
    responses: {
      "200": parts.componentBodies ? { $ref: "#/components/responses/ChatCompletionResponse" } : success,
      ...errorResponses(b),
    },
  };
  return {
    key: "chat.completions",
    label: "OpenAI Chat Completions",
    tag: "Chat",
    paths: { "/v1/chat/completions": { post: operation } },
    ...(parts.componentBodies
      ? {
          components: {
            requestBodies: { ChatCompletionRequestBody: requestBody },
            responses: { ChatCompletionResponse: success },
          },
        }
      : {}),
    docs: [
      {
        endpoint: "POST /v1/chat/completions",
        properties: parts.requestProperties,
        required,
        example: chatExample(spec, parts.requestProperties),
      },
    ],
  };
}

function textCatalogEntry(spec: TextModelSpec, vendor: Vendor): TextCatalogEntry {
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

function mergeSection(target: Schema, entries: Schema | undefined): void {
  if (entries !== undefined) Object.assign(target, entries);
}

/** The OpenAPI document holding `operations`, in their order. */
export function assembleDocument(b: Build<SpecBase>, operations: readonly OperationPart[]): Record<string, Json> {
  const { spec, c } = b;
  if (operations.length === 0) throw new Error(`model ${JSON.stringify(spec.id)}: no operation`);
  const components: Schema = {
    schemas: c.schemas,
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "Your APIFree API key." } },
  };
  const sections = { requestBodies: {}, responses: {}, parameters: {} } as Record<string, Schema>;
  const paths: Schema = {};
  const tags: string[] = [];
  for (const operation of operations) {
    Object.assign(paths, operation.paths);
    if (!tags.includes(operation.tag)) tags.push(operation.tag);
    for (const section of ["requestBodies", "responses", "parameters"] as const)
      mergeSection(sections[section] as Schema, operation.components?.[section]);
  }
  for (const [section, entries] of Object.entries(sections))
    if (Object.keys(entries).length > 0) components[section] = entries;
  return {
    openapi: b.d.openapi,
    info: {
      title: `${spec.name} on APIFree`,
      version: DOCUMENT_VERSION,
      description: `${spec.summary} Served by APIFree under the model id \`${spec.id}\`.`,
    },
    servers: [{ url: SERVER_URL, description: "APIFree" }],
    security: [{ bearerAuth: [] }],
    tags: tags.map((name) => ({ name })),
    paths,
    components,
    "x-apifree-model": spec.id,
  };
}

/** A text model: its document, api.md and catalog entry. */
export function assembleTextModel(
  b: Build,
  vendor: Vendor,
  operations: readonly OperationPart[],
  notes: readonly string[] = [],
): BuiltModel {
  const { spec, c } = b;
  const document = assembleDocument(b, operations);
  const apiMd = renderApiMd({
    header: textModelHeader(spec, vendor.name, operations, notes),
    components: c.schemas,
    sections: operations.flatMap((operation) => operation.docs),
  });
  return { id: spec.id, document, apiMd, catalogEntry: textCatalogEntry(spec, vendor) };
}

/** A chat-only model, as most vendor templates build it. */
export function assembleModel(b: Build, parts: ChatParts): BuiltModel {
  return assembleTextModel(b, parts.vendor, [chatOperation(b, parts)], parts.notes);
}

/** The operations a text spec lists, in its order, each made by the template's builder for it. */
export function buildOperations(
  spec: TextModelSpec,
  builders: Partial<Record<TextOperation, () => OperationPart>>,
): OperationPart[] {
  return (spec.operations ?? ["chat.completions"]).map((key) => {
    const build = builders[key];
    if (build === undefined) throw new Error(`model ${JSON.stringify(spec.id)}: its vendor template has no ${key}`);
    return build();
  });
}
