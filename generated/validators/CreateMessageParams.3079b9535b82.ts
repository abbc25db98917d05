// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { InputMessageSchema } from "./InputMessage.5854a67ce0fb.js";
import { MessagesToolChoiceSchema } from "./MessagesToolChoice.28c1aa87bac5.js";
import { RequestTextBlockSchema } from "./RequestTextBlock.3d09ffe228a7.js";
import { ThinkingConfigParamSchema } from "./ThinkingConfigParam.fd7e83ebed7a.js";
import { ToolDefinitionSchema } from "./ToolDefinition.ba6de5d19cb1.js";

export const CreateMessageParamsSchema: z.ZodType = v.object({
  properties: [
    ["max_tokens", v.int().check(z.gte(1), z.lte(64000))],
    ["messages", z.array(InputMessageSchema).check(z.minLength(1))],
    ["metadata", v.object({
      properties: [["user_id", z.string().check(v.maxLength(256)).nullable()]],
      additionalProperties: false,
    })],
    ["model", z.literal("claude-sonnet-4")],
    ["service_tier", z.literal(["auto", "standard_only"])],
    ["stop_sequences", z.array(z.string().check(v.minLength(1)))],
    ["stream", z.boolean()],
    ["system", z.union([z.string(), z.array(RequestTextBlockSchema).check(z.minLength(1))])],
    ["temperature", z.number().check(z.gte(0), z.lte(1))],
    ["thinking", ThinkingConfigParamSchema],
    ["tool_choice", MessagesToolChoiceSchema],
    ["tools", z.array(ToolDefinitionSchema)],
    ["top_k", v.int().check(z.gte(0))],
    ["top_p", z.number().check(z.gte(0), z.lte(1))],
  ],
  required: ["model", "max_tokens", "messages"],
  additionalProperties: false,
});
