import { GEMINI_FRAMING, geminiChunks } from "../reply/gemini/chunks.js";
import { type GeminiFeatures, geminiFeatures } from "../reply/gemini/features.js";
import { renderGemini } from "../reply/gemini/reply.js";
import { geminiRequest, thoughtsShown } from "../reply/gemini/request.js";
import { type Protocol, serveOperation } from "./serve-operation.js";

/*
 * POST /google/gemini: Google's native protocol, at the origin (outside
 * /v1), with `model` and `stream` in the body as APIFree takes them.
 */

const GEMINI: Protocol<GeminiFeatures> = {
  operation: "gemini",
  features: geminiFeatures,
  read: (body, features) => geminiRequest(body, features.canThink, features.modelReasons),
  reply: (plan, body, features) => renderGemini(plan, thoughtsShown(body), features.reply),
  events: (plan, body, features) => geminiChunks(plan, thoughtsShown(body), features.chunk),
  framing: GEMINI_FRAMING,
};

export const handleGemini = serveOperation(GEMINI);
