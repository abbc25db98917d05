import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { prefixedNaming } from "../schemas/naming.js";
import {
  choiceCount,
  logprobs,
  maxTokens,
  modelField,
  parallelToolCalls,
  penalty,
  reasoningEffort,
  repetitionPenalty,
  stop,
  streamFlag,
  streamOptions,
  temperature,
  topK,
  topLogprobs,
  topP,
} from "../schemas/request-fields.js";
import { responseFormatProperty } from "../schemas/response-format.js";
import { toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, hasExtra, refusesSampling, streams, type TextModelSpec } from "../spec.js";

/*
 * Qwen (Alibaba Model Studio's compatible mode): a closed request,
 * `temperature` in [0, 2) and `top_p` in (0, 1] (exclusive bounds),
 * `top_k`, `repetition_penalty`, seeds up to 2^31-1, hybrid thinking through
 * `enable_thinking` and `thinking_budget` rather than an effort enum, and
 * `reasoning_content` in replies. `tool_choice` has no `required`.
 */

const QWEN: Vendor = { name: "Qwen (Alibaba Cloud)", ownedBy: "qwen" };

export function buildQwen(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, prefixedNaming("Qwen"));
  const refuses = refusesSampling(spec);
  const efforts = spec.reasoning?.efforts;
  // Thinking-only models (they refuse sampling, like QwQ) have no switch to turn thinking off.
  const hybrid = spec.reasoning !== undefined && efforts === undefined && !refuses;
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "plain",
      parts: { discriminator: "mapping", closed: false },
      developerRole: false,
      closed: false,
      participantNames: false,
    }),
    enable_thinking: hybrid
      ? {
          type: "boolean",
          default: true,
          description: "Think before answering; the thoughts come back as `reasoning_content`.",
        }
      : undefined,
    thinking_budget: hybrid
      ? { type: "integer", minimum: 1, maximum: spec.maxOutputTokens, description: "Most tokens to spend thinking." }
      : undefined,
    reasoning_effort: efforts === undefined ? undefined : reasoningEffort(b, efforts),
    temperature: refuses
      ? undefined
      : temperature(b, spec.temperatureMax ?? 2, { exclusiveMax: true, defaultValue: 0.7 }),
    top_p: refuses ? undefined : topP(b, { exclusiveMin: true }),
    top_k: spec.topK === false || refuses ? undefined : topK(b, 0, 100),
    presence_penalty: refuses ? undefined : penalty(b, "presence"),
    repetition_penalty: refuses ? undefined : repetitionPenalty(b),
    max_tokens: maxTokens(b, spec.maxOutputTokens),
    n: choiceCount(b, 4),
    seed: { type: "integer", minimum: 0, maximum: 2147483647, description: "Random seed for reproducible sampling." },
    stop: stop(b, { maxItems: 4 }),
    logprobs: logprobs(b),
    top_logprobs: topLogprobs(b, 5),
    response_format: responseFormatProperty(b, { discriminator: "plain", closed: true }),
    enable_search: hasExtra(spec, "web-search")
      ? { type: "boolean", default: false, description: "Let the model search the web." }
      : undefined,
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: false, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto"]) : undefined,
    parallel_tool_calls: spec.tools ? parallelToolCalls() : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b, { closed: true }) : undefined,
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: false,
    closedUsage: false,
    requireUsage: true,
    requireCost: true,
    serviceTier: false,
    logprobs: true,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "tool_calls"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: QWEN,
    requestProperties,
    closedRequest: true,
    componentBodies: false,
    completion,
    stream: chunk,
    notes: hybrid ? ["Set `enable_thinking: false` for quick answers without reasoning."] : [],
  });
}
