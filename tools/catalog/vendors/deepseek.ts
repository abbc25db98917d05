import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { plainNaming } from "../schemas/naming.js";
import {
  logprobs,
  maxTokens,
  modelField,
  penalty,
  reasoningEffort,
  stop,
  streamFlag,
  streamOptions,
  temperature,
  topLogprobs,
  topP,
} from "../schemas/request-fields.js";
import { responseFormatProperty } from "../schemas/response-format.js";
import { toolChoiceProperty, toolsProperty } from "../schemas/tools.js";
import { type BuiltModel, hasExtra, refusesSampling, streams, type TextModelSpec, thinksAloud } from "../spec.js";

/*
 * DeepSeek: an open request body (unknown members pass) except on reasoning
 * models that refuse sampling, where it is closed so that `temperature` and
 * friends are rejected; `model` is any non-empty string; JSON mode but no
 * JSON Schema output; up to 16 stop sequences; `reasoning_content` on the
 * thinking models; cache-hit counters in `usage`; assistant prefill.
 */

const DEEPSEEK: Vendor = { name: "DeepSeek", ownedBy: "deepseek" };

export function buildDeepSeek(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, plainNaming, spec.openapi === "3.0" ? "3.0.1" : "3.1.0");
  const { d } = b;
  const refuses = refusesSampling(spec);
  const efforts = spec.reasoning?.efforts;
  const prefill = hasExtra(spec, "prefix");
  const requestProperties = properties({
    model: modelField(b, false),
    messages: messagesProperty(b, {
      discriminator: "plain",
      parts: { discriminator: "none", closed: false },
      developerRole: false,
      closed: false,
      participantNames: true,
      assistantExtras: prefill
        ? {
            prefix: {
              type: "boolean",
              default: false,
              description:
                "(Beta) Continue this assistant message instead of starting a new one; must be the last message.",
            },
            ...(thinksAloud(spec)
              ? {
                  reasoning_content: {
                    ...d.nullable({ type: "string" }),
                    description: "Reasoning to continue from, in prefix mode.",
                  },
                }
              : {}),
          }
        : undefined,
    }),
    reasoning_effort: efforts === undefined ? undefined : reasoningEffort(b, efforts),
    temperature: refuses ? undefined : temperature(b, spec.temperatureMax ?? 2),
    top_p: refuses ? undefined : topP(b),
    max_tokens: maxTokens(b, spec.maxOutputTokens),
    presence_penalty: refuses ? undefined : penalty(b, "presence"),
    frequency_penalty: refuses ? undefined : penalty(b, "frequency"),
    stop: stop(b, { maxItems: 16 }),
    logprobs: spec.reasoning === undefined ? logprobs(b) : undefined,
    top_logprobs: spec.reasoning === undefined ? topLogprobs(b, 20) : undefined,
    response_format: responseFormatProperty(b, { discriminator: "plain", closed: false }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: true, closed: false }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto", "required"]) : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b) : undefined,
  });
  const replies = {
    refusal: false,
    annotations: false,
    closedMessage: false,
    closedUsage: false,
    usageExtras: {
      prompt_cache_hit_tokens: {
        type: "integer",
        minimum: 0,
        description: "Prompt tokens that hit the context cache.",
      },
      prompt_cache_miss_tokens: {
        type: "integer",
        minimum: 0,
        description: "Prompt tokens that missed the context cache.",
      },
    },
    requireUsage: true,
    requireCost: false,
    serviceTier: false,
    logprobs: true,
    chunkFinishRequired: false,
    legacyChunkUsage: false,
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "content_filter", "tool_calls", "insufficient_system_resource"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: DEEPSEEK,
    requestProperties,
    closedRequest: refuses,
    componentBodies: false,
    completion,
    stream: chunk,
    notes: thinksAloud(spec)
      ? ["Do not send `reasoning_content` back in later turns unless continuing with `prefix`."].filter(() => prefill)
      : [],
  });
}
