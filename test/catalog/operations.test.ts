import { describe, expect, it } from "vitest";
import { getAtPointer } from "../../src/shared/json-pointer.js";
import { type OperationKey, operationsOf } from "../../tools/catalog/spec.js";
import { modelsServing, snapshot, specOf, textSpecOf } from "./bundled-models.js";
import { endpointChecks, endpointSchemas, endpointsOf, oracleOf, why } from "./operation-schemas.js";

/*
 * Every document holds exactly the operations its spec lists, laid out the
 * way the pipeline reads them; every schema compiles in the Ajv oracle; api.md
 * names the operations and each of its examples is a valid request.
 */

/** The endpoints of each operation, written out here rather than read from the builders. */
const ENDPOINTS: Record<OperationKey, readonly string[]> = {
  "chat.completions": ["POST /v1/chat/completions"],
  messages: ["POST /v1/messages"],
  responses: ["POST /v1/responses"],
  gemini: ["POST /google/gemini"],
  videos: ["POST /v1/videos", "GET /v1/videos/{task_id}", "POST /v1/videos/{video_id}/remix"],
  "images.generations": ["POST /v1/images/generations"],
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function ids(operation: OperationKey): string[] {
  return modelsServing(operation).map((model) => model.id);
}

function only(operation: OperationKey): string[] {
  return ids(operation).filter((id) => operationsOf(specOf(id)).length === 1);
}

function alongsideChat(operation: OperationKey): string[] {
  return ids(operation).filter((id) => operationsOf(specOf(id)).includes("chat.completions"));
}

describe("operations: each document declares exactly what its spec lists", () => {
  it.each(snapshot.models.map((model) => [model.id, model] as const))("%s", (id, model) => {
    const expected = operationsOf(specOf(id))
      .flatMap((operation) => ENDPOINTS[operation])
      .sort();
    expect(endpointsOf(model.document)).toEqual(expected);
  });

  it("has the protocols' models under APIFree's ids, mixing single- and multi-operation documents", () => {
    expect(ids("messages")).toEqual(
      expect.arrayContaining([
        "claude-sonnet-4",
        "claude-opus-4.6",
        "claude-sonnet-4.6",
        "claude-opus-4.5",
        "claude-sonnet-4.5",
        "claude-haiku-4.5",
      ]),
    );
    expect(ids("responses")).toEqual(
      expect.arrayContaining([
        "gpt-5.4",
        "gpt-5.4-mini",
        "gpt-5.4-nano",
        "gpt-5.2",
        "gpt-5",
        "gpt-5-mini",
        "gpt-5-nano",
        "gpt-4.1",
        "gpt-4.1-mini",
        "gpt-4o",
        "gpt-4o-mini",
      ]),
    );
    const gemini = [
      "gemini-2.5-pro",
      "gemini-2.5-flash",
      "gemini-2.5-flash-lite",
      "gemini-3-pro-preview",
      "gemini-3.1-pro-preview",
      "gemini-3-flash-preview",
    ];
    expect(ids("gemini").sort()).toEqual([...gemini].sort());
    expect(only("gemini").sort()).toEqual([...gemini].sort());
    for (const operation of ["messages", "responses"] as const) {
      expect(only(operation).length, `${operation} alone`).toBeGreaterThanOrEqual(3);
      expect(alongsideChat(operation).length, `${operation} with chat`).toBeGreaterThanOrEqual(3);
    }
    expect(ids("images.generations")).toEqual(["gpt-image-1"]);
    expect(ids("videos").length).toBeGreaterThanOrEqual(4);
    expect(only("chat.completions").length).toBeGreaterThanOrEqual(30);
    expect(
      snapshot.models.filter((model) => !operationsOf(specOf(model.id)).includes("chat.completions")).length,
    ).toBeGreaterThanOrEqual(20);
  });

  it("mixes OpenAPI 3.0 and 3.1 within each protocol", () => {
    for (const operation of ["messages", "responses", "gemini", "videos"] as const) {
      const lines = new Set(modelsServing(operation).map((model) => specOf(model.id).openapi));
      expect([...lines].sort(), operation).toEqual(["3.0", "3.1"]);
    }
  });
});

describe("operations: every schema compiles in the Ajv oracle", () => {
  /** Names of the components reachable through `$ref`s from `roots`. */
  function reachable(document: unknown, roots: readonly string[]): Set<string> {
    const seen = new Set<string>();
    const stack: unknown[] = roots.map((at) => getAtPointer(document, at));
    while (stack.length > 0) {
      const node = stack.pop();
      if (Array.isArray(node)) stack.push(...node);
      else if (isRecord(node)) {
        const ref = node.$ref;
        if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
          const name = ref.slice("#/components/schemas/".length);
          if (!seen.has(name)) {
            seen.add(name);
            stack.push(getAtPointer(document, ref.slice(1)));
          }
        }
        stack.push(...Object.values(node));
      }
    }
    return seen;
  }

  /** Pointers of every media-type schema of every request body and response, `$ref`ed bodies included. */
  function mediaSchemas(document: unknown): string[] {
    const found: string[] = [];
    const visit = (at: string, depth: number): void => {
      const node = getAtPointer(document, at);
      if (!isRecord(node) || depth > 8) return;
      if (typeof node.$ref === "string" && !node.$ref.startsWith("#/components/schemas/")) {
        visit(node.$ref.slice(1), depth + 1);
        return;
      }
      if (isRecord(node.content)) {
        for (const media of Object.keys(node.content))
          found.push(`${at}/content/${media.replaceAll("~", "~0").replaceAll("/", "~1")}/schema`);
        return;
      }
      for (const [key, value] of Object.entries(node))
        if (isRecord(value)) visit(`${at}/${key.replaceAll("~", "~0").replaceAll("/", "~1")}`, depth + 1);
    };
    visit("/paths", 0);
    return found;
  }

  // Compiling the schemas the operations use compiles all they reach; the rest (chat templates build a
  // chunk schema even where the document declares no stream) are compiled one by one.
  it.each(snapshot.models.map((model) => [model.id, model] as const))("%s", (_id, model) => {
    const oracle = oracleOf(model.document);
    const roots = mediaSchemas(model.document);
    for (const endpoint of endpointsOf(model.document)) {
      const schemas = endpointSchemas(model.document, endpoint);
      for (const at of [schemas.request, schemas.multipart, schemas.response, schemas.events])
        if (at !== undefined) expect(roots).toContain(at);
    }
    for (const at of roots) oracle.validator(at);
    const components = getAtPointer(model.document, "/components/schemas");
    expect(isRecord(components)).toBe(true);
    const reached = reachable(model.document, roots);
    for (const name of Object.keys(components as object))
      if (!reached.has(name)) oracle.validator(`/components/schemas/${name}`);
    expect(reached.size).toBeGreaterThan(0);
  });
});

