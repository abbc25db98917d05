// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const ImagesResponse: z.ZodType = v.object({
  properties: [
    ["background", z.literal(["transparent", "opaque"])],
    ["created", v.int()],
    ["data", z.array(v.object({
      properties: [
        ["b64_json", z.string()],
        ["revised_prompt", z.string().nullable()],
        ["url", z.string()],
      ],
    }))],
    ["output_format", z.literal(["png", "jpeg", "webp"])],
    ["quality", z.string()],
    ["size", z.string()],
    ["usage", v.object({
      properties: [
        ["cost", z.number().check(z.gte(0))],
        ["input_tokens", v.int().check(z.gte(0))],
        ["input_tokens_details", v.object({
          properties: [
            ["image_tokens", v.int().check(z.gte(0))],
            ["text_tokens", v.int().check(z.gte(0))],
          ],
        })],
        ["output_tokens", v.int().check(z.gte(0))],
        ["total_tokens", v.int().check(z.gte(0))],
      ],
      required: ["input_tokens", "output_tokens", "total_tokens"],
    })],
  ],
  required: ["created", "data"],
});
