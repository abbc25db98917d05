import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/openapi/check.js";
import {
  CHAT_OPERATION_POINTER,
  locateChatContract,
  openApiVersion,
  withStandardChunk,
} from "../../src/openapi/document.js";
import { bundledCatalog } from "../../tools/catalog/bundled.js";
import { BUNDLED_MODELS } from "../../tools/catalog/models.js";
import { type CatalogEntry, isTextSpec, operationsOf, type TextCatalogEntry } from "../../tools/catalog/spec.js";
import { modelsServing, snapshot, specOf, textSpecOf } from "./bundled-models.js";
import {
  type CompiledContract,
  chunkReplies,
  collectValues,
  compileComponents,
  compileContract,
  completionReplies,
  errorsOf,
  propertyNamesAt,
} from "./helpers.js";

/*
 * The catalog as a whole, and the chat operation of every model that has it.
 * The other operations are checked in operations.test.ts and one file per
 * protocol.
 */

const entries = snapshot.catalog.data as CatalogEntry[];
const chatModels = modelsServing("chat.completions");
const chatIds = new Set(chatModels.map((model) => model.id));
const chatEntries = entries.filter((entry) => chatIds.has(entry.id)) as TextCatalogEntry[];
const compiled = new Map<string, CompiledContract>(
  chatModels.map((model) => [model.id, compileContract(model.document)]),
);

function contractOf(id: string): CompiledContract {
  const contract = compiled.get(id);
  if (contract === undefined) throw new Error(`no contract for ${id}`);
  return contract;
}

function requestNames(document: unknown): Set<string> {
  const contract = locateChatContract(document);
  return contract.request === undefined ? new Set() : propertyNamesAt(document, contract.request, []);
}

const minimal = (id: string, extra: Record<string, unknown> = {}) => ({
  model: id,
  messages: [{ role: "user", content: "Hello" }],
  ...extra,
});

