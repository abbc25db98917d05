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
import { geminiOperation } from "../schemas/gemini.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { prefixedNaming } from "../schemas/naming.js";
import {
  choiceCount,
  logprobs,
  maxCompletionTokens,
  maxTokens,
  modelField,
  penalty,
  reasoningEffort,
  seed,
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
import { type BuiltModel, streams, type TextModelSpec } from "../spec.js";

/*
 * Google's Gemini and Gemma through the OpenAI-compatible surface:
 * `Gemini`-prefixed component names, a closed request, `temperature` 0..2,
 * `top_k` up to 64, penalties in [-2, 2) (exclusive upper bound), int32
 * seeds, up to 8 candidates, unique stop sequences, audio parts on
 * multimodal models, and a closed `usage` object. Reasoning models take a
 * per-model `reasoning_effort` set and still accept sampling parameters.
 * Google's native format (POST /google/gemini) is in schemas/gemini.ts.
 */

const GOOGLE: Vendor = { name: "Google", ownedBy: "google" };

function chatParts(b: Build): ChatParts {
  const { spec } = b;
  const efforts = spec.reasoning?.efforts;
  const refuses = spec.reasoning?.refusesSampling === true;
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "mapping",
      parts: { discriminator: "plain", closed: false },
      developerRole: false,
      closed: false,
      participantNames: false,
    }),
    reasoning_effort: efforts === undefined ? undefined : reasoningEffort(b, efforts),
    temperature: refuses ? undefined : temperature(b, spec.temperatureMax ?? 2),
    top_p: refuses ? undefined : topP(b),
    top_k: spec.topK === false || refuses ? undefined : topK(b, 1, 64),
    max_completion_tokens: spec.reasoning === undefined ? undefined : maxCompletionTokens(b, spec.maxOutputTokens),
    max_tokens: spec.reasoning === undefined ? maxTokens(b, spec.maxOutputTokens) : undefined,
    n: choiceCount(b, 8),
    stop: stop(b, { maxItems: 5, uniqueItems: true }),
    presence_penalty: penalty(b, "presence", { exclusiveMax: true }),
    frequency_penalty: penalty(b, "frequency", { exclusiveMax: true }),
    seed: seed(b, "int32"),
    logprobs: logprobs(b),
    top_logprobs: topLogprobs(b, 20),
    response_format: responseFormatProperty(b, { discriminator: "mapping", closed: false }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: false, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto", "required"]) : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b, { closed: true }) : undefined,
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: false,
    closedUsage: true,
    requireUsage: true,
    requireCost: true,
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
  return { vendor: GOOGLE, requestProperties, closedRequest: true, componentBodies: true, completion, stream: chunk };
}

export function buildGoogle(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, prefixedNaming("Gemini"));
  const operations = buildOperations(spec, {
    "chat.completions": () => chatOperation(b, chatParts(b)),
    gemini: () => geminiOperation(b),
  });
  return assembleTextModel(b, GOOGLE, operations);
}
