import type { OperationPart } from "../assemble.js";
import { hasExtra, streams } from "../spec.js";
import { type Build, unionOf } from "./build.js";
import { errorResponses } from "./errors.js";
import { compact, eventTag, properties, type Schema } from "./json.js";
import { metadata, reasoningEffort } from "./request-fields.js";
import { FUNCTION_NAME_PATTERN } from "./tools.js";

/*
 * OpenAI's Responses API (POST /v1/responses) in OpenAI's own style: plain
 * discriminators without mappings, open nested objects, long component
 * names, the `ReasoningEffort` and `Metadata` components shared with chat.
 * The request body itself is closed, since APIFree validates it against the
 * model: `temperature`/`top_p` only on non-reasoning models, `reasoning`
 * with the model's own effort values, `text.format` with `json_schema` where
 * the model has structured output, function and web search tools. The
 * stream is a oneOf of named events, each with `type` and `sequence_number`.
 */

const RESPONSES_PATH = "/v1/responses";

const RESPONSE_STATUSES = ["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"];

function ref(name: string): Schema {
  return { $ref: `#/components/schemas/${name}` };
}

function webSearch(b: Build): boolean {
  return b.spec.tools && hasExtra(b.spec, "web-search");
}

function inputContent(b: Build): Schema {
  const { c, d, spec } = b;
  const members: Array<[string, string]> = [["input_text", "ResponseInputText"]];
  c.named("ResponseInputText", () => ({
    type: "object",
    required: ["type", "text"],
    properties: { type: d.constant("string", "input_text"), text: { type: "string" } },
  }));
  if (spec.vision) {
    c.named("ResponseInputImage", () => ({
      type: "object",
      description: "An image by URL (or `data:` URL) or by uploaded file id.",
      required: ["type"],
      properties: {
        type: d.constant("string", "input_image"),
        image_url: d.nullable({ type: "string", format: "uri" }),
        file_id: d.nullable({ type: "string" }),
        detail: { type: "string", enum: ["low", "high", "auto"], default: "auto" },
      },
    }));
    members.push(["input_image", "ResponseInputImage"]);
  }
  return c.named("ResponseInputContent", () => unionOf("plain", "type", members));
}

const ITEM_STATUS = { type: "string", enum: ["in_progress", "completed", "incomplete"] };

function functionToolCall(b: Build): Schema {
  return b.c.named("ResponseFunctionToolCall", () => ({
    type: "object",
    description: "A function call of the model.",
    required: ["type", "call_id", "name", "arguments"],
    properties: {
      type: b.d.constant("string", "function_call"),
      id: { type: "string" },
      call_id: { type: "string", description: "Quote it in the `function_call_output` that answers the call." },
      name: { type: "string" },
      arguments: { type: "string", description: "JSON text; validate before use." },
      status: ITEM_STATUS,
    },
  }));
}

function inputItem(b: Build): Schema {
  const { c, d, spec } = b;
  c.named("EasyInputMessage", () => ({
    type: "object",
    description: "A message; `developer` and `system` messages take precedence over `user` ones.",
    required: ["role", "content"],
    properties: {
      type: d.constant("string", "message"),
      role: { type: "string", enum: ["user", "assistant", "system", "developer"] },
      content: {
        description: "Text, or input content parts.",
        oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: inputContent(b) }],
      },
    },
  }));
  const branches = [ref("EasyInputMessage")];
  if (spec.tools) {
    c.named("FunctionCallOutput", () => ({
      type: "object",
      description: "The result of a function call, answering the call with the same `call_id`.",
      required: ["type", "call_id", "output"],
      properties: {
        type: d.constant("string", "function_call_output"),
        call_id: { type: "string" },
        output: { type: "string" },
      },
    }));
    // A call the model made earlier goes back as history in the very shape it came out.
    branches.push(functionToolCall(b), ref("FunctionCallOutput"));
  }
  // No discriminator: a message item may leave out its `type`.
  return c.named("ResponseInputItem", () => ({ oneOf: branches }));
}

