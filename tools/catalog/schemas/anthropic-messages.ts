import type { OperationPart } from "../assemble.js";
import { streams } from "../spec.js";
import { type Build, type DiscriminatorStyle, unionOf } from "./build.js";
import { errorResponses } from "./errors.js";
import { eventTag, properties, type Schema } from "./json.js";
import { FUNCTION_NAME_PATTERN } from "./tools.js";

/*
 * Anthropic's Messages API (POST /v1/messages) as Anthropic publishes it:
 * `max_tokens` required, `temperature` 0..1, `top_k`, `stop_sequences`,
 * `system` as a string or text blocks, typed content blocks, extended
 * thinking with a 1024-token floor, tools and `tool_choice` as objects, and a
 * stream of named events, one schema per event joined by a oneOf on `type`.
 * Each model narrows it: the output ceiling, thinking only where the model
 * has it, image blocks on vision models, tool blocks on tool models. The
 * `anthropic-version` and `anthropic-beta` headers are optional parameters.
 */

const MESSAGES_PATH = "/v1/messages";
const ANTHROPIC_VERSION = "2023-06-01";

const STOP_REASONS = ["end_turn", "max_tokens", "stop_sequence", "tool_use", "pause_turn", "refusal"];

export interface MessagesOptions {
  /** Discriminators of unions and stream events: with an explicit mapping, or `propertyName` only. */
  discriminator: DiscriminatorStyle;
  /** Header parameters as `components.parameters` references rather than inline. */
  parameterRefs: boolean;
}

function closedObject(required: string[], members: Record<string, Schema | undefined>, description?: string): Schema {
  return {
    type: "object",
    ...(description === undefined ? {} : { description }),
    required,
    properties: properties(members),
    additionalProperties: false,
  };
}

function cacheControl(b: Build): Schema {
  const ref = b.c.named("CacheControlEphemeral", () =>
    closedObject(
      ["type"],
      {
        type: b.d.constant("string", "ephemeral"),
        ttl: { type: "string", enum: ["5m", "1h"], default: "5m", description: "How long the cached prefix lives." },
      },
      "Marks the end of a prompt prefix to cache.",
    ),
  );
  return b.d.nullableRef(ref);
}

function textBlock(b: Build): Schema {
  return b.c.named("RequestTextBlock", () =>
    closedObject(["type", "text"], {
      type: b.d.constant("string", "text"),
      text: { type: "string", minLength: 1 },
      cache_control: cacheControl(b),
    }),
  );
}

function imageBlock(b: Build, o: MessagesOptions): Schema {
  const { c, d } = b;
  c.named("Base64ImageSource", () =>
    closedObject(["type", "media_type", "data"], {
      type: d.constant("string", "base64"),
      media_type: { type: "string", enum: ["image/jpeg", "image/png", "image/gif", "image/webp"] },
      data: { type: "string", format: "byte", description: "The image bytes, base64 encoded." },
    }),
  );
  c.named("URLImageSource", () =>
    closedObject(["type", "url"], { type: d.constant("string", "url"), url: { type: "string", format: "uri" } }),
  );
  return c.named("RequestImageBlock", () =>
    closedObject(["type", "source"], {
      type: d.constant("string", "image"),
      source: unionOf(o.discriminator, "type", [
        ["base64", "Base64ImageSource"],
        ["url", "URLImageSource"],
      ]),
      cache_control: cacheControl(b),
    }),
  );
}

