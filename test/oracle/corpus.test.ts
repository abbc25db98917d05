import { describe, expect, it } from "vitest";
import { locateChatContract, withStandardChunk } from "../../src/openapi/document.js";
import { createOracle } from "../../src/oracle/index.js";
import { CORPUS_DIR, CORPUS_SKIP_REASON, corpusDocuments, corpusStreams } from "../support/corpus.js";

/*
 * The oracle against real documents other people wrote. The expected counts
 * are the table in the corpus README, which was computed independently
 * (Ajv 2020, nullable read as "also null", discriminator ignored, envelope
 * schemas checked on their `data` member).
 */

const EXPECTED: Record<string, Record<string, string>> = {
  // stream name -> document name -> valid/total
  "ai-sdk-synthetic-openai-error-after-output": {
    openai: "0/2",
    "openai-2025-04": "0/2",
    groq: "0/2",
    "huggingface-tgi": "0/2",
    "azure-openai-2024-10-21": "0/2",
    openrouter: "0/2",
    together: "0/2",
    "mistral-chat-completions": "1/2",
  },
  "azure-openai-model-router-gpt-5-nano": {
    openai: "0/8",
    "openai-2025-04": "0/8",
    groq: "0/8",
    "huggingface-tgi": "0/8",
    "azure-openai-2024-10-21": "0/8",
    openrouter: "0/8",
    together: "0/8",
    "mistral-chat-completions": "1/8",
  },
  "deepseek-reasoner-tool-call": {
    openai: "52/52",
    "openai-2025-04": "52/52",
    groq: "52/52",
    "huggingface-tgi": "0/52",
    "azure-openai-2024-10-21": "52/52",
    openrouter: "1/52",
    together: "1/52",
    "mistral-chat-completions": "0/52",
  },
  "groq-llama-3.3-70b-tool-call": {
    openai: "3/3",
    "openai-2025-04": "3/3",
    groq: "3/3",
    "huggingface-tgi": "0/3",
    "azure-openai-2024-10-21": "3/3",
    openrouter: "3/3",
    together: "1/3",
    "mistral-chat-completions": "2/3",
  },
  "mistral-small-tool-call": {
    openai: "1/2",
    "openai-2025-04": "1/2",
    groq: "1/2",
    "huggingface-tgi": "0/2",
    "azure-openai-2024-10-21": "1/2",
    openrouter: "1/2",
    together: "1/2",
    "mistral-chat-completions": "2/2",
  },
  "openai-gpt-4o-finish-length-usage": {
    openai: "4/4",
    "openai-2025-04": "4/4",
    groq: "4/4",
    "huggingface-tgi": "2/4",
    "azure-openai-2024-10-21": "4/4",
    openrouter: "4/4",
    together: "2/4",
    "mistral-chat-completions": "3/4",
  },
  "openai-gpt-4o-logprobs": {
    openai: "5/5",
    "openai-2025-04": "5/5",
    groq: "5/5",
    "huggingface-tgi": "2/5",
    "azure-openai-2024-10-21": "5/5",
    openrouter: "5/5",
    together: "1/5",
    "mistral-chat-completions": "4/5",
  },
  "openai-gpt-4o-n3-choices": {
    openai: "49/49",
    "openai-2025-04": "49/49",
    groq: "49/49",
    "huggingface-tgi": "4/49",
    "azure-openai-2024-10-21": "49/49",
    openrouter: "49/49",
    together: "4/49",
    "mistral-chat-completions": "48/49",
  },
  "openai-gpt-4o-parallel-tool-calls": {
    openai: "25/25",
    "openai-2025-04": "25/25",
    groq: "25/25",
    "huggingface-tgi": "1/25",
    "azure-openai-2024-10-21": "25/25",
    openrouter: "25/25",
    together: "2/25",
    "mistral-chat-completions": "4/25",
  },
  "openai-gpt-4o-refusal": {
    openai: "13/13",
    "openai-2025-04": "13/13",
    groq: "13/13",
    "huggingface-tgi": "1/13",
    "azure-openai-2024-10-21": "13/13",
    openrouter: "13/13",
    together: "2/13",
    "mistral-chat-completions": "12/13",
  },
  "openai-gpt-4o-tool-call": {
    openai: "17/17",
    "openai-2025-04": "17/17",
    groq: "17/17",
    "huggingface-tgi": "2/17",
    "azure-openai-2024-10-21": "17/17",
    openrouter: "17/17",
    together: "2/17",
    "mistral-chat-completions": "2/17",
  },
  "perplexity-sonar-citations": {
    openai: "0/8",
    "openai-2025-04": "0/8",
    groq: "0/8",
    "huggingface-tgi": "0/8",
    "azure-openai-2024-10-21": "0/8",
    openrouter: "0/8",
    together: "0/8",
    "mistral-chat-completions": "1/8",
  },
};

