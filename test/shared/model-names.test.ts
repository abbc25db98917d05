import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  baseIdentifierForModel,
  fileStemForModel,
  fileStemsForModels,
  identifiersForModels,
} from "../../src/shared/model-names.js";

const SAFE_STEM = /^[a-z0-9][a-z0-9._-]*$/;

describe("fileStemForModel", () => {
  it("maps plain ids losslessly and readably", () => {
    expect(fileStemForModel("openai/gpt-5.2")).toBe("openai--gpt-5.2");
    expect(fileStemForModel("gpt-5-mini")).toBe("gpt-5-mini");
    expect(fileStemForModel("google/gemini-2.5-flash-lite")).toBe("google--gemini-2.5-flash-lite");
    expect(fileStemForModel("qwen/qwen3-32b:free")).toBe("qwen--qwen3-32b__free");
  });

  it("hashes ids that cannot map losslessly", () => {
    for (const id of [
      "Meta/Llama-3",
      "../../etc/passwd",
      "a/b/c",
      "a--b",
      "con",
      "CON.txt",
      "",
      "x y",
      "é",
      "aux/model",
      "a..b",
      ".hidden",
    ]) {
      const stem = fileStemForModel(id);
      expect(stem, id).toMatch(/^[a-z0-9.-]+_[0-9a-f]{12}$/);
      expect(stem).not.toMatch(/^(con|prn|aux|nul|com\d|lpt\d)(\.|_)/);
      expect(stem).not.toContain("..");
    }
  });

  it("never escapes, never collides (even ignoring case), for any string", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.oneof(
            fc.string(),
            fc.string({ unit: "grapheme" }),
            fc.constantFrom("A", "a", "a/b", "A/B", "a:b", "a__b"),
          ),
          { maxLength: 30 },
        ),
        (ids) => {
          const stems = fileStemsForModels(ids);
          const lower = new Set([...stems.values()].map((stem) => stem.toLowerCase()));
          expect(lower.size).toBe(ids.length);
          for (const stem of stems.values()) {
            expect(stem).toMatch(SAFE_STEM);
            expect(stem.length).toBeLessThanOrEqual(100 + 1);
            expect(stem).not.toMatch(/^\.|\.$|\/|\\/);
          }
        },
      ),
    );
  });

  it("is stable: the same id always gives the same stem", () => {
    expect(fileStemForModel("Meta/Llama-3")).toBe(fileStemForModel("Meta/Llama-3"));
    expect(fileStemForModel("Meta/Llama-3")).not.toBe(fileStemForModel("meta/llama-3"));
  });
});

describe("identifiers", () => {
  it("follows the camelCase rule", () => {
    expect(baseIdentifierForModel("openai/gpt-5.2")).toBe("openaiGpt52");
    expect(baseIdentifierForModel("google/gemini-2.5-flash-lite")).toBe("googleGemini25FlashLite");
    expect(baseIdentifierForModel("9lives")).toBe("model9lives");
    expect(baseIdentifierForModel("constructor")).toBe("constructorModel");
    expect(baseIdentifierForModel("x-trace-id")).toBe("xTraceId");
    expect(baseIdentifierForModel("createClient")).toBe("createclient");
    expect(baseIdentifierForModel("create-client")).toBe("createClientModel");
    expect(baseIdentifierForModel("*/ ${x} `")).toBe("x");
    expect(baseIdentifierForModel("\u2028")).toBe("model");
  });

  it("gives colliding ids distinct names, the first in sort order keeping the plain one", () => {
    const names = identifiersForModels(["openai/gpt-5.2", "openai/gpt-52", "OpenAI/GPT-5.2"]);
    expect(names.get("OpenAI/GPT-5.2")).toBe("openaiGpt52");
    expect(names.get("openai/gpt-5.2")).toMatch(/^openaiGpt52_[0-9a-f]{8}$/);
    expect(new Set(names.values()).size).toBe(3);
  });

  it("always yields valid, unique JavaScript identifiers", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: "grapheme" }), { maxLength: 30 }), (ids) => {
        const names = identifiersForModels(ids);
        expect(new Set(names.values()).size).toBe(ids.length);
        for (const name of names.values()) {
          expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
          expect(() => new Function(`const ${name} = 1; return ${name};`)).not.toThrow();
        }
      }),
    );
  });
});