function inputContentBlock(b: Build, o: MessagesOptions): Schema {
  const { c, d, spec } = b;
  const members: Array<[string, string]> = [["text", "RequestTextBlock"]];
  textBlock(b);
  if (spec.vision) {
    imageBlock(b, o);
    members.push(["image", "RequestImageBlock"]);
  }
  if (spec.tools) {
    c.named("RequestToolUseBlock", () =>
      closedObject(
        ["type", "id", "name", "input"],
        {
          type: d.constant("string", "tool_use"),
          id: { type: "string", pattern: "^[a-zA-Z0-9_-]+$" },
          name: { type: "string", pattern: FUNCTION_NAME_PATTERN },
          input: { type: "object", additionalProperties: true },
          cache_control: cacheControl(b),
        },
        "A tool call the assistant made earlier, sent back as history.",
      ),
    );
    const resultParts: Array<[string, string]> = [["text", "RequestTextBlock"]];
    if (spec.vision) resultParts.push(["image", "RequestImageBlock"]);
    c.named("RequestToolResultBlock", () =>
      closedObject(
        ["type", "tool_use_id"],
        {
          type: d.constant("string", "tool_result"),
          tool_use_id: { type: "string", pattern: "^[a-zA-Z0-9_-]+$", description: "The `id` of the call answered." },
          content: {
            description: "The tool's result: text, or text and image blocks.",
            oneOf: [{ type: "string" }, { type: "array", items: unionOf(o.discriminator, "type", resultParts) }],
          },
          is_error: { type: "boolean", default: false },
          cache_control: cacheControl(b),
        },
        "The result of a tool call, in a user turn.",
      ),
    );
    members.push(["tool_use", "RequestToolUseBlock"], ["tool_result", "RequestToolResultBlock"]);
  }
  if (spec.reasoning !== undefined) {
    c.named("RequestThinkingBlock", () =>
      closedObject(
        ["type", "thinking", "signature"],
        { type: d.constant("string", "thinking"), thinking: { type: "string" }, signature: { type: "string" } },
        "Earlier thinking, sent back unchanged with its signature.",
      ),
    );
    c.named("RequestRedactedThinkingBlock", () =>
      closedObject(["type", "data"], { type: d.constant("string", "redacted_thinking"), data: { type: "string" } }),
    );
    members.push(["thinking", "RequestThinkingBlock"], ["redacted_thinking", "RequestRedactedThinkingBlock"]);
  }
  return c.named("InputContentBlock", () => unionOf(o.discriminator, "type", members));
}

function inputMessage(b: Build, o: MessagesOptions): Schema {
  return b.c.named("InputMessage", () =>
    closedObject(["role", "content"], {
      role: { type: "string", enum: ["user", "assistant"] },
      content: {
        description: "Text, or an array of content blocks.",
        oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: inputContentBlock(b, o) }],
      },
    }),
  );
}

function thinkingConfig(b: Build, o: MessagesOptions): Schema {
  const { c, d, spec } = b;
  c.named("ThinkingConfigEnabled", () =>
    closedObject(["type", "budget_tokens"], {
      type: d.constant("string", "enabled"),
      budget_tokens: {
        type: "integer",
        minimum: 1024,
        maximum: spec.maxOutputTokens - 1,
        description: "Tokens the model may spend thinking; at least 1024 and below `max_tokens`.",
      },
    }),
  );
  c.named("ThinkingConfigDisabled", () => closedObject(["type"], { type: d.constant("string", "disabled") }));
  return c.named("ThinkingConfigParam", () => ({
    description: "Extended thinking: its text comes back in `thinking` blocks.",
    ...unionOf(o.discriminator, "type", [
      ["enabled", "ThinkingConfigEnabled"],
      ["disabled", "ThinkingConfigDisabled"],
    ]),
  }));
}

function tools(b: Build): Schema {
  const { c, d } = b;
  const tool = c.named("ToolDefinition", () =>
    closedObject(["name", "input_schema"], {
      name: { type: "string", pattern: FUNCTION_NAME_PATTERN, description: "Letters, digits, `_` and `-`." },
      description: { type: "string", description: "What the tool does; the model reads it to decide." },
      input_schema: {
        type: "object",
        description: "JSON Schema of the tool's input.",
        required: ["type"],
        properties: {
          type: d.constant("string", "object"),
          properties: d.nullable({ type: "object", additionalProperties: true }),
          required: d.nullable({ type: "array", items: { type: "string" } }),
        },
        additionalProperties: true,
      },
      cache_control: cacheControl(b),
    }),
  );
  return { type: "array", description: "Tools the model may call.", items: tool };
}