function chunksOf(text: string): unknown[] {
  return text
    .split("\n")
    .filter((line) => line.startsWith("data: ") && line !== "data: [DONE]")
    .map((line) => JSON.parse(line.slice("data: ".length)));
}

describe.skipIf(CORPUS_DIR === undefined)(
  `oracle on the corpus${CORPUS_DIR === undefined ? ` (skipped: ${CORPUS_SKIP_REASON})` : ""}`,
  () => {
    const documents = corpusDocuments();
    const streams = corpusStreams();

    it("finds the corpus", () => {
      expect(documents.length).toBeGreaterThanOrEqual(10);
      expect(streams.map((stream) => stream.name).sort()).toEqual(Object.keys(EXPECTED).sort());
    });

    it.each(documents.map((entry) => [entry.name, entry.document] as const))(
      "compiles every chat root of %s",
      (_name, document) => {
        const withChunk = withStandardChunk(document);
        const contract = locateChatContract(withChunk);
        const oracle = createOracle(withChunk);
        const pointers = [contract.request?.pointer, contract.response?.pointer, contract.chunk?.pointer].filter(
          (p) => p !== undefined,
        );
        expect(pointers.length).toBe(3);
        for (const pointer of pointers) expect(typeof oracle.validator(pointer)).toBe("function");
      },
    );

    const columns = Object.keys(EXPECTED["openai-gpt-4o-tool-call"]!);
    it.each(columns)("gives the README's valid/total chunk counts for %s", (column) => {
      const entry = documents.find((doc) => doc.name === column);
      expect(entry, `corpus document ${column}`).toBeDefined();
      const withChunk = withStandardChunk(entry!.document);
      const pointer = locateChatContract(withChunk).chunk!.pointer;
      const oracle = createOracle(withChunk);
      const actual: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const stream of streams) {
        const chunks = chunksOf(stream.text);
        actual[stream.name] =
          `${chunks.filter((chunk) => oracle.validate(pointer, chunk).valid).length}/${chunks.length}`;
        expected[stream.name] = EXPECTED[stream.name]![column]!;
      }
      expect(actual).toEqual(expected);
    });

    it("accepts OpenAI's seed bounds beyond 2^53 and rejects a value past them", () => {
      const entry = documents.find((doc) => doc.name === "openai")!;
      const contract = locateChatContract(entry.document);
      const oracle = createOracle(entry.document);
      const body = { model: "gpt-4o", messages: [{ role: "user", content: "hi" }] };
      expect(oracle.validate(contract.request!.pointer, { ...body, seed: 9223372036854775807 }).valid).toBe(true);
      expect(oracle.validate(contract.request!.pointer, { ...body, seed: -9223372036854775808 }).valid).toBe(true);
      const past = oracle.validate(contract.request!.pointer, { ...body, seed: 1e20 });
      expect(past.valid).toBe(false);
      expect(past.errors.map((error) => error.path)).toContain("/seed");
    });

    it("compiles Azure's discriminator-mapping cycles and validates through them", () => {
      const entry = documents.find((doc) => doc.name === "azure-openai-2024-10-21")!;
      const oracle = createOracle(entry.document);
      const base = "/components/schemas/azureChatExtensionConfiguration";
      const subtype = "/components/schemas/azureSearchChatExtensionConfiguration";
      const parameters = {
        endpoint: "https://x.search.windows.net",
        index_name: "i",
        authentication: { type: "system_assigned_managed_identity" },
      };
      // The base is reached from the subtype through allOf, the subtype from the base only through the (ignored) mapping.
      expect(oracle.validate(subtype, { type: "azure_search", parameters }).valid).toBe(true);
      expect(oracle.validate(subtype, { type: "azure_search" }).errors.map((error) => error.path)).toContain(
        "/parameters",
      );
      expect(oracle.validate(subtype, { type: "elsewhere", parameters }).errors.map((error) => error.path)).toContain(
        "/type",
      );
      // Discriminator ignored: the base alone decides, so a missing `parameters` passes there...
      expect(oracle.validate(base, { type: "azure_search" }).valid).toBe(true);
      // ...and an api-key object also matches the open system-identity branch, so `oneOf` (which alone decides) fails.
      const apiKey = { ...parameters, authentication: { type: "api_key", key: "k" } };
      expect(oracle.validate(subtype, { type: "azure_search", parameters: apiKey }).errors).toMatchObject([
        { path: "/parameters/authentication", keyword: "oneOf" },
      ]);
    });
  },
);
