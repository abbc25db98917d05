import { describe, expect, it } from "vitest";
import { chatRequest, chooseTool, promptTokens } from "../../src/mock/reply/chat/request.js";
import { chatUsage } from "../../src/mock/reply/chat/usage.js";
import { costOf, planReply, pricingOf } from "../../src/mock/reply/plan.js";
import { sampleValue } from "../../src/mock/reply/sample-value.js";
import { joinText } from "../../src/mock/reply/text.js";
import { lastUserText } from "../../src/mock/reply/tool-choice.js";
import { createOracle } from "../../src/oracle/index.js";

const features = { messageReasoning: false, messageRefusal: false, deltaReasoning: false, reasoning: false };

describe("tool arguments from a parameters schema", () => {
  it("fills required properties within their constraints, and only those", () => {
    const schema = {
      type: "object",
      required: ["name", "count", "ratio", "tags", "mode", "fixed", "nested", "maybe", "__proto__"],
      properties: {
        name: { type: "string", minLength: 12, maxLength: 20 },
        count: { type: "integer", minimum: 3, maximum: 9 },
        ratio: { type: "number", exclusiveMinimum: 0, maximum: 0.5 },
        tags: { type: "array", minItems: 2, items: { type: "string", maxLength: 3 } },
        mode: { enum: ["fast", "slow"] },
        fixed: { const: 42 },
        nested: { $ref: "#/$defs/Inner" },
        maybe: { type: ["null", "boolean"] },
        optional: { type: "string" },
      },
      $defs: { Inner: { type: "object", required: ["id"], properties: { id: { type: "integer" } } } },
    };
    const value = sampleValue(schema) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value).sort()).toEqual([
      "__proto__",
      "count",
      "fixed",
      "maybe",
      "mode",
      "name",
      "nested",
      "ratio",
      "tags",
    ]);
    // The schema as a document of its own, so its "#/$defs/..." references resolve.
    expect(createOracle(schema).validate("", value)).toEqual({ valid: true, errors: [] });
  });

  it("survives schemas it cannot satisfy or that recurse", () => {
    const recursive = { type: "object", required: ["child"], properties: { child: { $ref: "#" } } };
    expect(() => JSON.stringify(sampleValue(recursive))).not.toThrow();
    expect(sampleValue(undefined)).toEqual({});
    expect(sampleValue({ $ref: "https://elsewhere/schema.json" })).toEqual({});
  });
});

describe("tool choice", () => {
  const tools = [
    { type: "function", function: { name: "alpha" } },
    { type: "function", function: { name: "beta" } },
  ];
  it("follows tool_choice and, for auto, the last user message", () => {
    expect(chooseTool({ tools, tool_choice: "required" })?.name).toBe("alpha");
    expect(chooseTool({ tools, tool_choice: { type: "function", function: { name: "beta" } } })?.name).toBe("beta");
    expect(chooseTool({ tools, tool_choice: "none", messages: [{ role: "user", content: "beta" }] })).toBeUndefined();
    const messages = [
      { role: "user", content: "call alpha" },
      { role: "assistant", content: "ok" },
      {
        role: "user",
        content: [
          { type: "text", text: "no, use BETA" },
          { type: "image_url", image_url: { url: "x" } },
        ],
      },
    ];
    expect(lastUserText(messages)).toBe("no, use BETA");
    expect(chooseTool({ tools, messages })?.name).toBe("beta");
    expect(chooseTool({ tools, messages: [{ role: "user", content: "nothing" }] })).toBeUndefined();
    expect(chooseTool({ tools: [], tool_choice: "required" })).toBeUndefined();
  });
});

describe("reply plan", () => {
  it("prices with 10-decimal rounding and reads pricing defensively", () => {
    expect(costOf(1_000_000, 1_000_000, { inputPerMillion: 1.25, outputPerMillion: 10 })).toBe(11.25);
    expect(costOf(7, 3, { inputPerMillion: 0.1, outputPerMillion: 0.3 })).toBe(0.0000016);
    expect(costOf(1, 1, { inputPerMillion: 1e-7, outputPerMillion: 0 })).toBe(0);
    expect(pricingOf({ pricing: { input_per_million: "2", output_per_million: -1 } })).toEqual({
      inputPerMillion: 0,
      outputPerMillion: 0,
    });
    expect(pricingOf(undefined)).toEqual({ inputPerMillion: 0, outputPerMillion: 0 });
  });

  it("counts prompt tokens from messages and tools", () => {
    expect(promptTokens({ messages: [{ role: "user", content: "12345678" }] })).toBe(6);
    expect(promptTokens({})).toBe(1);
    expect(promptTokens({ messages: [{ role: "user", content: "x" }], tools: [{ a: 1 }] })).toBeGreaterThan(
      promptTokens({ messages: [{ role: "user", content: "x" }] }),
    );
  });

  it("is a pure function of the body, blind to stream flags", () => {
    const body = { model: "m", messages: [{ role: "user", content: "hi" }] };
    const input = {
      request: chatRequest(body, features),
      model: "m",
      pricing: { inputPerMillion: 1, outputPerMillion: 1 },
    };
    const a = planReply(input);
    const streamed = { ...body, stream: true, stream_options: { include_usage: true } };
    const b = planReply({ ...input, request: chatRequest(streamed, features) });
    expect(b.key).toBe(a.key);
    expect(joinText(b.choices[0]!.content!)).toBe(joinText(a.choices[0]!.content!));
    expect(planReply({ ...input, answerPieces: 100000 }).completionTokens).toBe(100000);
  });

  it("spends the token budget on reasoning first", () => {
    const body = { model: "m", messages: [{ role: "user", content: "hi" }], max_completion_tokens: 2 };
    const reasoning = { ...features, reasoning: true };
    const plan = planReply({
      request: chatRequest(body, reasoning),
      model: "m",
      pricing: { inputPerMillion: 0, outputPerMillion: 0 },
    });
    expect(plan.choices[0]).toMatchObject({ finishReason: "length" });
    expect(plan.choices[0]!.reasoning.count).toBe(2);
    expect(plan.choices[0]!.content!.count).toBe(0);
    expect(chatUsage(plan, reasoning).completion_tokens_details).toEqual({ reasoning_tokens: 2 });
  });
});
