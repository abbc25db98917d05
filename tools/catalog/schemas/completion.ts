import { thinksAloud } from "../spec.js";
import type { Build } from "./build.js";
import { legacyNullable } from "./dialect.js";
import { compact, properties, type Schema } from "./json.js";
import { toolCall, toolCallDelta } from "./tools.js";

/*
 * The completion (non-stream 200) and one stream chunk. They must accept
 * exactly what APIFree (and the emulator) sends: `logprobs: null`,
 * `system_fingerprint`, `usage` with `cost`, `usage: null` on every chunk
 * while `stream_options.include_usage` is set and a last chunk with empty
 * `choices`; `reasoning_content` only on models that think aloud,
 * `tool_calls` only on tool models.
 */

export interface CompletionOptions {
  /** OpenAI's `refusal` member on message and delta. */
  refusal: boolean;
  /** OpenAI's `annotations` (URL citations) on the message. */
  annotations: boolean;
  /** Closes message and delta objects: a member the vendor never sends is a schema violation. */
  closedMessage: boolean;
  closedUsage: boolean;
  /** Extra members of `usage` (DeepSeek's cache counters...). */
  usageExtras?: Record<string, Schema>;
  requireUsage: boolean;
  requireCost: boolean;
  /** `service_tier` on completion and chunk. */
  serviceTier: boolean;
  /** Token log probabilities are described (else `logprobs` is a bare nullable object). */
  logprobs: boolean;
  /** `finish_reason` in a stream choice is listed as required (OpenAI). */
  chunkFinishRequired: boolean;
  /** Write `usage` of the chunk with 3.0's `nullable` even in a 3.1 document. */
  legacyChunkUsage: boolean;
  /** Describe the completion as `allOf` of a base object and the usage part. */
  allOfCompletion: boolean;
  /** Roles listed for `delta.role` (OpenAI lists them all). */
  deltaRoles: readonly string[];
  finishReasons: readonly string[];
}

function nullableString(b: Build, description: string): Schema {
  return { ...b.d.nullable({ type: "string" }), description };
}

function usage(b: Build, o: CompletionOptions): Schema {
  return b.c.once("Usage", () =>
    compact({
      type: "object",
      description: "Tokens used by the request and what it cost.",
      required: ["prompt_tokens", "completion_tokens", "total_tokens", ...(o.requireCost ? ["cost"] : [])],
      properties: {
        prompt_tokens: { type: "integer", minimum: 0, description: "Tokens in the prompt." },
        completion_tokens: { type: "integer", minimum: 0, description: "Tokens generated, reasoning included." },
        total_tokens: { type: "integer", minimum: 0 },
        cost: {
          type: "number",
          minimum: 0,
          description: "Price of the request in US dollars, computed by APIFree from the model's pricing.",
        },
        prompt_tokens_details: {
          type: "object",
          properties: {
            cached_tokens: { type: "integer", minimum: 0, description: "Prompt tokens served from the cache." },
          },
        },
        completion_tokens_details: {
          type: "object",
          properties: {
            reasoning_tokens: { type: "integer", minimum: 0, description: "Tokens the model spent thinking." },
          },
        },
        ...o.usageExtras,
      },
      additionalProperties: o.closedUsage ? false : undefined,
    }),
  );
}

function logprobsSchema(b: Build, o: CompletionOptions): Schema {
  if (!o.logprobs)
    return { ...b.d.nullable({ type: "object" }), description: "Always null unless log probabilities were requested." };
  const token = b.c.once("TokenLogprob", () => ({
    type: "object",
    required: ["token", "logprob"],
    properties: {
      token: { type: "string" },
      logprob: { type: "number", maximum: 0 },
      bytes: b.d.nullable({ type: "array", items: { type: "integer", minimum: 0, maximum: 255 } }),
      top_logprobs: {
        type: "array",
        items: {
          type: "object",
          required: ["token", "logprob"],
          properties: { token: { type: "string" }, logprob: { type: "number" } },
        },
      },
    },
  }));
  const choiceLogprobs = b.c.once("Logprobs", () => ({
    type: "object",
    description: "Log probabilities of the output tokens.",
    properties: {
      content: b.d.nullable({ type: "array", items: token }),
      ...(o.refusal ? { refusal: b.d.nullable({ type: "array", items: token }) } : {}),
    },
  }));
  return b.d.nullableRef(choiceLogprobs, { description: "Present when `logprobs` was requested; null otherwise." });
}

function responseMessage(b: Build, o: CompletionOptions): Schema {
  const { d, spec } = b;
  return b.c.once("ResponseMessage", () => ({
    type: "object",
    description: "The model's reply.",
    required: ["role", "content"],
    properties: properties({
      role: d.constant("string", "assistant"),
      content: nullableString(b, "The reply text; null when the reply is only function calls."),
      reasoning_content: thinksAloud(spec)
        ? nullableString(b, "The model's reasoning before the answer, as text.")
        : undefined,
      refusal: o.refusal ? nullableString(b, "The refusal message, when the model declined.") : undefined,
      tool_calls: spec.tools
        ? { type: "array", description: "Function calls the model made.", items: toolCall(b) }
        : undefined,
      annotations: o.annotations
        ? {
            type: "array",
            description: "Citations attached to the reply.",
            items: {
              type: "object",
              required: ["type"],
              properties: { type: { type: "string" }, url_citation: { type: "object" } },
            },
          }
        : undefined,
    }),
    ...(o.closedMessage ? { additionalProperties: false } : {}),
  }));
}