function textParam(b: Build): Schema {
  const { c, d, spec } = b;
  const members: Array<[string, string]> = [["text", "TextFormatText"]];
  c.named("TextFormatText", () => ({
    type: "object",
    required: ["type"],
    properties: { type: d.constant("string", "text") },
  }));
  if (spec.jsonMode !== false) {
    c.named("TextFormatJsonObject", () => ({
      type: "object",
      required: ["type"],
      properties: { type: d.constant("string", "json_object") },
    }));
    members.push(["json_object", "TextFormatJsonObject"]);
  }
  if (spec.jsonSchema) {
    c.named("TextResponseFormatJsonSchema", () => ({
      type: "object",
      description: "Structured output: the reply matches the given JSON Schema.",
      required: ["type", "name", "schema"],
      properties: {
        type: d.constant("string", "json_schema"),
        name: { type: "string", pattern: FUNCTION_NAME_PATTERN, maxLength: 64 },
        description: { type: "string" },
        schema: { type: "object", additionalProperties: true },
        strict: { ...d.nullable({ type: "boolean" }), default: false },
      },
    }));
    members.push(["json_schema", "TextResponseFormatJsonSchema"]);
  }
  c.named("TextResponseFormatConfiguration", () => unionOf("plain", "type", members));
  return c.named("ResponseTextParam", () => ({
    type: "object",
    description: "Output text options.",
    properties: properties({
      format: ref("TextResponseFormatConfiguration"),
      verbosity: hasExtra(spec, "verbosity")
        ? { ...d.nullable({ type: "string", enum: ["low", "medium", "high"] }), default: "medium" }
        : undefined,
    }),
  }));
}

function reasoning(b: Build): Schema | undefined {
  const { c, d, spec } = b;
  if (spec.reasoning === undefined) return undefined;
  const efforts = spec.reasoning.efforts;
  const effort =
    efforts === undefined
      ? undefined
      : reasoningEffort(b, efforts, {
          component: true,
          nullable: true,
          ...(efforts.includes("medium") ? { defaultValue: "medium" } : {}),
        });
  const object = c.named("Reasoning", () => ({
    type: "object",
    description: "Reasoning options (reasoning models only).",
    properties: properties({
      effort,
      summary: {
        ...d.nullable({ type: "string", enum: ["auto", "concise", "detailed"] }),
        description: "Ask for a summary of the reasoning.",
      },
    }),
  }));
  return d.nullableRef(object);
}

function tools(b: Build): { tools: Schema; toolChoice: Schema } {
  const { c, d } = b;
  const members: Array<[string, string]> = [["function", "FunctionTool"]];
  c.named("FunctionTool", () => ({
    type: "object",
    required: ["type", "name"],
    properties: {
      type: d.constant("string", "function"),
      name: { type: "string", pattern: FUNCTION_NAME_PATTERN, maxLength: 64 },
      description: d.nullable({ type: "string" }),
      parameters: d.nullable({ type: "object", additionalProperties: true }),
      strict: { ...d.nullable({ type: "boolean" }), default: true },
    },
  }));
  const choices = [{ type: "string", enum: ["none", "auto", "required"] }, ref("ToolChoiceFunction")];
  c.named("ToolChoiceFunction", () => ({
    type: "object",
    required: ["type", "name"],
    properties: { type: d.constant("string", "function"), name: { type: "string" } },
  }));
  if (webSearch(b)) {
    c.named("WebSearchTool", () => ({
      type: "object",
      description: "Lets the model search the web before answering.",
      required: ["type"],
      properties: {
        type: { type: "string", enum: ["web_search", "web_search_preview"] },
        search_context_size: { type: "string", enum: ["low", "medium", "high"], default: "medium" },
        user_location: d.nullable({
          type: "object",
          properties: {
            type: d.constant("string", "approximate"),
            city: { type: "string" },
            country: { type: "string", pattern: "^[A-Z]{2}$" },
            region: { type: "string" },
            timezone: { type: "string" },
          },
        }),
      },
    }));
    c.named("ToolChoiceHosted", () => ({
      type: "object",
      required: ["type"],
      properties: { type: { type: "string", enum: ["web_search", "web_search_preview"] } },
    }));
    members.push(["web_search", "WebSearchTool"]);
    choices.push(ref("ToolChoiceHosted"));
  }
  // Two `type` values lead to WebSearchTool, so the union carries no discriminator.
  c.named("Tool", () => unionOf("none", "type", members));
  return {
    tools: { type: "array", description: "Tools the model may call.", items: ref("Tool") },
    toolChoice: c.named("ToolChoiceOptions", () => ({
      description: "`none`, `auto`, `required`, or a named tool.",
      oneOf: choices,
    })),
  };
}

