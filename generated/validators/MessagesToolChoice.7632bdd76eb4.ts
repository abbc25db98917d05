// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ToolChoiceAnySchema } from "./ToolChoiceAny.92b40a94455d.js";
import { ToolChoiceAutoSchema } from "./ToolChoiceAuto.158d15ec985e.js";
import { ToolChoiceNoneSchema } from "./ToolChoiceNone.63fc488847d1.js";
import { ToolChoiceToolSchema } from "./ToolChoiceTool.f6b2152d6a01.js";

export const MessagesToolChoiceSchema: z.ZodType = v.discriminated("type", [
  [["auto"], ToolChoiceAutoSchema],
  [["any"], ToolChoiceAnySchema],
  [["tool"], ToolChoiceToolSchema],
  [["none"], ToolChoiceNoneSchema],
]);
