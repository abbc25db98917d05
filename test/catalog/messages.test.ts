import { describe, expect, it } from "vitest";
import { documentOf, modelsServing, textSpecOf } from "./bundled-models.js";
import {
  acceptedMessages,
  messageEvents,
  messageReplies,
  minimalMessage,
  refusedMessages,
  type TextFacts,
} from "./fixtures/messages.js";
import { endpointChecks, why } from "./operation-schemas.js";

/* POST /v1/messages: each model takes the Messages shape, narrowed as Anthropic narrows it. */

const ENDPOINT = "POST /v1/messages";
const models = modelsServing("messages").map((model) => {
  const spec = textSpecOf(model.id);
  const facts: TextFacts = {
    id: spec.id,
    tools: spec.tools,
    vision: spec.vision,
    thinking: spec.reasoning !== undefined,
    maxOutputTokens: spec.maxOutputTokens,
  };
  return { id: model.id, facts, checks: endpointChecks(model.document, ENDPOINT) };
});
const cases = models.map((model) => [model.id, model] as const);

function checksOf(id: string) {
  return endpointChecks(documentOf(id), ENDPOINT);
}

describe("Messages requests", () => {
  it.each(cases)("%s accepts the Messages shape", (_id, { facts, checks }) => {
    for (const { name, body } of acceptedMessages(facts)) {
      const result = checks.request(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses what Messages or the model does not take", (_id, { facts, checks }) => {
    for (const { name, body } of refusedMessages(facts)) expect(checks.request(body).valid, name).toBe(false);
  });

  it("takes `thinking` exactly where the model has extended thinking", () => {
    const thinking = { max_tokens: 4096, thinking: { type: "enabled", budget_tokens: 2048 } };
    const verdicts = models.map(({ id, facts, checks }) => {
      expect(checks.request(minimalMessage(facts, thinking)).valid, id).toBe(facts.thinking);
      return facts.thinking;
    });
    expect(verdicts).toContain(true);
    expect(verdicts).toContain(false);
  });

  it("keeps thinking budgets below each model's own max_tokens ceiling", () => {
    const opus = textSpecOf("claude-opus-4.6");
    const sonnet = textSpecOf("claude-sonnet-4");
    expect(opus.maxOutputTokens).toBeGreaterThan(sonnet.maxOutputTokens);
    const big = { max_tokens: opus.maxOutputTokens, thinking: { type: "enabled", budget_tokens: 100000 } };
    expect(checksOf(opus.id).request(minimalMessage(opus, big)).valid).toBe(true);
    expect(checksOf(sonnet.id).request(minimalMessage(sonnet, big)).valid).toBe(false);
    const fitting = { max_tokens: sonnet.maxOutputTokens, thinking: { type: "enabled", budget_tokens: 60000 } };
    expect(checksOf(sonnet.id).request(minimalMessage(sonnet, fitting)).valid).toBe(true);
  });

  it("a body written for one model is refused by another (the model id is pinned)", () => {
    const [first, second] = models;
    expect(first!.checks.request(minimalMessage(second!.facts)).valid).toBe(false);
  });
});

describe("Messages replies and stream events", () => {
  it.each(cases)("%s accepts the messages and events the protocol sends", (_id, { facts, checks }) => {
    for (const { name, body } of messageReplies(facts)) {
      const result = checks.response(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
    for (const { name, body } of messageEvents(facts)) {
      const result = checks.events(body);
      expect(result.valid, `${name}: ${why(result)}`).toBe(true);
    }
  });

  it.each(cases)("%s refuses malformed replies and events", (_id, { facts, checks }) => {
    const [text] = messageReplies(facts);
    const { usage: _, ...withoutUsage } = text!.body;
    expect(checks.response(withoutUsage).valid, "no usage").toBe(false);
    expect(checks.response({ ...text!.body, stop_reason: "finished" }).valid, "unknown stop_reason").toBe(false);
    expect(checks.response({ ...text!.body, role: "user" }).valid, "user role").toBe(false);
    expect(checks.events({ type: "message_begin" }).valid, "unknown event").toBe(false);
    expect(checks.events({ type: "content_block_delta", index: 0 }).valid, "delta without delta").toBe(false);
    expect(checks.events({ type: "content_block_delta", index: 0, delta: { type: "text" } }).valid).toBe(false);
    expect(checks.events({ type: "message_delta", delta: { stop_reason: "end_turn" } }).valid, "no usage").toBe(false);
  });

  it("tool_use blocks and input_json_delta exist only on tool models, thinking only on thinking models", () => {
    for (const { id, facts, checks } of models) {
      const toolBlock = { type: "tool_use", id: "toolu_1", name: "f", input: {} };
      const thinkingDelta = { type: "content_block_delta", index: 0, delta: { type: "thinking_delta", thinking: "x" } };
      expect(checks.events({ type: "content_block_start", index: 0, content_block: toolBlock }).valid, id).toBe(
        facts.tools,
      );
      expect(checks.events(thinkingDelta).valid, id).toBe(facts.thinking);
    }
  });
});
