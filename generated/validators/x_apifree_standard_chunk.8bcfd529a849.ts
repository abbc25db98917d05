// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

/** Schema at "#/x-apifree-standard-chunk" */
export const x_apifree_standard_chunk: z.ZodType = v.object({
  properties: [
    ["id", z.string()],
    ["object", z.literal("chat.completion.chunk")],
    ["created", v.int()],
    ["model", z.string()],
    ["system_fingerprint", z.string().nullable()],
    ["choices", z.array(v.object({
      properties: [
        ["index", v.int().check(z.gte(0))],
        ["delta", v.object({
          properties: [
            ["role", z.literal("assistant")],
            ["content", z.string().nullable()],
            ["refusal", z.string().nullable()],
            ["tool_calls", z.array(v.object({
              properties: [
                ["index", v.int().check(z.gte(0))],
                ["id", z.string()],
                ["type", z.literal("function")],
                ["function", v.object({
                  properties: [["name", z.string()], ["arguments", z.string()]],
                })],
              ],
              required: ["index"],
            }))],
          ],
        })],
        ["finish_reason", z.literal(["stop", "length", "tool_calls", "content_filter", null])],
      ],
      required: ["index", "delta"],
    }))],
    ["usage", v.object({
      properties: [
        ["prompt_tokens", v.int().check(z.gte(0))],
        ["completion_tokens", v.int().check(z.gte(0))],
        ["total_tokens", v.int().check(z.gte(0))],
        ["cost", z.number().check(z.gte(0))],
      ],
      required: ["prompt_tokens", "completion_tokens", "total_tokens"],
    }).nullable()],
  ],
  required: ["id", "object", "created", "model", "choices"],
});