describe("operations: the conventions the pipeline reads", () => {
  function eventUnion(
    document: unknown,
    endpoint: string,
  ): { names: string[]; branches: Record<string, unknown>[]; discriminator: Record<string, unknown> } {
    const at = endpointSchemas(document, endpoint).events;
    expect(at, `${endpoint} declares its stream events`).toBeDefined();
    let node = getAtPointer(document, at!) as Record<string, unknown>;
    if (typeof node.$ref === "string") node = getAtPointer(document, node.$ref.slice(1)) as Record<string, unknown>;
    expect(Array.isArray(node.oneOf)).toBe(true);
    const branches = (node.oneOf as Array<{ $ref: string }>).map(
      (branch) => getAtPointer(document, branch.$ref.slice(1)) as Record<string, unknown>,
    );
    const names = branches.map((branch) => {
      const type = (branch.properties as Record<string, { type: string; enum: string[] }>).type;
      expect(type?.type).toBe("string");
      expect(type?.enum).toHaveLength(1);
      expect(branch.required).toContain("type");
      return type?.enum[0] ?? "";
    });
    return { names, branches, discriminator: node.discriminator as Record<string, unknown> };
  }

  it("Messages: optional anthropic-version and anthropic-beta headers, and a oneOf of named events", () => {
    const styles = new Set<string>();
    for (const model of modelsServing("messages")) {
      const spec = textSpecOf(model.id);
      const { parameters } = endpointSchemas(model.document, "POST /v1/messages");
      const headers = Object.fromEntries(parameters.map((p) => [p.name, p]));
      expect(headers["anthropic-version"], model.id).toMatchObject({ in: "header", required: false });
      expect(headers["anthropic-beta"], model.id).toMatchObject({ in: "header" });
      expect(headers["anthropic-beta"]?.required === true).toBe(false);
      const { names, discriminator } = eventUnion(model.document, "POST /v1/messages");
      expect(names.sort(), model.id).toEqual(
        [
          "message_start",
          "content_block_start",
          "content_block_delta",
          "content_block_stop",
          "message_delta",
          "message_stop",
          "ping",
          "error",
        ].sort(),
      );
      expect(discriminator.propertyName).toBe("type");
      styles.add(discriminator.mapping === undefined ? "plain" : "mapping");
      if (discriminator.mapping !== undefined)
        expect(Object.keys(discriminator.mapping as object).sort()).toEqual(names.sort());
      expect(spec.operations).toContain("messages");
    }
    expect([...styles].sort()).toEqual(["mapping", "plain"]);
  });

  it("Responses: a oneOf of named events, each with a sequence_number; tool and reasoning events where the model has them", () => {
    for (const model of modelsServing("responses")) {
      const spec = textSpecOf(model.id);
      const { names, branches, discriminator } = eventUnion(model.document, "POST /v1/responses");
      expect(discriminator.propertyName).toBe("type");
      for (const branch of branches) expect(branch.required).toContain("sequence_number");
      const expected = [
        "response.created",
        "response.in_progress",
        "response.output_item.added",
        "response.content_part.added",
        "response.output_text.delta",
        "response.output_text.done",
        "response.content_part.done",
        "response.output_item.done",
        ...(spec.tools ? ["response.function_call_arguments.delta", "response.function_call_arguments.done"] : []),
        ...(spec.reasoning === undefined ? [] : ["response.reasoning_summary_text.delta"]),
        "response.completed",
        "response.incomplete",
        "response.failed",
        "error",
      ];
      expect(names.sort(), model.id).toEqual(expected.sort());
    }
  });

  it("Gemini: outside /v1, JSON reply and event-stream chunk of the same shape", () => {
    for (const model of modelsServing("gemini")) {
      const schemas = endpointSchemas(model.document, "POST /google/gemini");
      expect(getAtPointer(model.document, schemas.events!)).toEqual(getAtPointer(model.document, schemas.response!));
    }
  });

  it("videos: JSON and multipart create bodies, input_reference as binary exactly where the model takes an image, path parameters", () => {
    let withReference = 0;
    for (const model of modelsServing("videos")) {
      const spec = specOf(model.id);
      if (spec.kind !== "video") throw new Error("not a video model");
      const create = endpointSchemas(model.document, "POST /v1/videos");
      expect(create.request && create.multipart && create.response).toBeTruthy();
      const multipart = getAtPointer(model.document, create.multipart!) as { $ref: string };
      const fields = (getAtPointer(model.document, multipart.$ref.slice(1)) as { properties: Record<string, unknown> })
        .properties;
      if (spec.inputReference) {
        expect(fields.input_reference).toMatchObject({ type: "string", format: "binary" });
        withReference += 1;
      } else expect(fields.input_reference).toBeUndefined();
      expect(endpointSchemas(model.document, "GET /v1/videos/{task_id}").parameters).toEqual([
        expect.objectContaining({ name: "task_id", in: "path", required: true }),
      ]);
      const remix = endpointSchemas(model.document, "POST /v1/videos/{video_id}/remix");
      expect(remix.parameters).toEqual([expect.objectContaining({ name: "video_id", in: "path", required: true })]);
      expect(remix.request && remix.response).toBeTruthy();
    }
    expect(withReference).toBeGreaterThan(0);
    expect(withReference).toBeLessThan(modelsServing("videos").length);
  });
});