function finishReason(b: Build, o: CompletionOptions, nullable: boolean): Schema {
  const base: Schema = { type: "string", enum: [...o.finishReasons] };
  return {
    ...(nullable ? b.d.nullable(base) : base),
    description: nullable
      ? "Why generation stopped; null until the last chunk of the choice."
      : "Why generation stopped.",
  };
}

function created(): Schema {
  return { type: "integer", description: "Unix time (seconds) when the completion was created." };
}

export function completionSchema(b: Build, o: CompletionOptions): Schema {
  const { c, d } = b;
  const choice = c.once("Choice", () => ({
    type: "object",
    required: ["index", "message", "finish_reason"],
    properties: {
      index: { type: "integer", minimum: 0 },
      message: responseMessage(b, o),
      finish_reason: finishReason(b, o, false),
      logprobs: logprobsSchema(b, o),
    },
  }));
  const base: Schema = {
    type: "object",
    description: "A chat completion.",
    required: ["id", "object", "created", "model", "choices"],
    properties: properties({
      id: { type: "string", description: "Unique id of the completion." },
      object: d.constant("string", "chat.completion"),
      created: created(),
      model: { type: "string", description: "The model that answered." },
      system_fingerprint: nullableString(b, "Backend configuration the reply was produced with."),
      service_tier: o.serviceTier ? d.nullable({ type: "string" }) : undefined,
      choices: { type: "array", items: choice },
      usage: o.allOfCompletion ? undefined : usage(b, o),
    }),
  };
  if (o.requireUsage && !o.allOfCompletion) (base.required as string[]).push("usage");
  if (!o.allOfCompletion) return c.once("Completion", () => base);
  const baseRef = c.once("CompletionBase", () => base);
  return c.once("Completion", () => ({
    description: "A chat completion with its usage.",
    allOf: [
      baseRef,
      { type: "object", ...(o.requireUsage ? { required: ["usage"] } : {}), properties: { usage: usage(b, o) } },
    ],
  }));
}

export function chunkSchema(b: Build, o: CompletionOptions): Schema {
  const { c, d, spec } = b;
  const delta = c.once("Delta", () => ({
    type: "object",
    description: "What this chunk adds to the reply.",
    properties: properties({
      role: { type: "string", enum: [...o.deltaRoles] },
      content: nullableString(b, "Next piece of the reply text."),
      reasoning_content: thinksAloud(spec) ? nullableString(b, "Next piece of the model's reasoning.") : undefined,
      refusal: o.refusal ? nullableString(b, "Next piece of a refusal.") : undefined,
      tool_calls: spec.tools ? { type: "array", items: toolCallDelta(b) } : undefined,
    }),
    ...(o.closedMessage ? { additionalProperties: false } : {}),
  }));
  const chunkChoice = c.once("ChunkChoice", () => ({
    type: "object",
    required: ["index", "delta", ...(o.chunkFinishRequired ? ["finish_reason"] : [])],
    properties: {
      index: { type: "integer", minimum: 0 },
      delta,
      finish_reason: finishReason(b, o, true),
      logprobs: logprobsSchema(b, o),
    },
  }));
  const usageRef = usage(b, o);
  const usageMember = o.legacyChunkUsage
    ? legacyNullable({
        allOf: [usageRef],
        description: "Null on every chunk but the last when `stream_options.include_usage` is set.",
      })
    : d.nullableRef(usageRef, {
        description: "Null on every chunk but the last when `stream_options.include_usage` is set.",
      });
  return c.once("Chunk", () => ({
    type: "object",
    description: "One server-sent chunk of a streamed completion. The usage chunk has an empty `choices`.",
    required: ["id", "object", "created", "model", "choices"],
    properties: properties({
      id: { type: "string", description: "Same for every chunk of a completion." },
      object: d.constant("string", "chat.completion.chunk"),
      created: created(),
      model: { type: "string" },
      system_fingerprint: nullableString(b, "Backend configuration the reply was produced with."),
      service_tier: o.serviceTier ? d.nullable({ type: "string" }) : undefined,
      choices: { type: "array", items: chunkChoice },
      usage: usageMember,
    }),
  }));
}

/** Mistral's stream schema: the SSE event `{data: Chunk}` rather than the chunk itself. */
export function streamEventSchema(b: Build, chunk: Schema): Schema {
  return b.c.once("StreamEvent", () => ({
    type: "object",
    description: "One server-sent event; `data` holds the chunk. The stream ends with `data: [DONE]`.",
    required: ["data"],
    properties: { event: { type: "string" }, data: chunk },
  }));
}
