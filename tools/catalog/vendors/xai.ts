import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { plainNaming } from "../schemas/naming.js";
import {
  choiceCount,
  logprobs,
  maxCompletionTokens,
  maxTokens,
  modelField,
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
import { toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, hasExtra, refusesSampling, streams, type TextModelSpec } from "../spec.js";

/*
 * xAI's Grok: open request for chat models, closed for reasoning models,
 * which reject `presence_penalty`, `frequency_penalty` and `stop`; only
 * some reasoning models take `reasoning_effort` (low/high);
 * `max_tokens` is deprecated for `max_completion_tokens`; up to 8 top log
 * probabilities; a deprecated `search_parameters` object; the number of
 * search sources in `usage`.
 */

const XAI: Vendor = { name: "xAI", ownedBy: "x-ai" };

export function buildXai(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming);
  const { d } = b;
  const reasoning = spec.reasoning !== undefined;
  const refuses = refusesSampling(spec);
  const efforts = spec.reasoning?.efforts;
  const requestProperties = properties({
    model: modelField(b, false),
    messages: messagesProperty(b, {
      discriminator: "plain",
      parts: { discriminator: "plain", closed: false },
      developerRole: false,
      closed: false,
      participantNames: false,
    }),
    reasoning_effort: efforts === undefined ? undefined : reasoningEffort(b, efforts, { component: true }),
    temperature: refuses ? undefined : temperature(b, spec.temperatureMax ?? 2),
    top_p: refuses ? undefined : topP(b),
    max_completion_tokens: maxCompletionTokens(b, spec.maxOutputTokens),
    max_tokens: maxTokens(b, spec.maxOutputTokens, { deprecated: true }),
    presence_penalty: reasoning ? undefined : penalty(b, "presence"),
    frequency_penalty: reasoning ? undefined : penalty(b, "frequency"),
    stop: reasoning ? undefined : stop(b, { maxItems: 4 }),
    n: choiceCount(b, 8),
    seed: seed(b, "uint32"),
    logprobs: logprobs(b),
    top_logprobs: topLogprobs(b, 8),
    response_format: responseFormatProperty(b, { discriminator: "plain", closed: false }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: true, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto", "required"]) : undefined,
    parallel_tool_calls: spec.tools ? parallelToolCalls() : undefined,
    search_parameters: hasExtra(spec, "web-search")
      ? {
          type: "object",
          deprecated: true,
          description: "Live search settings (deprecated: use the search tools).",
          properties: {
            mode: { type: "string", enum: ["off", "on", "auto"], default: "auto" },
            max_search_results: { type: "integer", minimum: 1, maximum: 30, default: 20 },
            return_citations: { type: "boolean", default: true },
          },
        }
      : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b) : undefined,
    user: user({ maxLength: 256 }),
    deferred: {
      ...d.nullable({ type: "boolean" }),
      description: "Return a request id at once and fetch the result later.",
    },
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: false,
    closedUsage: false,
    usageExtras: { num_sources_used: { type: "integer", minimum: 0, description: "Search sources consulted." } },
    requireUsage: true,
    requireCost: false,
    serviceTier: false,
    logprobs: true,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "tool_calls", "content_filter"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: XAI,
    requestProperties,
    closedRequest: reasoning,
    componentBodies: false,
    completion,
    stream: chunk,
    notes: reasoning
      ? ["`presence_penalty`, `frequency_penalty` and `stop` are not accepted by reasoning models."]
      : [],
  });
}
