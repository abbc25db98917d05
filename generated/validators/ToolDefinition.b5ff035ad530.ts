// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { CacheControlEphemeral } from "./CacheControlEphemeral.e6d797684923.js";

export const ToolDefinition: z.ZodType = v.object({
  properties: [
    ["cache_control", CacheControlEphemeral.nullable()],
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
