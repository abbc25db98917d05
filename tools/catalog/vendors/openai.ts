import {
  assembleTextModel,
  buildOperations,
  type ChatParts,
  chatOperation,
  startBuild,
  type Vendor,
} from "../assemble.js";
import type { Build } from "../schemas/build.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { openaiNaming } from "../schemas/naming.js";
import { responsesOperation } from "../schemas/openai-responses.js";
import {
  choiceCount,
  logitBias,
  logprobs,
  maxCompletionTokens,
  maxTokens,
  metadata,
  modelField,
  onlyDefault,
  parallelToolCalls,
  penalty,
  reasoningEffort,
  seed,
  stop,
  streamFlag,
  streamOptions,
  temperature,
  topLogprobs,
  topP,
  user,
} from "../schemas/request-fields.js";
import { responseFormatProperty } from "../schemas/response-format.js";
import { functionObject, toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, hasExtra, refusesSampling, streams, type TextModelSpec } from "../spec.js";

/*
 * OpenAI, shaped like OpenAI's published spec: long component names,
 * discriminators without mapping, open request body, `developer` role,
 * deprecated `functions`/`function_call`/`max_tokens`/`user`/`seed`,
 * `metadata` maps, int64 `seed` bounds, `refusal` and `annotations` in the
 * reply. Reasoning models take `reasoning_effort` and `max_completion_tokens`
 * and accept `temperature`/`top_p` only at their default 1. The 3.1 flavour
 * keeps a few 3.0 `nullable: true`, as OpenAI's own 3.1 document does. The
 * Responses API is in schemas/openai-responses.ts.
 */

const OPENAI: Vendor = { name: "OpenAI", ownedBy: "openai" };

function chatParts(b: Build): ChatParts {
  const { d, spec } = b;
  const reasoning = spec.reasoning;
  const refuses = refusesSampling(spec);
  const legacy = spec.openapi === "3.1";
  const toolOptions = { maxTools: 128, strict: true, closed: false };
  const efforts = reasoning?.efforts;
  const responseFormat = responseFormatProperty(b, { discriminator: "plain", closed: false });
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "plain",
      parts: { discriminator: "plain", closed: false },
      developerRole: true,
      closed: false,
      participantNames: true,
      assistantExtras: {
        refusal: { ...d.nullable({ type: "string" }), description: "A refusal the model gave earlier." },
      },
    }),
    reasoning_effort:
      efforts === undefined
        ? undefined
        : d.describedRef(
            reasoningEffort(b, efforts, {
              component: true,
              nullable: true,
              ...(efforts.includes("medium") ? { defaultValue: "medium" } : {}),
            }),
            "Constrains effort on reasoning; reasoning tokens are billed as output.",
          ),
    verbosity: hasExtra(spec, "verbosity")
      ? {
          ...d.nullable({ type: "string", enum: ["low", "medium", "high"] }),
          default: "medium",
          description: "How long and detailed the answer is.",
        }
      : undefined,
    temperature: refuses ? onlyDefault(b, "temperature", 1) : temperature(b, spec.temperatureMax ?? 2),
    top_p: refuses ? onlyDefault(b, "top_p", 1) : topP(b),
    max_completion_tokens: maxCompletionTokens(b, spec.maxOutputTokens),
    max_tokens: maxTokens(b, spec.maxOutputTokens, { deprecated: true }),
    n: reasoning === undefined ? choiceCount(b, 128) : undefined,
    stop: reasoning === undefined ? stop(b, { maxItems: 4, legacy }) : undefined,
    presence_penalty: reasoning === undefined ? penalty(b, "presence") : undefined,
    frequency_penalty: reasoning === undefined ? penalty(b, "frequency") : undefined,
    logit_bias: reasoning === undefined ? logitBias(b) : undefined,
    logprobs: reasoning === undefined ? logprobs(b) : undefined,
    top_logprobs: reasoning === undefined ? topLogprobs(b, 20) : undefined,
    seed: seed(b, "int64", { deprecated: true }),
    response_format:
      responseFormat === undefined
        ? undefined
        : d.describedRef(responseFormat, "An object specifying the format that the model must output."),
    tools: spec.tools ? toolsProperty(b, toolOptions) : undefined,
    tool_choice: spec.tools
      ? d.describedRef(
          toolChoiceProperty(b, ["none", "auto", "required"]),
          "Controls which (if any) tool is called by the model.",
        )
      : undefined,
    parallel_tool_calls: spec.tools ? parallelToolCalls() : undefined,
    functions: spec.tools
      ? {
          type: "array",
          deprecated: true,
          description: "Deprecated in favour of `tools`.",
          minItems: 1,
          maxItems: 128,
          items: functionObject(b, toolOptions),
        }
      : undefined,
    function_call: spec.tools
      ? {
          deprecated: true,
          description: "Deprecated in favour of `tool_choice`.",
          oneOf: [
            { type: "string", enum: ["none", "auto"] },
            { type: "object", required: ["name"], properties: { name: { type: "string" } } },
          ],
        }
      : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b, { legacy, obfuscation: true }) : undefined,
    service_tier: {
      ...d.nullable({ type: "string", enum: ["auto", "default", "flex", "priority"] }),
      default: "auto",
      description: "Processing tier.",
    },
    store: {
      ...d.nullable({ type: "boolean" }),
      default: false,
      description: "Keep the completion for later retrieval.",
    },
    metadata: metadata(b),
    user: user({ deprecated: true }),
    safety_identifier: {
      type: "string",
      maxLength: 64,
      description: "A hashed identifier of your end user; replaces `user`.",
    },
  });
  const replies = {
    refusal: true,
    annotations: true,
    closedMessage: false,
    closedUsage: false,
    requireUsage: false,
    requireCost: false,
    serviceTier: true,
    logprobs: true,
    chunkFinishRequired: true,
    legacyChunkUsage: legacy,
    allOfCompletion: false,
    deltaRoles: ["developer", "system", "user", "assistant", "tool"],
    finishReasons: ["stop", "length", "tool_calls", "content_filter", "function_call"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return {
    vendor: OPENAI,
    requestProperties,
    closedRequest: false,
    componentBodies: false,
    completion,
    stream: chunk,
  };
}

export function buildOpenAi(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, openaiNaming, spec.openapi === "3.0" ? "3.0.0" : "3.1.0");
  const operations = buildOperations(spec, {
    "chat.completions": () => chatOperation(b, chatParts(b)),
    responses: () => responsesOperation(b),
  });
  const chatReasoning = spec.reasoning !== undefined && operations.some((o) => o.key === "chat.completions");
  const notes = ["`max_tokens` is deprecated here: use `max_completion_tokens`, which also bounds reasoning tokens."];
  return assembleTextModel(b, OPENAI, operations, chatReasoning ? notes : []);
}
