import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CompletionAccumulator } from "../../src/runtime/resources/chat-accumulator.js";
import { chunkOf } from "./support/fixtures.js";
import { pieces } from "./support/streams.js";

describe("CompletionAccumulator", () => {
  it("rebuilds content, reasoning and tool arguments however the deltas are split", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.string(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (content, reasoning, args, cuts) => {
          const acc = new CompletionAccumulator();
          acc.add(chunkOf({ role: "assistant", content: "" }));
          for (const p of pieces(reasoning, cuts)) acc.add(chunkOf({ reasoning_content: p }));
          for (const p of pieces(content, cuts)) acc.add(chunkOf({ content: p }));
          acc.add(
            chunkOf({
              tool_calls: [{ index: 0, id: "call_1", type: "function", function: { name: "f", arguments: "" } }],
            }),
          );
          for (const p of pieces(args, cuts))
            acc.add(chunkOf({ tool_calls: [{ index: 0, function: { arguments: p } }] }));
          acc.add(chunkOf({}, "tool_calls"));
          const message = acc.result().choices[0]!.message;
          expect(message.content).toBe(content === "" ? null : content);
          expect(message.reasoning_content ?? "").toBe(reasoning);
          expect(message.tool_calls).toEqual([
            { id: "call_1", type: "function", function: { name: "f", arguments: args } },
          ]);
          expect(acc.result().choices[0]!.finish_reason).toBe("tool_calls");
        },
      ),
    );
  });

  it("keeps choices apart and in index order, takes the last usage and the head fields", () => {
    const acc = new CompletionAccumulator();
    acc.add(chunkOf({ content: "b" }, null, 1));
    acc.add(chunkOf({ content: "a" }, null, 0));
    acc.add({ ...chunkOf({}, "stop", 1), usage: null });
    acc.add({ ...chunkOf({}, "length", 0), system_fingerprint: "fp_x" });
    acc.add({
      id: "chatcmpl-0123456789abcdef01234567",
      object: "chat.completion.chunk",
      created: 1,
      model: "m",
      choices: [],
      usage: { total_tokens: 9 },
    });
    const result = acc.result();
    expect(result.choices.map((c) => [c.index, c.message.content, c.finish_reason])).toEqual([
      [0, "a", "length"],
      [1, "b", "stop"],
    ]);
    expect(result.usage).toEqual({ total_tokens: 9 });
    expect(result).toMatchObject({ object: "chat.completion", model: "m", created: 1, system_fingerprint: "fp_x" });
    expect(acc.count).toBe(5);
  });

  it("joins very long streams without losing a piece", () => {
    const acc = new CompletionAccumulator();
    for (let i = 0; i < 5000; i++) acc.add(chunkOf({ content: String(i % 10) }));
    const content = acc.result().choices[0]!.message.content!;
    expect(content.length).toBe(5000);
    expect(content.slice(0, 12)).toBe("012345678901");
  });
});
