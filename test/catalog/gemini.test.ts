import { describe, expect, it } from "vitest";
import { documentOf, modelsServing, textSpecOf } from "./bundled-models.js";
import {
  acceptedGemini,
  type GeminiFacts,
  geminiChunks,
  geminiReplies,
  minimalGemini,
  refusedGemini,
} from "./fixtures/gemini.js";
import { endpointChecks, why } from "./operation-schemas.js";

/* POST /google/gemini: Google's native shape, with each model's thinking controls and ranges. */

const ENDPOINT = "POST /google/gemini";
const models = modelsServing("gemini").map((model) => {
  const spec = textSpecOf(model.id);
  const facts: GeminiFacts = {
    id: spec.id,
    tools: spec.tools,
    vision: spec.vision,
    topK: spec.topK !== false,
    budget: spec.reasoning?.thinkingBudget,
    levels: spec.reasoning?.efforts,
    maxOutputTokens: spec.maxOutputTokens,
  };
  return { id: model.id, facts, checks: endpointChecks(model.document, ENDPOINT) };
});
const cases = models.map((model) => [model.id, model] as const);

function accepts(id: string, generationConfig: Record<string, unknown>): boolean {
  return endpointChecks(documentOf(id), ENDPOINT).request(minimalGemini({ id }, { generationConfig })).valid;
}

describe("Gemini requests", () => {
  it.each(cases)("%s accepts the Gemini shape", (_id, { facts, checks }) => {
    for (const { name, body } of acceptedGemini(facts)) {
      const result = checks.request(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses what Gemini or the model does not take", (_id, { facts, checks }) => {
    for (const { name, body } of refusedGemini(facts)) expect(checks.request(body).valid, name).toBe(false);
  });

  it("thinking controls differ per model: budget ranges, levels, or none", () => {
    expect(accepts("gemini-2.5-flash", { thinkingConfig: { thinkingBudget: 0 } })).toBe(true);
    expect(accepts("gemini-2.5-pro", { thinkingConfig: { thinkingBudget: 0 } })).toBe(false);
    expect(accepts("gemini-2.5-pro", { thinkingConfig: { thinkingBudget: 32768 } })).toBe(true);
    expect(accepts("gemini-2.5-flash", { thinkingConfig: { thinkingBudget: 32768 } })).toBe(false);
    expect(accepts("gemini-2.5-flash-lite", { thinkingConfig: { includeThoughts: true } })).toBe(false);
    expect(accepts("gemini-3-flash-preview", { thinkingConfig: { thinkingLevel: "minimal" } })).toBe(true);
    expect(accepts("gemini-3-pro-preview", { thinkingConfig: { thinkingLevel: "minimal" } })).toBe(false);
    expect(accepts("gemini-3.1-pro-preview", { thinkingConfig: { thinkingLevel: "medium" } })).toBe(true);
    expect(accepts("gemini-3-pro-preview", { thinkingConfig: { thinkingLevel: "medium" } })).toBe(false);
    expect(accepts("gemini-2.5-pro", { topK: 40 })).toBe(true);
    expect(accepts("gemini-3-pro-preview", { topK: 40 })).toBe(false);
  });
});

describe("Gemini replies and stream chunks", () => {
  it.each(cases)("%s accepts the replies and chunks Gemini sends", (_id, { facts, checks }) => {
    for (const { name, body } of geminiReplies(facts)) {
      const result = checks.response(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
    for (const { name, body } of geminiChunks(facts)) {
      const result = checks.events(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses malformed replies", (_id, { facts, checks }) => {
    const [text] = geminiReplies(facts);
    const body = text!.body as { candidates: Array<Record<string, unknown>> };
    const { usageMetadata: _, ...withoutUsage } = text!.body as Record<string, unknown>;
    expect(checks.response(withoutUsage).valid, "no usageMetadata").toBe(false);
    const badFinish = { ...body, candidates: [{ ...body.candidates[0], finishReason: "DONE" }] };
    expect(checks.response(badFinish).valid, "unknown finishReason").toBe(false);
    const assistant = { ...body, candidates: [{ ...body.candidates[0], content: { role: "assistant", parts: [] } }] };
    expect(checks.response(assistant).valid, "assistant role").toBe(false);
  });
});
