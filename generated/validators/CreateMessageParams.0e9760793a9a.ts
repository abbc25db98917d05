// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputMessage } from "./InputMessage.08f3160076c4.js";
import { MessagesToolChoice } from "./MessagesToolChoice.6a5b3820dc56.js";
import { RequestTextBlock } from "./RequestTextBlock.dbd7b04b5e63.js";
import { ThinkingConfigParam } from "./ThinkingConfigParam.87624d5b8fbd.js";
import { ToolDefinition } from "./ToolDefinition.b5ff035ad530.js";

export const CreateMessageParams: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(64000))],
    ["messages", z.array(InputMessage).check(z.minLength(1))],
    ["metadata", v.object({
      properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
      additionalProperties: false,
    })],
    ["model", z.literal("claude-sonnet-4.6")],
    ["service_tier", z.literal(["auto", "standard_only"])],
    ["stop_sequences", z.array(z.string().check(v.minLength(1)))],
    ["stream", z.boolean()],
    ["system", z.union([z.string(), z.array(RequestTextBlock).check(z.minLength(1))])],
    ["temperature", z.number().check(z.gte(0), z.lte(1))],
    ["thinking", ThinkingConfigParam],
    ["tool_choice", MessagesToolChoice],
    ["tools", z.array(ToolDefinition)],
    ["top_k", v.int().check(z.gte(0))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "max_tokens", "messages"],
  additionalProperties: false,
});