function toolChoice(b: Build, o: MessagesOptions): Schema {
  const { c, d } = b;
  const parallel = { type: "boolean", default: false, description: "Allow at most one tool call." };
  c.named("ToolChoiceAuto", () =>
    closedObject(["type"], { type: d.constant("string", "auto"), disable_parallel_tool_use: parallel }),
  );
  c.named("ToolChoiceAny", () =>
    closedObject(["type"], { type: d.constant("string", "any"), disable_parallel_tool_use: parallel }),
  );
  c.named("ToolChoiceTool", () =>
    closedObject(["type", "name"], {
      type: d.constant("string", "tool"),
      name: { type: "string" },
      disable_parallel_tool_use: parallel,
    }),
  );
  c.named("ToolChoiceNone", () => closedObject(["type"], { type: d.constant("string", "none") }));
  return c.named("MessagesToolChoice", () => ({
    description: "`auto` (the model decides), `any` (some tool), `tool` (the named one) or `none`.",
    ...unionOf(o.discriminator, "type", [
      ["auto", "ToolChoiceAuto"],
      ["any", "ToolChoiceAny"],
      ["tool", "ToolChoiceTool"],
      ["none", "ToolChoiceNone"],
    ]),
  }));
}

function requestMembers(b: Build, o: MessagesOptions): Schema {
  const { c, d, spec } = b;
  return properties({
    model: d.constant("string", spec.id, { description: "Model identifier; this document describes only this model." }),
    max_tokens: {
      type: "integer",
      minimum: 1,
      maximum: spec.maxOutputTokens,
      description: `Largest number of tokens to generate, thinking included (up to ${spec.maxOutputTokens}).`,
    },
    messages: {
      type: "array",
      minItems: 1,
      description: "The conversation, alternating `user` and `assistant` turns.",
      items: inputMessage(b, o),
    },
    system: {
      description: "System prompt: a string or text blocks.",
      oneOf: [{ type: "string" }, { type: "array", minItems: 1, items: textBlock(b) }],
    },
    temperature: { type: "number", minimum: 0, maximum: 1, default: 1, description: "Randomness, 0 to 1." },
    top_p: { type: "number", minimum: 0, maximum: 1, description: "Nucleus sampling." },
    top_k: spec.topK === false ? undefined : { type: "integer", minimum: 0, description: "Sample from the top K." },
    stop_sequences: { type: "array", items: { type: "string", minLength: 1 }, description: "Custom stop strings." },
    thinking: spec.reasoning === undefined ? undefined : thinkingConfig(b, o),
    tools: spec.tools ? tools(b) : undefined,
    tool_choice: spec.tools ? toolChoice(b, o) : undefined,
    metadata: c.named("MessageMetadata", () =>
      closedObject([], {
        user_id: { ...d.nullable({ type: "string", maxLength: 256 }), description: "An opaque id of your end user." },
      }),
    ),
    service_tier: { type: "string", enum: ["auto", "standard_only"], default: "auto" },
    stream: streams(spec)
      ? { type: "boolean", default: false, description: "Stream the reply as server-sent events." }
      : d.constant("boolean", false, { description: "This model does not stream." }),
  });
}

function responseBlocks(b: Build, o: MessagesOptions): Schema {
  const { c, d, spec } = b;
  const members: Array<[string, string]> = [["text", "ResponseTextBlock"]];
  c.named("ResponseTextBlock", () => ({
    type: "object",
    required: ["type", "text"],
    properties: {
      type: d.constant("string", "text"),
      text: { type: "string" },
      citations: d.nullable({ type: "array", items: { type: "object" } }),
    },
  }));
  if (spec.reasoning !== undefined) {
    c.named("ResponseThinkingBlock", () => ({
      type: "object",
      description: "The model's thinking; `signature` arrives at the end of the block.",
      required: ["type", "thinking"],
      properties: {
        type: d.constant("string", "thinking"),
        thinking: { type: "string" },
        signature: { type: "string" },
      },
    }));
    c.named("ResponseRedactedThinkingBlock", () => ({
      type: "object",
      required: ["type", "data"],
      properties: { type: d.constant("string", "redacted_thinking"), data: { type: "string" } },
    }));
    members.push(["thinking", "ResponseThinkingBlock"], ["redacted_thinking", "ResponseRedactedThinkingBlock"]);
  }
  if (spec.tools) {
    c.named("ResponseToolUseBlock", () => ({
      type: "object",
      required: ["type", "id", "name", "input"],
      properties: {
        type: d.constant("string", "tool_use"),
        id: { type: "string" },
        name: { type: "string" },
        input: { type: "object", additionalProperties: true, description: "Empty at block start while streaming." },
      },
    }));
    members.push(["tool_use", "ResponseToolUseBlock"]);
  }
  return c.named("ContentBlock", () => unionOf(o.discriminator, "type", members));
}

