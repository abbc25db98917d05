import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { plainNaming } from "../schemas/naming.js";
import {
  logitBias,
  maxTokens,
  minP,
  modelField,
  penalty,
  repetitionPenalty,
  seed,
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
 * Meta's Llama as open-weight hosts serve it: the request is an `allOf` of
 * a base object and the sampling parameters (so it stays open), messages are
 * a plain oneOf without a discriminator, `top_k`, `min_p` and
 * `repetition_penalty` are accepted, `logprobs` is an integer count,
 * `stop` is an array, and `model` is any non-empty string.
 */

const META: Vendor = { name: "Meta", ownedBy: "meta-llama" };

const BASE_MEMBERS = [
  "model",
  "messages",
  "stream",
  "stream_options",
  "tools",
  "tool_choice",
  "response_format",
] as const;

export function buildMetaLlama(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming);
  const requestProperties = properties({
    model: modelField(b, false),
    messages: messagesProperty(b, {
      discriminator: "none",
      parts: { discriminator: "plain", closed: false },
      developerRole: false,
      closed: false,
      participantNames: false,
    }),
    max_tokens: maxTokens(b, spec.maxOutputTokens),
    temperature: temperature(b, spec.temperatureMax ?? 2, { defaultValue: 0.7 }),
    top_p: topP(b),
    top_k: spec.topK === false ? undefined : topK(b, 1),
    min_p: minP(b),
    repetition_penalty: repetitionPenalty(b),
    presence_penalty: penalty(b, "presence"),
    frequency_penalty: penalty(b, "frequency"),
    logit_bias: logitBias(b),
    logprobs: {
      type: "integer",
      minimum: 0,
      maximum: 20,
      description: "How many top log probabilities to return per token (0 to 20).",
    },
    seed: seed(b, "unbounded"),
    stop: stop(b, { maxItems: 4, arrayOnly: true }),
    response_format: responseFormatProperty(b, { discriminator: "plain", closed: false }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 64, strict: false, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["auto", "none", "required"]) : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b) : undefined,
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: false,
    closedUsage: false,
    requireUsage: false,
    requireCost: false,
    serviceTier: false,
    logprobs: false,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "tool_calls", "eos"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: META,
    requestProperties,
    closedRequest: false,
    allOfBase: BASE_MEMBERS,
    componentBodies: false,
    completion,
    stream: chunk,
  });
}
