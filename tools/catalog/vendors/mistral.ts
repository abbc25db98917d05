import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema, streamEventSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { mistralNaming } from "../schemas/naming.js";
import {
  choiceCount,
  maxTokens,
  modelField,
  parallelToolCalls,
  penalty,
  stop,
  streamFlag,
  streamOptions,
  temperature,
  topP,
} from "../schemas/request-fields.js";
import { responseFormatProperty } from "../schemas/response-format.js";
import { toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, hasExtra, refusesSampling, streams, type TextModelSpec } from "../spec.js";

/*
 * Mistral: Mistral's own component names (`Messages`, `TextChunk`,
 * `CompletionChunk`...), a closed request, `temperature` 0..1.5,
 * `random_seed` instead of `seed`, `safe_prompt`, `tool_choice` with `any`,
 * `prompt_mode` on Magistral reasoning models, and a `text/event-stream`
 * schema that describes the SSE event (`{data: CompletionChunk}`), not the
 * chunk itself.
 */

const MISTRAL: Vendor = { name: "Mistral AI", ownedBy: "mistralai" };

export function buildMistral(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, mistralNaming);
  const { d } = b;
  const refuses = refusesSampling(spec);
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "mapping",
      parts: { discriminator: "mapping", closed: false },
      developerRole: false,
      closed: false,
      participantNames: false,
      assistantExtras: hasExtra(spec, "prefix")
        ? {
            prefix: {
              type: "boolean",
              default: false,
              description: "Start the reply with this message's content (it must be the last message).",
            },
          }
        : undefined,
    }),
    temperature: refuses ? undefined : temperature(b, spec.temperatureMax ?? 1.5, { defaultValue: 0.3 }),
    top_p: refuses ? undefined : topP(b),
    max_tokens: maxTokens(b, spec.maxOutputTokens, { min: 0 }),
    stop: stop(b, { maxItems: 8 }),
    random_seed: { ...d.nullable({ type: "integer", minimum: 0 }), description: "Seed for the random sampler." },
    presence_penalty: refuses ? undefined : penalty(b, "presence"),
    frequency_penalty: refuses ? undefined : penalty(b, "frequency"),
    n: choiceCount(b, 8),
    response_format: responseFormatProperty(b, { discriminator: "mapping", closed: false }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: true, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["auto", "none", "any", "required"]) : undefined,
    parallel_tool_calls: spec.tools ? parallelToolCalls() : undefined,
    prompt_mode:
      spec.reasoning === undefined
        ? undefined
        : {
            ...d.nullable({ type: "string", enum: ["reasoning"] }),
            default: "reasoning",
            description: "`reasoning` adds the reasoning system prompt; null leaves it out.",
          },
    safe_prompt: { type: "boolean", default: false, description: "Prepend Mistral's safety prompt." },
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
    logprobs: false,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "model_length", "error", "tool_calls"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: MISTRAL,
    requestProperties,
    closedRequest: true,
    componentBodies: false,
    completion,
    stream: streamEventSchema(b, chunk),
  });
}