function usageMembers(b: Build): Schema {
  const count = (description: string): Schema => ({ ...b.d.nullable({ type: "integer", minimum: 0 }), description });
  return {
    cache_creation_input_tokens: count("Input tokens written to the cache."),
    cache_read_input_tokens: count("Input tokens read from the cache."),
    cost: { type: "number", minimum: 0, description: "Price of the request in US dollars, added by APIFree." },
  };
}

function message(b: Build, o: MessagesOptions): Schema {
  const { c, d } = b;
  const usage = c.named("MessageUsage", () => ({
    type: "object",
    required: ["input_tokens", "output_tokens"],
    properties: {
      input_tokens: { type: "integer", minimum: 0 },
      output_tokens: { type: "integer", minimum: 0 },
      ...usageMembers(b),
      service_tier: d.nullable({ type: "string", enum: ["standard", "priority", "batch"] }),
    },
  }));
  return c.named("Message", () => ({
    type: "object",
    description: "The model's reply.",
    required: ["id", "type", "role", "content", "model", "stop_reason", "stop_sequence", "usage"],
    properties: {
      id: { type: "string" },
      type: d.constant("string", "message"),
      role: d.constant("string", "assistant"),
      content: { type: "array", items: responseBlocks(b, o) },
      model: { type: "string" },
      stop_reason: { ...d.nullable({ type: "string", enum: STOP_REASONS }), description: "Null in `message_start`." },
      stop_sequence: d.nullable({ type: "string" }),
      usage,
    },
  }));
}

function streamEvent(b: Build, o: MessagesOptions, messageRef: Schema): Schema {
  const { c, d, spec } = b;
  const event = (name: string, component: string, members: Record<string, Schema>, required: string[] = []) => {
    c.named(component, () => ({
      type: "object",
      required: ["type", ...required],
      properties: { type: eventTag(name), ...members },
    }));
    return [name, component] as [string, string];
  };
  const index = { type: "integer", minimum: 0, description: "Position of the block in `content`." };
  const deltas: Array<[string, string]> = [["text_delta", "TextDelta"]];
  c.named("TextDelta", () => ({
    type: "object",
    required: ["type", "text"],
    properties: { type: d.constant("string", "text_delta"), text: { type: "string" } },
  }));
  if (spec.tools) {
    c.named("InputJSONDelta", () => ({
      type: "object",
      description: "A piece of a tool call's input; the pieces of a block concatenate to its JSON.",
      required: ["type", "partial_json"],
      properties: { type: d.constant("string", "input_json_delta"), partial_json: { type: "string" } },
    }));
    deltas.push(["input_json_delta", "InputJSONDelta"]);
  }
  if (spec.reasoning !== undefined) {
    c.named("ThinkingDelta", () => ({
      type: "object",
      required: ["type", "thinking"],
      properties: { type: d.constant("string", "thinking_delta"), thinking: { type: "string" } },
    }));
    c.named("SignatureDelta", () => ({
      type: "object",
      required: ["type", "signature"],
      properties: { type: d.constant("string", "signature_delta"), signature: { type: "string" } },
    }));
    deltas.push(["thinking_delta", "ThinkingDelta"], ["signature_delta", "SignatureDelta"]);
  }
  const members = [
    event("message_start", "MessageStartEvent", { message: messageRef }, ["message"]),
    event("content_block_start", "ContentBlockStartEvent", { index, content_block: responseBlocks(b, o) }, [
      "index",
      "content_block",
    ]),
    event("content_block_delta", "ContentBlockDeltaEvent", { index, delta: unionOf(o.discriminator, "type", deltas) }, [
      "index",
      "delta",
    ]),
    event("content_block_stop", "ContentBlockStopEvent", { index }, ["index"]),
    event(
      "message_delta",
      "MessageDeltaEvent",
      {
        delta: {
          type: "object",
          required: ["stop_reason"],
          properties: {
            stop_reason: d.nullable({ type: "string", enum: STOP_REASONS }),
            stop_sequence: d.nullable({ type: "string" }),
          },
        },
        usage: c.named("MessageDeltaUsage", () => ({
          type: "object",
          description: "Cumulative usage; `output_tokens` is final here.",
          required: ["output_tokens"],
          properties: {
            output_tokens: { type: "integer", minimum: 0 },
            input_tokens: d.nullable({ type: "integer", minimum: 0 }),
            ...usageMembers(b),
          },
        })),
      },
      ["delta", "usage"],
    ),
    event("message_stop", "MessageStopEvent", {}),
    event("ping", "PingEvent", {}),
    event(
      "error",
      "ErrorEvent",
      {
        error: {
          type: "object",
          required: ["type", "message"],
          properties: {
            type: { type: "string", description: "e.g. `overloaded_error`, `api_error`." },
            message: { type: "string" },
          },
        },
      },
      ["error"],
    ),
  ];
  return c.named("MessageStreamEvent", () => ({
    description: "One server-sent event; its SSE `event:` name equals `type`. The stream ends with `message_stop`.",
    ...unionOf(o.discriminator, "type", members),
  }));
}

