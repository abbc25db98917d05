import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { followRefs, locateChatContract, type SchemaLocation, withStandardChunk } from "../../src/openapi/document.js";
import { getAtPointer } from "../../src/shared/json-pointer.js";

/*
 * Test-side reading of OpenAPI schemas with Ajv (JSON Schema 2020-12), the
 * shared semantics spelled out: 3.0 `nullable` becomes "or null", boolean
 * exclusive bounds become numeric ones, `discriminator`/`example` are
 * dropped (annotations), component references point into `$defs`.
 */

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

const NAME_MAPS = new Set(["properties", "patternProperties", "$defs", "definitions"]);

function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!isRecord(node)) return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === "discriminator" || key === "example" || key === "nullable") continue;
    if (key === "$ref" && typeof value === "string") out[key] = value.replace("#/components/schemas/", "#/$defs/");
    else if (NAME_MAPS.has(key) && isRecord(value))
      out[key] = Object.fromEntries(Object.entries(value).map(([name, schema]) => [name, toJsonSchema(schema)]));
    else out[key] = toJsonSchema(value);
  }
  if (out.exclusiveMinimum === true) {
    out.exclusiveMinimum = out.minimum;
    delete out.minimum;
  } else if (out.exclusiveMinimum === false) delete out.exclusiveMinimum;
  if (out.exclusiveMaximum === true) {
    out.exclusiveMaximum = out.maximum;
    delete out.maximum;
  } else if (out.exclusiveMaximum === false) delete out.exclusiveMaximum;
  return node.nullable === true ? { anyOf: [out, { type: "null" }] } : out;
}

function newAjv(): Ajv2020 {
  return new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
}

/** Compile the schema found at `location` of `doc`, with the document's components available. */
function compileLocation(doc: unknown, location: { schema: unknown }, ajv: Ajv2020 = newAjv()): ValidateFunction {
  const components = getAtPointer(doc, "/components/schemas");
  const root = {
    ...(toJsonSchema(location.schema) as Record<string, unknown>),
    $defs: toJsonSchema(isRecord(components) ? components : {}),
  };
  return ajv.compile(root);
}

/** Compile each schema under components.schemas (one Ajv instance per document, shared references compiled once). */
export function compileComponents(doc: unknown): ValidateFunction[] {
  const components = getAtPointer(doc, "/components/schemas");
  if (!isRecord(components)) return [];
  const ajv = newAjv();
  const id = "urn:apifree:document";
  ajv.addSchema({ $id: id, $defs: toJsonSchema(components) });
  return Object.keys(components).map((name) => {
    const validate = ajv.getSchema(`${id}#/$defs/${name}`);
    if (validate === undefined) throw new Error(`cannot compile ${name}`);
    return validate;
  });
}

/** Every value held under `key` anywhere in `node`. */
export function collectValues(node: unknown, key: string): unknown[] {
  const found: unknown[] = [];
  const stack = [node];
  while (stack.length > 0) {
    const here = stack.pop();
    if (Array.isArray(here)) stack.push(...here);
    else if (isRecord(here)) {
      for (const [name, value] of Object.entries(here)) {
        if (name === key) found.push(value);
        stack.push(value);
      }
    }
  }
  return found;
}

export interface CompiledContract {
  request: ValidateFunction;
  response: ValidateFunction;
  chunk: ValidateFunction;
  standardChunk: boolean;
  envelope: boolean;
}

export function compileContract(doc: unknown): CompiledContract {
  const full = withStandardChunk(doc);
  const contract = locateChatContract(full);
  if (contract.request === undefined || contract.response === undefined || contract.chunk === undefined)
    throw new Error("document has no chat contract");
  const ajv = newAjv();
  return {
    request: compileLocation(full, contract.request, ajv),
    response: compileLocation(full, contract.response, ajv),
    chunk: compileLocation(full, contract.chunk, ajv),
    standardChunk: contract.chunk.standard,
    envelope: contract.chunk.envelope,
  };
}

export function errorsOf(validate: ValidateFunction): string {
  return JSON.stringify(validate.errors ?? [], null, 1).slice(0, 2000);
}

/**
 * The member names a schema accepts along a path of property names,
 * following `$ref`, `allOf` branches and the non-null branch of
 * nullable wrappers. `[]` means the schema itself.
 */