function requestMembers(b: Build): Schema {
  const { d, spec } = b;
  const sampling = spec.reasoning === undefined;
  const include = [
    "message.output_text.logprobs",
    ...(spec.reasoning === undefined ? [] : ["reasoning.encrypted_content"]),
    ...(webSearch(b) ? ["web_search_call.action.sources"] : []),
  ];
  const toolMembers = spec.tools ? tools(b) : undefined;
  return properties({
    model: d.constant("string", spec.id, { description: "Model identifier; this document describes only this model." }),
    input: {
      description: "Text, or a list of input items (messages, function calls and their outputs).",
      oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: inputItem(b) }],
    },
    instructions: { ...d.nullable({ type: "string" }), description: "A system (developer) message for this response." },
    max_output_tokens: {
      ...d.nullable({ type: "integer", minimum: 16, maximum: spec.maxOutputTokens }),
      description: `Cap on output tokens, reasoning included (16 to ${spec.maxOutputTokens}).`,
    },
    reasoning: reasoning(b),
    temperature: sampling ? { ...d.nullable({ type: "number", minimum: 0, maximum: 2 }), default: 1 } : undefined,
    top_p: sampling ? { ...d.nullable({ type: "number", minimum: 0, maximum: 1 }), default: 1 } : undefined,
    text: textParam(b),
    tools: toolMembers?.tools,
    tool_choice: toolMembers?.toolChoice,
    parallel_tool_calls: spec.tools ? { ...d.nullable({ type: "boolean" }), default: true } : undefined,
    include: {
      ...d.nullable({ type: "array", items: { type: "string", enum: include } }),
      description: "Extra output to include.",
    },
    previous_response_id: {
      ...d.nullable({ type: "string" }),
      description: "Continue the conversation of an earlier stored response.",
    },
    store: { ...d.nullable({ type: "boolean" }), default: true, description: "Keep the response for later turns." },
    metadata: metadata(b),
    truncation: { ...d.nullable({ type: "string", enum: ["auto", "disabled"] }), default: "disabled" },
    service_tier: { ...d.nullable({ type: "string", enum: ["auto", "default", "flex", "priority"] }), default: "auto" },
    safety_identifier: { type: "string", maxLength: 64, description: "A hashed identifier of your end user." },
    stream: streams(spec)
      ? { ...d.nullable({ type: "boolean" }), default: false, description: "Stream the response as named events." }
      : d.constant("boolean", false, { description: "This model does not stream." }),
  });
}

function outputContent(b: Build): Schema {
  const { c, d } = b;
  c.named("ResponseOutputText", () => ({
    type: "object",
    required: ["type", "text", "annotations"],
    properties: {
      type: d.constant("string", "output_text"),
      text: { type: "string" },
      annotations: {
        type: "array",
        items: { type: "object", required: ["type"], properties: { type: { type: "string" } } },
      },
      logprobs: { type: "array", items: { type: "object" } },
    },
  }));
  c.named("ResponseOutputRefusal", () => ({
    type: "object",
    required: ["type", "refusal"],
    properties: { type: d.constant("string", "refusal"), refusal: { type: "string" } },
  }));
  return c.named("ResponseOutputContent", () =>
    unionOf("plain", "type", [
      ["output_text", "ResponseOutputText"],
      ["refusal", "ResponseOutputRefusal"],
    ]),
  );
}