function example(b: Build): Schema {
  const { spec } = b;
  const thinking = spec.reasoning !== undefined;
  return {
    model: spec.id,
    max_tokens: Math.min(thinking ? 4096 : 1024, spec.maxOutputTokens),
    system: "You answer in one short paragraph.",
    messages: [{ role: "user", content: "Why is the sky blue?" }],
    ...(thinking ? { thinking: { type: "enabled", budget_tokens: 2048 } } : { temperature: 0.7 }),
  };
}

function headerParameters(o: MessagesOptions): { inline: Schema[]; components?: Schema } {
  const version: Schema = {
    name: "anthropic-version",
    in: "header",
    required: false,
    description: `Messages API version, forwarded upstream; the client sends \`${ANTHROPIC_VERSION}\` by default.`,
    schema: { type: "string", default: ANTHROPIC_VERSION },
  };
  const beta: Schema = {
    name: "anthropic-beta",
    in: "header",
    required: false,
    description: "Comma-separated beta features, forwarded upstream (e.g. `interleaved-thinking-2025-05-14`).",
    schema: { type: "string" },
  };
  if (!o.parameterRefs) return { inline: [version, beta] };
  return {
    inline: [{ $ref: "#/components/parameters/AnthropicVersion" }, { $ref: "#/components/parameters/AnthropicBeta" }],
    components: { AnthropicVersion: version, AnthropicBeta: beta },
  };
}

/** POST /v1/messages for the model of `b`. */
export function messagesOperation(b: Build, o: MessagesOptions): OperationPart {
  const { c, spec } = b;
  const members = requestMembers(b, o);
  const required = ["model", "max_tokens", "messages"];
  const request = c.named("CreateMessageParams", () => ({
    type: "object",
    description: `Body of POST /v1/messages for ${spec.name}.`,
    required,
    properties: members,
    additionalProperties: false,
  }));
  const reply = message(b, o);
  const parameters = headerParameters(o);
  const operation: Schema = {
    operationId: "createMessage",
    summary: `Anthropic Messages with ${spec.name}`,
    description: "Anthropic Messages request, validated against this model's schema before it is routed upstream.",
    tags: ["Messages"],
    parameters: parameters.inline,
    requestBody: { required: true, content: { "application/json": { schema: request } } },
    responses: {
      "200": {
        description: streams(spec)
          ? "The message; with `stream: true`, a `text/event-stream` of named events ending with `message_stop`."
          : "The message.",
        content: {
          "application/json": { schema: reply },
          ...(streams(spec) ? { "text/event-stream": { schema: streamEvent(b, o, reply) } } : {}),
        },
      },
      ...errorResponses(b),
    },
  };
  return {
    key: "messages",
    label: "Anthropic Messages",
    tag: "Messages",
    paths: { [MESSAGES_PATH]: { post: operation } },
    ...(parameters.components === undefined ? {} : { components: { parameters: parameters.components } }),
    docs: [{ endpoint: `POST ${MESSAGES_PATH}`, properties: members, required, example: example(b) }],
  };
}
