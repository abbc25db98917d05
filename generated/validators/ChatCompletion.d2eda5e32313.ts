// @ts-nocheck: generated and type-checked by apifree-typed. Do not edit.
import { v, z } from "apifree-typed/validators";
import { ChatCompletionBase } from "./ChatCompletionBase.80c639404197.js";
import { Usage } from "./Usage.8cb23b384079.js";

export const ChatCompletion: z.ZodType = v.allOf([
  ChatCompletionBase,
  v.object({ properties: [["usage", Usage]], required: ["usage"] }),
]);
