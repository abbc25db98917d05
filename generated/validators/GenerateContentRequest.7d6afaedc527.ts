// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ContentSchema } from "./Content.a4b5df8e0ac2.js";
import { GenerationConfigSchema } from "./GenerationConfig.c906eb9eebbc.js";
import { SafetySettingSchema } from "./SafetySetting.6342dafe9103.js";
import { SystemInstructionSchema } from "./SystemInstruction.ba33615df70d.js";
import { ToolSchema } from "./Tool.4566cac2f351.js";
import { ToolConfigSchema } from "./ToolConfig.533f3e3d76f6.js";

export const GenerateContentRequestSchema: z.ZodType = v.object({
  properties: [
    ["contents", z.array(ContentSchema).check(z.minLength(1))],
    ["generationConfig", GenerationConfigSchema],
    ["model", z.literal("gemini-3.1-pro-preview")],
    ["safetySettings", z.array(SafetySettingSchema).check(z.maxLength(5))],
    ["stream", z.boolean()],
    ["system_instruction", SystemInstructionSchema],
    ["toolConfig", ToolConfigSchema],
    ["tools", z.array(ToolSchema)],
  ],
  required: ["model", "contents"],
  additionalProperties: false,
});
