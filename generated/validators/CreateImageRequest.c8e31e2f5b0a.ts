// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";

export const CreateImageRequest: z.ZodType = v.object({
  properties: [
    ["background", z.literal(["transparent", "opaque", "auto", null])],
    ["model", z.literal("gpt-image-1")],
    ["moderation", z.literal(["low", "auto", null])],
    ["n", v.int().check(z.gte(1), z.lte(10)).nullable()],
    ["output_compression", v.int().check(z.gte(0), z.lte(100)).nullable()],
    ["output_format", z.literal(["png", "jpeg", "webp", null])],
    ["prompt", z.string().check(v.minLength(1), v.maxLength(32000))],
    ["quality", z.literal(["auto", "low", "medium", "high", null])],
    ["size", z.literal(["auto", "1024x1024", "1536x1024", "1024x1536", null])],
    ["user", z.string()],
  ],
  required: ["model", "prompt"],
});