export function propertyNamesAt(doc: unknown, location: SchemaLocation, path: readonly string[]): Set<string> {
  const names = new Set<string>();
  const visit = (schema: unknown, at: string, rest: readonly string[], depth: number): void => {
    if (depth > 20) return;
    const resolved = followRefs(doc, at, schema);
    if (resolved === undefined || !isRecord(resolved.schema)) return;
    const node = resolved.schema;
    for (const keyword of ["allOf", "anyOf", "oneOf"] as const) {
      const branches = node[keyword];
      if (Array.isArray(branches))
        branches.forEach((branch, index) => visit(branch, `${resolved.pointer}/${keyword}/${index}`, rest, depth + 1));
    }
    if (isRecord(node.items) && rest[0] === "[]") {
      visit(node.items, `${resolved.pointer}/items`, rest.slice(1), depth + 1);
      return;
    }
    const props = node.properties;
    if (!isRecord(props)) return;
    if (rest.length === 0) {
      for (const name of Object.keys(props)) names.add(name);
      return;
    }
    const [head, ...tail] = rest;
    if (head !== undefined && head in props)
      visit(props[head], `${resolved.pointer}/properties/${head}`, tail, depth + 1);
  };
  visit(location.schema, location.pointer, path, 0);
  return names;
}

/* Replies shaped exactly as /work/brief/wire.md pins them (what the emulator sends). */

export interface ReplyFacts {
  model: string;
  tools: boolean;
  reasoning: boolean;
  /** The response schema declares `reasoning_content`. */
  reasoningContent: boolean;
  inputPerMillion: number;
  outputPerMillion: number;
}

const COMPLETION_ID = "chatcmpl-0123456789abcdef01234567";
const CREATED = 1767225600;

function usage(f: ReplyFacts): Record<string, unknown> {
  const prompt = 21;
  const completion = 57;
  const cost = Math.round(((prompt * f.inputPerMillion + completion * f.outputPerMillion) / 1e6) * 1e10) / 1e10;
  return {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    cost,
    ...(f.reasoning ? { completion_tokens_details: { reasoning_tokens: 18 } } : {}),
  };
}

export function completionReplies(f: ReplyFacts): Array<{ name: string; body: unknown }> {
  const head = {
    id: COMPLETION_ID,
    object: "chat.completion",
    created: CREATED,
    model: f.model,
    system_fingerprint: "fp_apifree_mock",
  };
  const thinking = f.reasoningContent ? { reasoning_content: "The user asks about light scattering." } : {};
  const replies: Array<{ name: string; body: unknown }> = [
    {
      name: "text",
      body: {
        ...head,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "Rayleigh scattering.", ...thinking },
            finish_reason: "stop",
            logprobs: null,
          },
        ],
        usage: usage(f),
      },
    },
    {
      name: "length",
      body: {
        ...head,
        choices: [
          {
            index: 0,
            message: { role: "assistant", content: "Rayleigh", ...thinking },
            finish_reason: "length",
            logprobs: null,
          },
        ],
        usage: usage(f),
      },
    },
  ];
  if (f.tools) {
    replies.push({
      name: "tool call",
      body: {
        ...head,
        choices: [
          {
            index: 0,
            message: {
              role: "assistant",
              content: null,
              ...thinking,
              tool_calls: [
                {
                  id: "call_9f86d081884c7d65",
                  type: "function",
                  function: { name: "get_weather", arguments: '{"city":"Paris"}' },
                },
              ],
            },
            finish_reason: "tool_calls",
            logprobs: null,
          },
        ],
        usage: usage(f),
      },
    });
  }
  return replies;
}

export function chunkReplies(f: ReplyFacts, includeUsage: boolean): Array<{ name: string; body: unknown }> {
  const head = {
    id: COMPLETION_ID,
    object: "chat.completion.chunk",
    created: CREATED,
    model: f.model,
    system_fingerprint: "fp_apifree_mock",
  };
  const usageNull = includeUsage ? { usage: null } : {};
  const chunk = (name: string, delta: Record<string, unknown>, finish: string | null = null) => ({
    name,
    body: { ...head, choices: [{ index: 0, delta, finish_reason: finish, logprobs: null }], ...usageNull },
  });
  const chunks: Array<{ name: string; body: unknown }> = [chunk("first", { role: "assistant", content: "" })];
  if (f.reasoningContent) chunks.push(chunk("reasoning", { reasoning_content: "Light scatters" }));
  chunks.push(chunk("content", { content: "Rayleigh" }), chunk("last", {}, "stop"));
  if (f.tools) {
    chunks.push(
      chunk("tool call start", {
        tool_calls: [
          { index: 0, id: "call_9f86d081884c7d65", type: "function", function: { name: "get_weather", arguments: "" } },
        ],
      }),
      chunk("tool call arguments", { tool_calls: [{ index: 0, function: { arguments: '{"city":' } }] }),
      chunk("tool call end", {}, "tool_calls"),
    );
  }
  chunks.push(chunk("length", {}, "length"));
  if (includeUsage) chunks.push({ name: "usage", body: { ...head, choices: [], usage: usage(f) } });
  return chunks;
}
