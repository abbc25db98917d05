import { assembleModel, startBuild, type Vendor } from "../assemble.js";
import { chunkSchema, completionSchema } from "../schemas/completion.js";
import { properties } from "../schemas/json.js";
import { messagesProperty } from "../schemas/messages.js";
import { prefixedNaming } from "../schemas/naming.js";
import {
  choiceCount,
  maxCompletionTokens,
  maxTokens,
  modelField,
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
 * Moonshot's Kimi: closed request and message objects, `temperature` 0..1,
 * at most 5 choices, at most 5 stop sequences of 32 characters, `tool_choice`
 * limited to `none`/`auto`, `max_tokens` deprecated for
 * `max_completion_tokens`, and `partial` (prefill) on assistant messages.
 */

const MOONSHOT: Vendor = { name: "Moonshot AI", ownedBy: "moonshotai" };

export function buildMoonshot(spec: TextModelSpec): BuiltModel {
  const b = startBuild(spec, prefixedNaming("Kimi"));
  const refuses = refusesSampling(spec);
  const requestProperties = properties({
    model: modelField(b, true),
    messages: messagesProperty(b, {
      discriminator: "mapping",
      parts: { discriminator: "plain", closed: true },
      developerRole: false,
      closed: true,
      participantNames: false,
      assistantExtras: hasExtra(spec, "prefix")
        ? {
            partial: {
              type: "boolean",
              default: false,
              description: "Partial mode: the reply continues this message.",
            },
          }
        : undefined,
    }),
    temperature: refuses
      ? undefined
      : temperature(b, spec.temperatureMax ?? 1, { defaultValue: spec.reasoning === undefined ? 0.6 : 1 }),
    top_p: refuses ? undefined : topP(b),
    max_completion_tokens: maxCompletionTokens(b, spec.maxOutputTokens),
    max_tokens: maxTokens(b, spec.maxOutputTokens, { deprecated: true }),
    n: choiceCount(b, 5),
    presence_penalty: penalty(b, "presence"),
    frequency_penalty: penalty(b, "frequency"),
    stop: stop(b, { maxItems: 5, itemMaxLength: 32 }),
    response_format: responseFormatProperty(b, { discriminator: "plain", closed: true }),
    tools: spec.tools ? toolsProperty(b, { maxTools: 128, strict: false, closed: true }) : undefined,
    tool_choice: spec.tools ? toolChoiceProperty(b, ["none", "auto"]) : undefined,
    stream: streamFlag(b, streams(spec)),
    stream_options: streams(spec) ? streamOptions(b, { closed: true }) : undefined,
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
    allOfCompletion: false,
    deltaRoles: ["assistant"],
    finishReasons: ["stop", "length", "tool_calls", "content_filter"],
  };
  const completion = completionSchema(b, replies);
  const chunk = chunkSchema(b, replies);
  return assembleModel(b, {
    vendor: MOONSHOT,
    requestProperties,
    closedRequest: true,
    componentBodies: false,
    completion,
    stream: chunk,
    notes: ["When `temperature` is near 0, `n` must be 1."],
  });
}
