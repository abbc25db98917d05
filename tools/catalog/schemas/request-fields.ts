import type { Build } from "./build.js";
import { legacyNullable, range } from "./dialect.js";
import { compact, type Schema } from "./json.js";

/* Request members shared by several vendors, each with the knobs vendors really differ on. */

/** `model`: pinned to the model's id, or any non-empty string (the gateway routes on it). */
export function modelField(b: Build, pinned: boolean): Schema {
  if (pinned) {
    return b.d.constant("string", b.spec.id, {
      description: "Model identifier; this document describes only this model.",
    });
  }
  return {
    type: "string",
    minLength: 1,
    description: `APIFree model identifier, \`${b.spec.id}\` here.`,
    ...b.d.example(b.spec.id),
  };
}

export function temperature(b: Build, max: number, o: { exclusiveMax?: boolean; defaultValue?: number } = {}): Schema {
  return compact({
    type: "number",
    description: `Sampling temperature: higher is more random. ${o.exclusiveMax === true ? `At least 0 and below ${max}.` : `Between 0 and ${max}.`}`,
    ...range(b.d, 0, max, { max: o.exclusiveMax === true }),
    default: o.defaultValue ?? 1,
  });
}

/** A sampling knob a reasoning model does not let you move: only its default value passes. */
export function onlyDefault(b: Build, name: string, value: number): Schema {
  return b.d.constant("number", value, {
    description: `Not adjustable on this reasoning model: \`${name}\` may only be ${value}.`,
  });
}

export function topP(b: Build, o: { exclusiveMin?: boolean } = {}): Schema {
  return {
    type: "number",
    description: "Nucleus sampling: only tokens within this cumulative probability are considered.",
    ...range(b.d, 0, 1, { min: o.exclusiveMin === true }),
    default: 1,
  };
}

export function topK(b: Build, min: number, max?: number): Schema {
  return compact({
    type: "integer",
    description: "Sample only from the K most likely tokens.",
    ...range(b.d, min, max),
  });
}

export function penalty(b: Build, what: "presence" | "frequency", o: { exclusiveMax?: boolean } = {}): Schema {
  return {
    type: "number",
    description:
      what === "presence"
        ? "Positive values push the model towards new topics."
        : "Positive values penalise tokens by how often they already appeared.",
    ...range(b.d, -2, 2, { max: o.exclusiveMax === true }),
    default: 0,
  };
}

export function repetitionPenalty(b: Build): Schema {
  return {
    type: "number",
    description: "Multiplicative penalty on repeated tokens; 1 means none.",
    ...range(b.d, 0, 2, { min: true }),
    default: 1,
  };
}

export function minP(b: Build): Schema {
  return {
    type: "number",
    description: "Drop tokens whose probability is below this fraction of the most likely one.",
    ...range(b.d, 0, 1),
    default: 0,
  };
}

export type SeedKind = "int64" | "int32" | "uint32" | "unbounded";

export function seed(_b: Build, kind: SeedKind, o: { deprecated?: boolean } = {}): Schema {
  const bounds =
    kind === "int64"
      ? // biome-ignore lint/correctness/noPrecisionLoss: int64 bounds as vendors publish them (OpenAI's seed), beyond 2^53 on purpose.
        { minimum: -9223372036854775808, maximum: 9223372036854775807 }
      : kind === "int32"
        ? { minimum: -2147483648, maximum: 2147483647 }
        : kind === "uint32"
          ? { minimum: 0, maximum: 4294967295 }
          : {};
  return compact({
    type: "integer",
    description: "Best-effort determinism: the same seed and parameters should give the same result.",
    ...bounds,
    deprecated: o.deprecated === true ? true : undefined,
  });
}

export function logitBias(b: Build): Schema {
  return b.d.nullable({
    type: "object",
    description: "Maps token ids (as strings) to a bias from -100 to 100 added to their logits.",
    additionalProperties: { type: "integer", minimum: -100, maximum: 100 },
    ...b.d.propertyNames({ pattern: "^[0-9]+$" }),
  });
}

export function logprobs(b: Build): Schema {
  return {
    ...b.d.nullable({ type: "boolean" }),
    default: false,
    description: "Return the log probabilities of the output tokens.",
  };
}

export function topLogprobs(b: Build, max: number): Schema {
  return {
    ...b.d.nullable({ type: "integer", minimum: 0, maximum: max }),
    description: `How many most likely alternatives to return per token (0 to ${max}); needs \`logprobs\`.`,
  };
}

