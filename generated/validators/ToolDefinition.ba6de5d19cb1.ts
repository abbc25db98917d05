// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeralSchema } from "./CacheControlEphemeral.8a9e0ea1cc08.js";

export const ToolDefinitionSchema: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeralSchema.nullable()],
    ["description", z.string()],
    ["input_schema", v.object({
      properties: [
        ["properties", v.object().nullable()],
        ["required", z.array(z.string()).nullable()],
        ["type", z.literal("object")],
      ],
      required: ["type"],
    })],
    ["name", z.string().check(v.pattern("^[a-zA-Z0-9_-]{1,64}$", "^[\\-0-9A-Z_a-z]{1,64}$"))],
  ],
  required: ["name", "input_schema"],
  additionalProperties: false,
});
