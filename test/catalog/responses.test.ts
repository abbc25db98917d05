import { describe, expect, it } from "vitest";
import { hasExtra } from "../../tools/catalog/spec.js";
import { documentOf, modelsServing, textSpecOf } from "./bundled-models.js";
import {
  acceptedResponses,
  minimalResponse,
  type ResponsesFacts,
  refusedResponses,
  responseEvents,
  responseReplies,
} from "./fixtures/responses.js";
import { endpointChecks, why } from "./operation-schemas.js";

/* POST /v1/responses: each model takes the Responses shape, with its own reasoning efforts and tools. */

const ENDPOINT = "POST /v1/responses";
const models = modelsServing("responses").map((model) => {
  const spec = textSpecOf(model.id);
  const facts: ResponsesFacts = {
    id: spec.id,
    tools: spec.tools,
    vision: spec.vision,
    efforts: spec.reasoning?.efforts,
    webSearch: spec.tools && hasExtra(spec, "web-search"),
    jsonSchema: spec.jsonSchema,
    maxOutputTokens: spec.maxOutputTokens,
  };
  return { id: model.id, facts, checks: endpointChecks(model.document, ENDPOINT) };
});
const cases = models.map((model) => [model.id, model] as const);

function accepts(id: string, extra: Record<string, unknown>): boolean {
  return endpointChecks(documentOf(id), ENDPOINT).request(minimalResponse({ id }, extra)).valid;
}

describe("Responses requests", () => {
  it.each(cases)("%s accepts the Responses shape", (_id, { facts, checks }) => {
    for (const { name, body } of acceptedResponses(facts)) {
      const result = checks.request(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses what Responses or the model does not take", (_id, { facts, checks }) => {
    for (const { name, body } of refusedResponses(facts)) expect(checks.request(body).valid, name).toBe(false);
  });

  it("reasoning.effort values differ per model, and non-reasoning models have no `reasoning`", () => {
    expect(accepts("gpt-5.2", { reasoning: { effort: "xhigh" } })).toBe(true);
    expect(accepts("gpt-5.2", { reasoning: { effort: "none" } })).toBe(true);
    expect(accepts("gpt-5.2", { reasoning: { effort: "minimal" } })).toBe(false);
    expect(accepts("gpt-5-mini", { reasoning: { effort: "minimal" } })).toBe(true);
    expect(accepts("gpt-5-mini", { reasoning: { effort: "xhigh" } })).toBe(false);
    expect(accepts("gpt-5.4-nano", { reasoning: { effort: "xhigh" } })).toBe(false);
    expect(accepts("gpt-4.1", { reasoning: { effort: "low" } })).toBe(false);
    const sets = new Set(models.map(({ facts }) => (facts.efforts ?? ["(none)"]).join("|")));
    expect(sets.size).toBeGreaterThanOrEqual(4);
  });

  it("sampling knobs only on non-reasoning models", () => {
    expect(accepts("gpt-4.1", { temperature: 0.2, top_p: 0.5 })).toBe(true);
    expect(accepts("gpt-4o-mini", { temperature: 0.2 })).toBe(true);
    expect(accepts("gpt-5", { temperature: 0.2 })).toBe(false);
    expect(accepts("gpt-5.4", { top_p: 0.5 })).toBe(false);
  });
});

describe("Responses replies and stream events", () => {
  it.each(cases)("%s accepts the responses and events the protocol sends", (_id, { facts, checks }) => {
    for (const { name, body } of responseReplies(facts)) {
      const result = checks.response(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
    for (const { name, body } of responseEvents(facts)) {
      const result = checks.events(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses malformed responses and events", (_id, { facts, checks }) => {
    const [text] = responseReplies(facts);
    expect(checks.response({ ...text!.body, status: "done" }).valid, "unknown status").toBe(false);
    expect(checks.response({ ...text!.body, object: "chat.completion" }).valid, "wrong object").toBe(false);
    expect(checks.response({ ...text!.body, output: [{ type: "image" }] }).valid, "unknown output item").toBe(false);
    const events = responseEvents(facts);
    const delta = events.find((event) => event.name === "response.output_text.delta")!.body;
    const { sequence_number: _, ...withoutSequence } = delta;
    expect(checks.events(withoutSequence).valid, "no sequence_number").toBe(false);
    expect(checks.events({ ...delta, type: "response.output_text.appended" }).valid, "unknown event").toBe(false);
    expect(checks.events({ ...delta, delta: 42 }).valid, "numeric delta").toBe(false);
  });
});