export function choiceCount(b: Build, max: number): Schema {
  return {
    ...b.d.nullable({ type: "integer", minimum: 1, maximum: max }),
    default: 1,
    description: `How many choices to generate (1 to ${max}).`,
  };
}

export interface StopOptions {
  maxItems: number;
  uniqueItems?: boolean;
  itemMaxLength?: number;
  /** Write the null branch as 3.0 `nullable` even in 3.1 (OpenAI's quirk). */
  legacy?: boolean;
  /** Array form only (no single string). */
  arrayOnly?: boolean;
}

export function stop(b: Build, o: StopOptions): Schema {
  const item = compact({ type: "string", maxLength: o.itemMaxLength });
  const array = compact({
    type: "array",
    minItems: 1,
    maxItems: o.maxItems,
    uniqueItems: o.uniqueItems === true ? true : undefined,
    items: item,
  });
  const description = `Up to ${o.maxItems} sequences where generation stops; the sequence is not returned.`;
  if (o.arrayOnly === true) return { ...array, description };
  const branches = [item, array];
  if (o.legacy === true) return legacyNullable({ description, oneOf: branches });
  return b.d.nullableUnion(branches, { description });
}

export function user(o: { deprecated?: boolean; maxLength?: number } = {}): Schema {
  return compact({
    type: "string",
    description: "A stable identifier of your end user, for abuse monitoring.",
    maxLength: o.maxLength,
    deprecated: o.deprecated === true ? true : undefined,
  });
}

/** Free-form tags, capped as OpenAI caps them: 16 pairs, keys up to 64 characters, values up to 512. */
export function metadata(b: Build): Schema {
  return b.c.once("Metadata", () =>
    b.d.nullable({
      type: "object",
      description: "Up to 16 key-value pairs attached to the request for your own bookkeeping.",
      maxProperties: 16,
      additionalProperties: { type: "string", maxLength: 512 },
      ...b.d.propertyNames({ maxLength: 64 }),
    }),
  );
}

export function maxTokens(_b: Build, max: number, o: { deprecated?: boolean; min?: number } = {}): Schema {
  return compact({
    type: "integer",
    description:
      o.deprecated === true
        ? "Deprecated in favour of `max_completion_tokens`, which also counts reasoning tokens."
        : `Largest number of tokens to generate (up to ${max}).`,
    minimum: o.min ?? 1,
    maximum: max,
    deprecated: o.deprecated === true ? true : undefined,
  });
}

export function maxCompletionTokens(_b: Build, max: number): Schema {
  return {
    type: "integer",
    description: `Upper bound on generated tokens, visible output and reasoning together (up to ${max}).`,
    minimum: 1,
    maximum: max,
  };
}

export function streamFlag(b: Build, streams: boolean): Schema {
  if (!streams)
    return b.d.constant("boolean", false, {
      description: "This model does not stream; only `false` is accepted.",
      default: false,
    });
  return {
    type: "boolean",
    default: false,
    description: "Send the reply as server-sent events, one chunk per `data:` line, ending with `data: [DONE]`.",
  };
}

export function streamOptions(b: Build, o: { legacy?: boolean; closed?: boolean; obfuscation?: boolean } = {}): Schema {
  const options = b.c.once("StreamOptions", () =>
    compact({
      type: "object",
      description: "Options for streamed replies; only with `stream: true`.",
      properties: {
        include_usage: {
          type: "boolean",
          description:
            "Send a last chunk with `usage` (tokens and cost) and empty `choices`; every other chunk carries `usage: null`.",
        },
        ...(o.obfuscation === true
          ? {
              include_obfuscation: {
                type: "boolean",
                description: "Pad chunks with random characters against side-channel attacks.",
              },
            }
          : {}),
      },
      additionalProperties: o.closed === true ? false : undefined,
    }),
  );
  return o.legacy === true ? { allOf: [options], nullable: true } : b.d.nullableRef(options);
}

export function reasoningEffort(
  b: Build,
  efforts: readonly string[],
  o: { component?: boolean; defaultValue?: string; nullable?: boolean } = {},
): Schema {
  const make = (): Schema =>
    compact({
      ...(o.nullable === true
        ? b.d.nullable({ type: "string", enum: [...efforts] })
        : { type: "string", enum: [...efforts] }),
      description: `How hard the model thinks before answering: ${efforts.join(", ")}. Less effort is faster and uses fewer reasoning tokens.`,
      default: o.defaultValue,
    });
  return o.component === true ? b.c.once("ReasoningEffort", make) : make();
}

export function parallelToolCalls(): Schema {
  return { type: "boolean", default: true, description: "Allow several function calls in one reply." };
}