describe("bundled catalog: structure", () => {
  it("is sorted by id, with unique ids, and the catalog lists exactly the models", () => {
    const ids = snapshot.models.map((model) => model.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    expect(entries.map((entry) => entry.id)).toEqual(ids);
    expect(snapshot.catalog.object).toBe("list");
  });

  it("is deterministic", () => {
    expect(JSON.stringify(bundledCatalog())).toBe(JSON.stringify(snapshot));
  });

  it.each(snapshot.models.map((model) => [model.id, model] as const))(
    "%s passes checkDocument (its missing chat operation aside) and is in its spec's OpenAPI line",
    (id, model) => {
      const chat = chatIds.has(id);
      // Until the pipeline is operation-aware, checkDocument still asks every document for chat.
      const problems = checkDocument(model.document, id).filter(
        (problem) => chat || problem.pointer !== CHAT_OPERATION_POINTER,
      );
      expect(problems).toEqual([]);
      expect(openApiVersion(model.document)).toBe(specOf(id).openapi);
    },
  );

  it.each(chatModels.map((model) => [model.id, model] as const))("%s has a chat contract", (_id, model) => {
    const contract = locateChatContract(model.document);
    expect(contract.request).toBeDefined();
    expect(contract.response).toBeDefined();
    expect(contract.chunk).toBeDefined();
  });

  it("compiles every component schema in Ajv", () => {
    let compiledSchemas = 0;
    for (const model of snapshot.models) {
      compiledSchemas += compileComponents(model.document).length;
    }
    expect(compiledSchemas).toBeGreaterThan(snapshot.models.length * 20);
  });

  it("catalog entries carry the wire fields, with capabilities matching the specs", () => {
    for (const entry of entries) {
      const spec = specOf(entry.id);
      expect(entry).toMatchObject({ object: "model", name: spec.name });
      expect(entry.created).toSatisfy(Number.isInteger);
      if (spec.kind === "video" || spec.kind === "image") {
        expect(entry.pricing).toEqual(
          spec.kind === "video" ? { per_second: spec.pricing.perSecond } : { per_image: spec.pricing.perImage },
        );
        expect(entry.capabilities).toEqual({
          video: spec.kind === "video",
          image: spec.kind === "image",
          image_input: spec.kind === "video" && spec.inputReference,
        });
        expect(entry).not.toHaveProperty("context_length");
        continue;
      }
      expect(entry).toMatchObject({ context_length: spec.contextLength, max_output_tokens: spec.maxOutputTokens });
      expect(entry.pricing).toEqual({ input_per_million: spec.pricing.input, output_per_million: spec.pricing.output });
      expect(entry.capabilities).toEqual({
        tools: spec.tools,
        vision: spec.vision,
        reasoning: spec.reasoning !== undefined,
        json_schema: spec.jsonSchema,
        streaming: spec.streaming !== false,
      });
    }
  });
});

describe("bundled catalog: replies the emulator sends are valid", () => {
  it.each(chatEntries.map((entry) => [entry.id, entry] as const))(
    "%s accepts wire.md completions and chunks",
    (id, entry) => {
      const spec = textSpecOf(id);
      const contract = contractOf(id);
      const facts = {
        model: id,
        tools: spec.tools,
        reasoning: entry.capabilities.reasoning,
        reasoningContent: spec.reasoning?.thinksAloud === true,
        inputPerMillion: entry.pricing.input_per_million,
        outputPerMillion: entry.pricing.output_per_million,
      };
      for (const reply of completionReplies(facts)) {
        expect(contract.response(reply.body), `${reply.name}: ${errorsOf(contract.response)}`).toBe(true);
      }
      for (const includeUsage of [true, false]) {
        for (const reply of chunkReplies(facts, includeUsage)) {
          expect(contract.chunk(reply.body), `${reply.name}: ${errorsOf(contract.chunk)}`).toBe(true);
        }
      }
    },
  );

  it("declares reasoning_content in message and delta exactly for models that think aloud, tool_calls exactly for tool models", () => {
    for (const model of chatModels) {
      const spec = textSpecOf(model.id);
      const doc = withStandardChunk(model.document);
      const contract = locateChatContract(doc);
      const message = propertyNamesAt(doc, contract.response!, ["choices", "[]", "message"]);
      expect(message.has("reasoning_content"), model.id).toBe(spec.reasoning?.thinksAloud === true);
      expect(message.has("tool_calls"), model.id).toBe(spec.tools);
      const delta = propertyNamesAt(doc, contract.chunk!, ["choices", "[]", "delta"]);
      expect(delta.has("reasoning_content"), model.id).toBe(spec.reasoning?.thinksAloud === true);
      if (!contract.chunk!.standard) expect(delta.has("tool_calls"), model.id).toBe(spec.tools);
    }
  });

  it("a closed message object rejects reasoning_content on a model that does not think aloud", () => {
    const contract = contractOf("moonshotai/kimi-k2-0905");
    const [text] = completionReplies({
      model: "moonshotai/kimi-k2-0905",
      tools: true,
      reasoning: false,
      reasoningContent: true,
      inputPerMillion: 1,
      outputPerMillion: 1,
    });
    expect(contract.response(text!.body)).toBe(false);
  });
});

describe("bundled catalog: requests differ the way real models do", () => {
  it.each(
    chatModels
      .filter((model) => operationsOf(specOf(model.id)).length === 1)
      .map((model) => [model.id, model] as const),
  )("%s (chat only): api.md is small, names the model, and its example is a valid request", (id, model) => {
    expect(Buffer.byteLength(model.apiMd)).toBeLessThan(3000);
    expect(model.apiMd).toContain(id);
    expect(model.apiMd).not.toContain("*/");
    const example = /```json\n([\s\S]*?)\n```/.exec(model.apiMd)?.[1];
    expect(example).toBeDefined();
    const request = contractOf(id).request;
    expect(request(JSON.parse(example!)), errorsOf(request)).toBe(true);
  });

  it("every model accepts a minimal request and rejects an empty conversation", () => {
    for (const { id } of chatModels) {
      const request = contractOf(id).request;
      expect(request(minimal(id)), `${id}: ${errorsOf(request)}`).toBe(true);
      expect(request(minimal(id, { messages: [] })), id).toBe(false);
    }
  });

  it("reasoning models that refuse sampling reject temperature 0.5 and top_p 0.5; the others accept them", () => {
    let refusing = 0;
    for (const { id } of chatModels) {
      const refuses = textSpecOf(id).reasoning?.refusesSampling === true;
      if (refuses) refusing += 1;
      const request = contractOf(id).request;
      expect(request(minimal(id, { temperature: 0.5 })), id).toBe(!refuses);
      expect(request(minimal(id, { top_p: 0.5 })), id).toBe(!refuses);
    }
    expect(refusing).toBeGreaterThanOrEqual(5);
  });

  it("temperature ranges differ: some models stop at 1, others go to 2", () => {
    const upTo1 = [];
    const upTo2 = [];
    for (const { id } of chatModels) {
      if (textSpecOf(id).reasoning?.refusesSampling === true) continue;
      const request = contractOf(id).request;
      expect(request(minimal(id, { temperature: 0.9 })), id).toBe(true);
      expect(request(minimal(id, { temperature: 2.5 })), id).toBe(false);
      if (!request(minimal(id, { temperature: 1.5 }))) upTo1.push(id);
      else if (request(minimal(id, { temperature: 1.99 }))) upTo2.push(id);
    }
    expect(upTo1.length).toBeGreaterThanOrEqual(3);
    expect(upTo2.length).toBeGreaterThanOrEqual(10);
  });

  it("max_tokens ceilings follow each model's output limit", () => {
    const ceilings = new Set<number>();
    for (const { id, document } of chatModels) {
      const spec = textSpecOf(id);
      const field = requestNames(document).has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
      const request = contractOf(id).request;
      expect(request(minimal(id, { [field]: spec.maxOutputTokens })), `${id}: ${errorsOf(request)}`).toBe(true);
      expect(request(minimal(id, { [field]: spec.maxOutputTokens + 1 })), id).toBe(false);
      ceilings.add(spec.maxOutputTokens);
    }
    expect(ceilings.size).toBeGreaterThanOrEqual(6);
  });

  it("top_k exists only where the provider has it, and closed bodies reject it elsewhere", () => {
    const withTopK = chatModels.filter((model) => requestNames(model.document).has("top_k")).map((model) => model.id);
    const without = chatModels.filter((model) => !requestNames(model.document).has("top_k")).map((model) => model.id);
    expect(withTopK.length).toBeGreaterThanOrEqual(5);
    expect(without.length).toBeGreaterThanOrEqual(10);
    expect(withTopK.filter((id) => id.startsWith("openai/"))).toEqual([]);
    expect(
      contractOf("anthropic/claude-sonnet-4.5").request(minimal("anthropic/claude-sonnet-4.5", { top_k: 40 })),
    ).toBe(true);
    expect(
      contractOf("mistralai/mistral-medium-3.1").request(minimal("mistralai/mistral-medium-3.1", { top_k: 40 })),
    ).toBe(false);
  });

  it("image parts are accepted exactly by vision models", () => {
    const image = {
      role: "user",
      content: [
        { type: "text", text: "What is this?" },
        { type: "image_url", image_url: { url: "https://example.com/cat.png" } },
      ],
    };
    for (const { id } of chatModels) {
      expect(contractOf(id).request(minimal(id, { messages: [image] })), id).toBe(textSpecOf(id).vision);
    }
  });

  it("tools, tool_choice and json_schema output are accepted exactly where supported", () => {
    const tools = [
      {
        type: "function",
        function: { name: "get_weather", parameters: { type: "object", properties: { city: { type: "string" } } } },
      },
    ];
    const jsonSchema = { type: "json_schema", json_schema: { name: "answer", schema: { type: "object" } } };
    for (const { id, document } of chatModels) {
      const spec = textSpecOf(id);
      const names = requestNames(document);
      const request = contractOf(id).request;
      expect(names.has("tools"), id).toBe(spec.tools);
      expect(names.has("tool_choice"), id).toBe(spec.tools);
      if (spec.tools) {
        expect(request(minimal(id, { tools, tool_choice: "auto" })), `${id}: ${errorsOf(request)}`).toBe(true);
        const badName = [{ type: "function", function: { name: "get weather!" } }];
        expect(request(minimal(id, { tools: badName })), id).toBe(false);
      }
      if (names.has("response_format")) {
        expect(request(minimal(id, { response_format: jsonSchema })), id).toBe(spec.jsonSchema);
      } else {
        expect(spec.jsonSchema, id).toBe(false);
      }
    }
  });

  it("reasoning_effort takes each listed value and nothing else", () => {
    const sets = new Set<string>();
    for (const { id, document } of chatModels) {
      const efforts = textSpecOf(id).reasoning?.efforts;
      expect(requestNames(document).has("reasoning_effort"), id).toBe(efforts !== undefined);
      if (efforts === undefined) continue;
      sets.add(efforts.join(","));
      const request = contractOf(id).request;
      for (const effort of efforts)
        expect(request(minimal(id, { reasoning_effort: effort })), `${id} ${effort}`).toBe(true);
      expect(request(minimal(id, { reasoning_effort: "extreme" })), id).toBe(false);
    }
    expect(sets.size).toBeGreaterThanOrEqual(4);
  });

  it("stream_options.include_usage is accepted by streaming models; o3-pro refuses stream: true", () => {
    for (const { id } of chatModels) {
      const streams = textSpecOf(id).streaming !== false;
      const request = contractOf(id).request;
      expect(request(minimal(id, { stream: true, stream_options: { include_usage: true } })), id).toBe(streams);
    }
    expect(contractOf("openai/o3-pro").request(minimal("openai/o3-pro", { stream: false }))).toBe(true);
  });
});

describe("bundled catalog: diversity", () => {
  const documents = snapshot.models.map((model) => ({
    id: model.id,
    text: JSON.stringify(model.document),
    document: model.document,
  }));
  const count = (predicate: (d: (typeof documents)[number]) => boolean) => documents.filter(predicate).length;

  it("has at least 30 models from at least 6 vendors, ids in both styles", () => {
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((entry) => entry.owned_by)).size).toBeGreaterThanOrEqual(6);
    expect(entries.filter((entry) => entry.id.includes("/")).length).toBeGreaterThanOrEqual(20);
    expect(entries.filter((entry) => !entry.id.includes("/")).length).toBeGreaterThanOrEqual(3);
    expect(entries.filter((entry) => entry.id.endsWith(":free")).length).toBeGreaterThanOrEqual(2);
    for (const id of [
      "openai/gpt-5.2",
      "gpt-5-mini",
      "google/gemini-2.5-flash-lite",
      "deepseek-ai/deepseek-v4-flash",
      "anthropic/claude-sonnet-4.5",
      "qwen/qwen3-32b:free",
    ]) {
      expect(BUNDLED_MODELS.map((spec) => spec.id)).toContain(id);
    }
  });

  it("mixes capabilities", () => {
    const caps = chatEntries.map((entry) => entry.capabilities);
    for (const key of ["tools", "vision", "reasoning", "json_schema", "streaming"] as const) {
      expect(caps.filter((c) => c[key]).length, key).toBeGreaterThan(0);
      expect(caps.filter((c) => !c[key]).length, key).toBeGreaterThan(0);
    }
    const reasoning = BUNDLED_MODELS.filter(isTextSpec).filter((spec) => spec.reasoning !== undefined);
    expect(reasoning.filter((spec) => spec.reasoning!.thinksAloud).length).toBeGreaterThanOrEqual(5);
    expect(reasoning.filter((spec) => !spec.reasoning!.thinksAloud).length).toBeGreaterThanOrEqual(3);
  });

  it("mixes OpenAPI 3.0 and 3.1, event-stream schemas and the standard chunk, envelopes", () => {
    expect(count((d) => openApiVersion(d.document) === "3.0")).toBeGreaterThanOrEqual(10);
    expect(count((d) => openApiVersion(d.document) === "3.1")).toBeGreaterThanOrEqual(10);
    const chunks = chatModels.map((model) => locateChatContract(model.document).chunk!);
    expect(chunks.filter((chunk) => chunk.standard).length).toBeGreaterThanOrEqual(5);
    expect(chunks.filter((chunk) => !chunk.standard).length).toBeGreaterThanOrEqual(15);
    expect(chunks.filter((chunk) => chunk.envelope).length).toBeGreaterThanOrEqual(1);
  });

  it("uses each dialect's own spelling", () => {
    const v30 = documents.filter((d) => openApiVersion(d.document) === "3.0");
    const v31 = documents.filter((d) => openApiVersion(d.document) === "3.1");
    // Each list names the documents that have (or lack) a spelling, so a failure shows which.
    const ids = (list: typeof documents, test: (text: string) => boolean) =>
      list.filter((d) => test(d.text)).map((d) => d.id);
    expect(ids(v30, (text) => !text.includes('"nullable":true'))).toEqual([]);
    expect(
      ids(v30, (text) => text.includes('"exclusiveMinimum":true') || text.includes('"exclusiveMaximum":true')),
    ).not.toEqual([]);
    expect(ids(v30, (text) => text.includes('"const"'))).toEqual([]);
    expect(ids(v31, (text) => !text.includes('"const"') || !text.includes('"null"]'))).toEqual([]);
    expect(ids(v31, (text) => /"exclusive(Minimum|Maximum)":-?\d/.test(text))).not.toEqual([]);
    expect(ids(v31, (text) => text.includes('"propertyNames"'))).not.toEqual([]);
    // OpenAI's 3.1 documents keep some, as the real one does
    expect(ids(v31, (text) => text.includes('"nullable":true'))).not.toEqual([]);
  });

  it("uses the JSON Schema features real documents use", () => {
    const has = (needle: string) => count((d) => d.text.includes(needle));
    const discriminators = documents.flatMap((d) => collectValues(d.document, "discriminator")) as Array<
      Record<string, unknown>
    >;
    expect(discriminators.filter((x) => x.mapping !== undefined && x.propertyName === "role").length).toBeGreaterThan(
      0,
    );
    expect(discriminators.filter((x) => x.mapping === undefined && x.propertyName === "role").length).toBeGreaterThan(
      0,
    );
    expect(discriminators.filter((x) => x.mapping !== undefined && x.propertyName === "type").length).toBeGreaterThan(
      0,
    );
    expect(discriminators.filter((x) => x.mapping === undefined && x.propertyName === "type").length).toBeGreaterThan(
      0,
    );
    // Some message unions carry no discriminator at all (plain oneOf on `role`).
    expect(
      count(
        (d) =>
          (d.document as { components: { schemas: Record<string, Record<string, unknown>> } }).components.schemas
            .ChatMessage?.discriminator === undefined && d.text.includes('"ChatMessage"'),
      ),
    ).toBeGreaterThan(0);
    expect(has('"allOf"')).toBeGreaterThan(0);
    expect(has('"deprecated":true')).toBeGreaterThan(0);
    expect(has('"pattern":"^[a-zA-Z0-9_-]{1,64}$"')).toBeGreaterThan(0);
    expect(has('"uniqueItems":true')).toBeGreaterThan(0);
    expect(has('"maxProperties"')).toBeGreaterThan(0);
    expect(has('"multipleOf"')).toBeGreaterThan(0);
    expect(has('"minimum":-9223372036854776000')).toBeGreaterThan(0);
    expect(
      has('"additionalProperties":{"maximum":100,"minimum":-100,"type":"integer"}') +
        has('"additionalProperties":{"type":"integer","minimum":-100,"maximum":100}'),
    ).toBeGreaterThan(0);
    expect(has('"requestBodies"')).toBeGreaterThan(0);
    expect(has('"/v1/responses"')).toBeGreaterThan(0);
    expect(has('"/v1/messages"')).toBeGreaterThan(0);
  });

  it("closes request bodies for some vendors and leaves them open for others", () => {
    let closed = 0;
    let open = 0;
    for (const { id } of chatModels) {
      if (contractOf(id).request(minimal(id, { x_unknown_member: 1 }))) open += 1;
      else closed += 1;
    }
    expect(closed).toBeGreaterThanOrEqual(10);
    expect(open).toBeGreaterThanOrEqual(10);
  });
});
