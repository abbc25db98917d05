// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Messages } from "./Messages.19d0ce685e48.js";
import { ResponseFormat } from "./ResponseFormat.6d94a59a4c3d.js";
import { Tool } from "./Tool.2406839c769d.js";
import { ToolChoice } from "./ToolChoice.0ec9d40a7915.js";

export const ChatCompletionRequest: z.ZodType = v.object({
  properties: [
    ["frequency_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["max_tokens", v.int().check(z.gte(0), z.lte(40000))],
    ["messages", z.array(Messages).check(z.minLength(1))],
    ["model", z.literal("mistralai/magistral-medium-2509")],
    ["n", v.int().check(z.gte(1), z.lte(8)).nullable()],
    ["parallel_tool_calls", z.boolean()],
    ["presence_penalty", z.number().check(z.gte(-2), z.lte(2))],
    ["prompt_mode", z.literal(["reasoning", null])],
    ["random_seed", v.int().check(z.gte(0)).nullable()],
    ["response_format", ResponseFormat],
    ["safe_prompt", z.boolean()],
    ["stop", z.union([
      z.string(),
      z.array(z.string()).check(z.minLength(1), z.maxLength(8)),
    ]).nullable()],
    ["stream", z.boolean()],
    ["stream_options", v.object({
      properties: [["include_usage", z.boolean()]],
      additionalProperties: false,
    }).nullable()],
    ["temperature", z.number().check(z.gte(0), z.lte(1.5))],
    ["tool_choice", ToolChoice],
    ["tools", z.array(Tool).check(z.maxLength(128))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "messages"],
  additionalProperties: false,
});