function outputItem(b: Build): Schema {
  const { c, d, spec } = b;
  const members: Array<[string, string]> = [["message", "ResponseOutputMessage"]];
  c.named("ResponseOutputMessage", () => ({
    type: "object",
    required: ["type", "id", "role", "status", "content"],
    properties: {
      type: d.constant("string", "message"),
      id: { type: "string" },
      role: d.constant("string", "assistant"),
      status: ITEM_STATUS,
      content: { type: "array", items: outputContent(b) },
    },
  }));
  if (spec.tools) {
    functionToolCall(b);
    members.push(["function_call", "ResponseFunctionToolCall"]);
  }
  if (spec.reasoning !== undefined) {
    c.named("ResponseReasoningItem", () => ({
      type: "object",
      required: ["type", "id", "summary"],
      properties: {
        type: d.constant("string", "reasoning"),
        id: { type: "string" },
        summary: {
          type: "array",
          items: {
            type: "object",
            required: ["type", "text"],
            properties: { type: d.constant("string", "summary_text"), text: { type: "string" } },
          },
        },
        encrypted_content: d.nullable({ type: "string" }),
        status: ITEM_STATUS,
      },
    }));
    members.push(["reasoning", "ResponseReasoningItem"]);
  }
  if (webSearch(b)) {
    c.named("ResponseWebSearchCall", () => ({
      type: "object",
      required: ["type", "id", "status"],
      properties: {
        type: d.constant("string", "web_search_call"),
        id: { type: "string" },
        status: { type: "string", enum: ["in_progress", "searching", "completed", "failed"] },
        action: { type: "object" },
      },
    }));
    members.push(["web_search_call", "ResponseWebSearchCall"]);
  }
  return c.named("ResponseOutputItem", () => unionOf("plain", "type", members));
}

function responseObject(b: Build): Schema {
  const { c, d, spec } = b;
  const tokens = { type: "integer", minimum: 0 };
  const usage = c.named("ResponseUsage", () => ({
    type: "object",
    required: ["input_tokens", "output_tokens", "total_tokens"],
    properties: {
      input_tokens: tokens,
      input_tokens_details: { type: "object", properties: { cached_tokens: tokens } },
      output_tokens: tokens,
      output_tokens_details: { type: "object", properties: { reasoning_tokens: tokens } },
      total_tokens: tokens,
      cost: { type: "number", minimum: 0, description: "Price of the request in US dollars, added by APIFree." },
    },
  }));
  return c.named("Response", () => ({
    type: "object",
    description: "A model response.",
    required: ["id", "object", "created_at", "status", "model", "output"],
    properties: properties({
      id: { type: "string" },
      object: d.constant("string", "response"),
      created_at: { type: "integer", description: "Unix time in seconds." },
      status: { type: "string", enum: RESPONSE_STATUSES },
      model: { type: "string" },
      output: { type: "array", items: outputItem(b) },
      error: d.nullable({
        type: "object",
        required: ["code", "message"],
        properties: { code: { type: "string" }, message: { type: "string" } },
      }),
      incomplete_details: d.nullable({
        type: "object",
        properties: { reason: { type: "string", enum: ["max_output_tokens", "content_filter"] } },
      }),
      instructions: d.nullable({ type: "string" }),
      max_output_tokens: d.nullable({ type: "integer" }),
      previous_response_id: d.nullable({ type: "string" }),
      reasoning:
        spec.reasoning === undefined
          ? undefined
          : d.nullable({ type: "object", properties: { effort: d.nullable({ type: "string" }) } }),
      temperature: d.nullable({ type: "number" }),
      top_p: d.nullable({ type: "number" }),
      store: { type: "boolean" },
      metadata: { type: "object", additionalProperties: { type: "string" } },
      usage: d.nullableRef(usage),
    }),
  }));
}

