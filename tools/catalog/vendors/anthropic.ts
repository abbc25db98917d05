import {
  assembleTextModel,
  buildOperations,
  type ChatParts,
  chatOperation,
  startBuild,
  type Vendor,
} from "../assemble.js";
import { messagesOperation } from "../schemas/anthropic-messages.js";
import type { Build } from "../schemas/build.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties, type Schema } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { plainNaming } from "../schemas/naming.js";
import {
  maxTokens,
  modelField,
  parallelToolCalls,
  reasoningEffort,
  stop,
  streamFlag,
  streamOptions,
  temperature,
  topK,
  topP,
} from "../schemas/request-fields.js";
import { responseFormatProperty } from "../schemas/response-format.js";
import { toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, streams, type TextModelSpec } from "../spec.js";

/*
 * Anthropic's Claude. Its Messages API is in schemas/anthropic-messages.ts
 * (explicit discriminator mappings and header parameters by reference in the
 * 3.1 documents, plain discriminators and inline parameters in the 3.0 ones).
 * Through the OpenAI-compatible chat endpoint: closed request
 * and message objects, discriminators with explicit mappings, `temperature`
 * 0..1, `top_k`, no penalties, seeds or log probabilities, extended thinking
 * as a `thinking` object (a oneOf on `type`) whose text comes back as
 * `reasoning_content`. Request body and 200 response live under
 * `components.requestBodies`/`components.responses`; the completion is an
 * `allOf` of a base object and its usage.
 */

const ANTHROPIC: Vendor = { name: "Anthropic", ownedBy: "anthropic" };

function thinking(b: Build): Schema {
  const { c, d, spec } = b;
  c.once("ThinkingEnabled", () => ({
    type: "object",
    required: ["type", "budget_tokens"],
    additionalProperties: false,
    properties: {
      type: d.constant("string", "enabled"),
      budget_tokens: {
        type: "integer",
        description: "Tokens the model may spend thinking, in steps of 256; must stay below `max_tokens`.",
        minimum: 1024,
        maximum: Math.max(1024, Math.floor((spec.maxOutputTokens - 1) / 256) * 256),
        multipleOf: 256,
      },
    },
  }));
  c.once("ThinkingDisabled", () => ({
    type: "object",
    required: ["type"],
    additionalProperties: false,
    properties: { type: d.constant("string", "disabled") },
  }));
  return c.once("Thinking", () => ({
    description: "Extended thinking. When enabled, the reasoning comes back as `reasoning_content`.",
    oneOf: [c.ref("ThinkingEnabled"), c.ref("ThinkingDisabled")],
    discriminator: {
      propertyName: "type",
      mapping: { enabled: c.pointer("ThinkingEnabled"), disabled: c.pointer("ThinkingDisabled") },
    },
  }));
}

function chatParts(b: Build): ChatParts {
  const { d, spec } = b;
  const efforts = spec.reasoning?.efforts;
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "mapping",
      parts: { discriminator: "mapping", closed: true },
      developerRole: false,
      closed: true,
      participantNames: false,
    }),
    max_tokens: maxTokens(b, spec.maxOutputTokens),
    thinking: spec.reasoning === undefined ? undefined : thinking(b),
    reasoning_effort:
      efforts === undefined
        ? undefined
        : reasoningEffort(b, efforts, { defaultValue: efforts[efforts.length - 1] ?? "high" }),
    temperature: spec.reasoning?.refusesSampling === true ? undefined : temperature(b, spec.temperatureMax ?? 1),
    top_p: spec.reasoning?.refusesSampling === true ? undefined : topP(b),
    top_k: spec.topK === false ? undefined : topK(b, 0),
    stop: stop(b, { maxItems: 8 }),
    response_format: responseFormatProperty(b, { discriminator: "mapping", closed: true }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 64, strict: false, closed: true }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto", "required"]) : undefined,
    parallel_tool_calls: spec.tools ? parallelToolCalls() : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b, { closed: true }) : undefined,
    metadata: {
      type: "object",
      description: "Request metadata passed to Anthropic.",
      additionalProperties: false,
      properties: {
        user_id: { ...d.nullable({ type: "string", maxLength: 256 }), description: "An opaque id of your end user." },
      },
    },
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: true,
    closedUsage: false,
    requireUsage: true,
    requireCost: true,
    serviceTier: false,
    logprobs: false,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: true,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "tool_calls", "content_filter"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return {
    vendor: ANTHROPIC,
    requestProperties,
    closedRequest: true,
    componentBodies: true,
    completion,
    stream: chunk,
  };
}

export function buildAnthropic(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming);
  const modern = spec.openapi === "3.1";
  const operations = buildOperations(spec, {
    "chat.completions": () => chatOperation(b, chatParts(b)),
    messages: () => messagesOperation(b, { discriminator: modern ? "mapping" : "plain", parameterRefs: modern }),
  });
  const notes = ["`max_tokens` counts thinking tokens too; keep `thinking.budget_tokens` below it."];
  return assembleTextModel(b, ANTHROPIC, operations, spec.reasoning === undefined ? [] : notes);
}
