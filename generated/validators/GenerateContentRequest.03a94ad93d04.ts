// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { Content } from "./Content.3359c8631224.js";
import { GenerationConfig } from "./GenerationConfig.277513b538c2.js";
import { SafetySetting } from "./SafetySetting.6195c58d927a.js";
import { SystemInstruction } from "./SystemInstruction.0b6320232361.js";
import { Tool } from "./Tool.60505e9f07c7.js";
import { ToolConfig } from "./ToolConfig.ba8d13fbd769.js";

export const GenerateContentRequest: z.ZodType = v.object({
  properties: [
    ["contents", z.array(Content).check(z.minLength(1))],
    ["generationConfig", GenerationConfig],
    ["model", z.literal("gemini-2.5-pro")],
    ["safetySettings", z.array(SafetySetting).check(z.maxLength(5))],
    ["stream", z.boolean()],
    ["system_instruction", SystemInstruction],
    ["toolConfig", ToolConfig],
    ["tools", z.array(Tool)],
  ],
  required: ["model", "contents"],
  additionalProperties: false,
});