describe("operations: api.md", () => {
  /** Each ```json block of api.md with the endpoint it documents. */
  function examples(apiMd: string, endpoints: readonly string[]): Array<{ endpoint: string; body: unknown }> {
    const found: Array<{ endpoint: string; body: unknown }> = [];
    let endpoint: string | undefined;
    const blocks = apiMd.split(/^## /m).slice(1);
    for (const block of blocks) {
      const heading = block.slice(0, block.indexOf("\n"));
      if (/^(GET|POST) \//.test(heading)) endpoint = heading;
      else if (heading === "Request parameters" || heading === "Example") {
        const withBodies = endpoints.filter((e) => e.startsWith("POST"));
        expect(withBodies).toHaveLength(1);
        endpoint = withBodies[0];
      }
      const json = /```json\n([\s\S]*?)\n```/.exec(block)?.[1];
      if (json !== undefined && endpoint !== undefined) found.push({ endpoint, body: JSON.parse(json) });
    }
    return found;
  }

  it.each(snapshot.models.map((model) => [model.id, model] as const))(
    "%s: names its operations, and each example is a valid request",
    (id, model) => {
      const operations = operationsOf(specOf(id));
      const endpoints = endpointsOf(model.document);
      expect(model.apiMd).toContain(`\`${id}\``);
      expect(model.apiMd).not.toContain("*/");
      if (operations.length > 1 || operations[0] !== "chat.completions")
        for (const endpoint of endpoints) expect(model.apiMd, endpoint).toContain(`\`${endpoint}\``);
      const found = examples(model.apiMd, endpoints);
      const withBodies = endpoints.filter(
        (endpoint) => endpointSchemas(model.document, endpoint).request !== undefined,
      );
      expect(found.map((example) => example.endpoint).sort()).toEqual(withBodies.sort());
      expect(Buffer.byteLength(model.apiMd)).toBeLessThan(3000 * found.length);
      for (const example of found) {
        const result = endpointChecks(model.document, example.endpoint).request(example.body);
        expect(result.valid, `${example.endpoint}: ${why(result)}`).toBe(true);
      }
    },
  );
});