function streamEvent(b: Build, responseRef: Schema): Schema {
  const { c, d, spec } = b;
  const sequence = { type: "integer", minimum: 0, description: "Position of the event in the stream." };
  const index = { type: "integer", minimum: 0 };
  const itemId = { type: "string" };
  const event = (name: string, component: string, members: Record<string, Schema>) => {
    c.named(component, () => ({
      type: "object",
      required: ["type", "sequence_number", ...Object.keys(members)],
      properties: { type: eventTag(name), sequence_number: sequence, ...members },
    }));
    return [name, component] as [string, string];
  };
  const item = outputItem(b);
  const part = outputContent(b);
  const located = { item_id: itemId, output_index: index, content_index: index };
  const members = [
    event("response.created", "ResponseCreatedEvent", { response: responseRef }),
    event("response.in_progress", "ResponseInProgressEvent", { response: responseRef }),
    event("response.output_item.added", "ResponseOutputItemAddedEvent", { output_index: index, item }),
    event("response.content_part.added", "ResponseContentPartAddedEvent", { ...located, part }),
    event("response.output_text.delta", "ResponseTextDeltaEvent", { ...located, delta: { type: "string" } }),
    event("response.output_text.done", "ResponseTextDoneEvent", { ...located, text: { type: "string" } }),
    event("response.content_part.done", "ResponseContentPartDoneEvent", { ...located, part }),
    event("response.output_item.done", "ResponseOutputItemDoneEvent", { output_index: index, item }),
  ];
  if (spec.tools) {
    members.push(
      event("response.function_call_arguments.delta", "ResponseFunctionCallArgumentsDeltaEvent", {
        item_id: itemId,
        output_index: index,
        delta: { type: "string", description: "A piece of the JSON arguments." },
      }),
      event("response.function_call_arguments.done", "ResponseFunctionCallArgumentsDoneEvent", {
        item_id: itemId,
        output_index: index,
        arguments: { type: "string" },
      }),
    );
  }
  if (spec.reasoning !== undefined) {
    members.push(
      event("response.reasoning_summary_text.delta", "ResponseReasoningSummaryTextDeltaEvent", {
        item_id: itemId,
        output_index: index,
        summary_index: index,
        delta: { type: "string" },
      }),
    );
  }
  members.push(
    event("response.completed", "ResponseCompletedEvent", { response: responseRef }),
    event("response.incomplete", "ResponseIncompleteEvent", { response: responseRef }),
    event("response.failed", "ResponseFailedEvent", { response: responseRef }),
  );
  c.named("ResponseErrorEvent", () => ({
    type: "object",
    required: ["type", "sequence_number", "message"],
    properties: {
      type: eventTag("error"),
      sequence_number: sequence,
      code: d.nullable({ type: "string" }),
      message: { type: "string" },
      param: d.nullable({ type: "string" }),
    },
  }));
  members.push(["error", "ResponseErrorEvent"]);
  return c.named("ResponseStreamEvent", () => ({
    description:
      "One server-sent event; its SSE `event:` name equals `type`. The stream ends with `response.completed`, `response.incomplete` or `response.failed`.",
    ...unionOf("plain", "type", members),
  }));
}

function example(b: Build): Schema {
  const { spec } = b;
  const efforts = spec.reasoning?.efforts;
  return compact({
    model: spec.id,
    instructions: "You answer in one short paragraph.",
    input: "Why is the sky blue?",
    max_output_tokens: Math.min(1024, spec.maxOutputTokens),
    reasoning: efforts === undefined ? undefined : { effort: efforts.includes("low") ? "low" : (efforts[0] ?? "low") },
    temperature: spec.reasoning === undefined ? 0.7 : undefined,
  });
}

/** POST /v1/responses for the model of `b`. */
export function responsesOperation(b: Build): OperationPart {
  const { c, spec } = b;
  const members = requestMembers(b);
  const required = ["model", "input"];
  const request = c.named("CreateResponse", () => ({
    type: "object",
    description: `Body of POST /v1/responses for ${spec.name}.`,
    required,
    properties: members,
    additionalProperties: false,
  }));
  const response = responseObject(b);
  const operation: Schema = {
    operationId: "createResponse",
    summary: `OpenAI Responses with ${spec.name}`,
    description: "OpenAI Responses request, validated against this model's schema before it is routed upstream.",
    tags: ["Responses"],
    requestBody: { required: true, content: { "application/json": { schema: request } } },
    responses: {
      "200": {
        description: streams(spec)
          ? "The response; with `stream: true`, a `text/event-stream` of named events."
          : "The response.",
        content: {
          "application/json": { schema: response },
          ...(streams(spec) ? { "text/event-stream": { schema: streamEvent(b, response) } } : {}),
        },
      },
      ...errorResponses(b),
    },
  };
  return {
    key: "responses",
    label: "OpenAI Responses",
    tag: "Responses",
    paths: { [RESPONSES_PATH]: { post: operation } },
    docs: [{ endpoint: `POST ${RESPONSES_PATH}`, properties: members, required, example: example(b) }],
  };
}
