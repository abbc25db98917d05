import type { OperationPart } from "./assemble.js";
import type { Json, Schema } from "./schemas/json.js";
import { refusesSampling, serves, streams, type TextModelSpec, thinksAloud } from "./spec.js";

/*
 * A model's api.md: what it is, its price and capabilities, the operations it
 * serves, a table of the request parameters of each request body with their
 * accepted values (read from the very schemas of its document, so the prose
 * cannot disagree with the contract), and an example request for each. It
 * becomes the doc comment of the model's binding, so it stays small and never
 * contains a comment terminator.
 */

/** The parameters and example of one request body. */
export interface ApiMdSection {
  /** "POST /v1/messages". */
  endpoint: string;
  /** Request members in display order; nested members may appear under dotted names. */
  properties: Schema;
  required: readonly string[];
  example: Schema;
}

export interface ApiMdInput {
  /** Everything above the parameter tables: title, intro, bullets. */
  header: readonly string[];
  /** components.schemas, to resolve `$ref`s. */
  components: Record<string, Schema>;
  sections: readonly ApiMdSection[];
}

const MAX_LISTED_VALUES = 6;

function isSchema(value: Json | undefined): value is Schema {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function refName(schema: Schema): string | undefined {
  return typeof schema.$ref === "string" ? schema.$ref.split("/").pop() : undefined;
}

function resolve(schema: Schema, components: Record<string, Schema>): Schema {
  let here = schema;
  for (let depth = 0; depth < 8; depth += 1) {
    const name = refName(here);
    if (name !== undefined && components[name] !== undefined) {
      here = components[name];
      continue;
    }
    const allOf = here.allOf;
    if (Array.isArray(allOf) && allOf.length === 1 && isSchema(allOf[0])) {
      here = allOf[0];
      continue;
    }
    const anyOf = here.anyOf;
    if (
      Array.isArray(anyOf) &&
      anyOf.length === 2 &&
      isSchema(anyOf[0]) &&
      isSchema(anyOf[1]) &&
      anyOf[1].type === "null"
    ) {
      here = anyOf[0];
      continue;
    }
    break;
  }
  return here;
}

function typeOf(schema: Schema, components: Record<string, Schema>): string {
  const target = resolve(schema, components);
  const type = target.type;
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.filter((t) => t !== "null").join(" or ");
  const union = target.oneOf ?? target.anyOf;
  if (Array.isArray(union)) {
    const kinds = union
      .filter(isSchema)
      .filter((branch) => branch.type !== "null")
      .map((branch) => typeOf(branch, components));
    return [...new Set(kinds)].join(" or ");
  }
  return "any";
}

function format(value: Json): string {
  return typeof value === "string" ? value : JSON.stringify(value);
}

interface Bound {
  value: number;
  exclusive: boolean;
}

function lowerBound(target: Schema): Bound | undefined {
  if (typeof target.exclusiveMinimum === "number") return { value: target.exclusiveMinimum, exclusive: true };
  if (typeof target.minimum === "number") return { value: target.minimum, exclusive: target.exclusiveMinimum === true };
  return undefined;
}

function upperBound(target: Schema): Bound | undefined {
  if (typeof target.exclusiveMaximum === "number") return { value: target.exclusiveMaximum, exclusive: true };
  if (typeof target.maximum === "number") return { value: target.maximum, exclusive: target.exclusiveMaximum === true };
  return undefined;
}

/** "0 to 2", "> 0 to 1", "0 to < 2", ">= 1"; 64-bit bounds read better as words. */
function boundsText(target: Schema): string | undefined {
  const low = lowerBound(target);
  const high = upperBound(target);
  if (high !== undefined && high.value >= 2 ** 53) return "64-bit integer";
  if (low !== undefined && high !== undefined)
    return `${low.exclusive ? "> " : ""}${low.value} to ${high.exclusive ? "< " : ""}${high.value}`;
  if (low !== undefined) return `${low.exclusive ? ">" : ">="} ${low.value}`;
  if (high !== undefined) return `${high.exclusive ? "<" : "<="} ${high.value}`;
  return undefined;
}

function accepted(schema: Schema, components: Record<string, Schema>): string {
  const target = resolve(schema, components);
  const parts: string[] = [];
  if ("const" in target) parts.push(`only ${format(target.const as Json)}`);
  const values = Array.isArray(target.enum) ? target.enum.filter((value) => value !== null) : undefined;
  if (values !== undefined) {
    if (values.length === 1) parts.push(`only ${format(values[0] as Json)}`);
    else {
      const shown = values.slice(0, MAX_LISTED_VALUES).map(format).join(", ");
      parts.push(values.length > MAX_LISTED_VALUES ? `${shown}, ...` : shown);
    }
  }
  const bounds = boundsText(target);
  if (bounds !== undefined) parts.push(bounds);
  if (typeof target.minItems === "number" && target.minItems > 0)
    parts.push(`at least ${target.minItems} item${target.minItems === 1 ? "" : "s"}`);
  if (typeof target.maxItems === "number") parts.push(`at most ${target.maxItems} items`);
  if (typeof target.minLength === "number" && target.minLength > 0) parts.push(`non-empty`);
  if (typeof target.maxLength === "number") parts.push(`at most ${target.maxLength} characters`);
  if (typeof target.maxProperties === "number") parts.push(`at most ${target.maxProperties} entries`);
  if (isSchema(target.additionalProperties)) {
    const values = boundsText(target.additionalProperties);
    if (values !== undefined) parts.push(`values ${values}`);
  }
  const union = target.oneOf ?? target.anyOf;
  if (Array.isArray(union)) {
    const kinds: string[] = [];
    for (const branch of union.filter(isSchema)) {
      if (typeof branch.maxItems === "number") parts.push(`at most ${branch.maxItems} items`);
      if (Array.isArray(branch.enum)) kinds.push(...branch.enum.filter((value) => value !== null).map(format));
      const resolved = resolve(branch, components);
      const branchBounds = boundsText(resolved);
      if (branchBounds !== undefined) kinds.push(branchBounds);
      const typeMember = isSchema(resolved.properties) ? resolved.properties.type : undefined;
      if (isSchema(typeMember)) {
        if ("const" in typeMember) kinds.push(format(typeMember.const as Json));
        else if (Array.isArray(typeMember.enum) && typeMember.enum.length === 1)
          kinds.push(format(typeMember.enum[0] as Json));
      }
    }
    if (kinds.length > 0) parts.push(kinds.join(", "));
  }
  if (target.deprecated === true || schema.deprecated === true) parts.push("deprecated");
  return parts.join("; ").replace(/\|/g, "\\|");
}

function capabilities(spec: TextModelSpec): string {
  const list: string[] = [];
  if (streams(spec)) list.push("streaming");
  if (spec.tools) list.push("function calling");
  if (spec.vision) list.push("image input");
  if (spec.jsonSchema) list.push("JSON Schema output");
  else if (spec.jsonMode !== false) list.push("JSON mode");
  if (spec.reasoning !== undefined) {
    const efforts = spec.reasoning.efforts;
    const shown = [
      ...(serves(spec, "chat.completions") && thinksAloud(spec) ? ["visible as `reasoning_content`"] : []),
      ...(serves(spec, "messages") ? ["`thinking` blocks in Messages"] : []),
      ...(serves(spec, "gemini") ? ["thought summaries with `includeThoughts`"] : []),
    ];
    list.push(
      `reasoning${efforts === undefined ? "" : ` (effort ${efforts.join("/")})`}${shown.map((how) => `, ${how}`).join("")}`,
    );
  }
  return list.join(", ");
}

function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function price(n: number): string {
  return n === 0 ? "free" : `$${n.toFixed(n < 0.1 ? 3 : 2)}`;
}

/** "`POST /v1/videos`, `GET /v1/videos/{task_id}` (Video tasks)": every endpoint of each operation. */
function operationsLine(operations: readonly OperationPart[]): string {
  const described = operations.map((operation) => {
    const endpoints = Object.entries(operation.paths).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `\`${method.toUpperCase()} ${path}\``),
    );
    return `${endpoints.join(", ")} (${operation.label})`;
  });
  return `Operations: ${described.join("; ")}.`;
}

/**
 * Title, intro and bullets of a text model. A model that serves only chat
 * completions (APIFree's default) has no operations bullet.
 */
export function textModelHeader(
  spec: TextModelSpec,
  vendorName: string,
  operations: readonly OperationPart[],
  notes: readonly string[],
): string[] {
  const chatOnly = operations.length === 1 && operations[0]?.key === "chat.completions";
  const allNotes = [...notes];
  if (refusesSampling(spec)) allNotes.unshift("Reasoning model: `temperature` and `top_p` cannot be adjusted.");
  return [
    `# ${spec.name}`,
    "",
    `\`${spec.id}\` by ${vendorName}. Context window ${thousands(spec.contextLength)} tokens, up to ${thousands(spec.maxOutputTokens)} output tokens.`,
    "",
    spec.summary,
    "",
    `- Pricing: ${price(spec.pricing.input)} per 1M input tokens, ${price(spec.pricing.output)} per 1M output tokens.`,
    `- Capabilities: ${capabilities(spec)}.`,
    ...(chatOnly ? [] : [`- ${operationsLine(operations)}`]),
    ...allNotes.map((note) => `- ${note}`),
  ];
}

function table(section: ApiMdSection, components: Record<string, Schema>): string[] {
  const rows = Object.entries(section.properties)
    .filter((entry): entry is [string, Schema] => isSchema(entry[1]))
    .map(([name, schema]) => {
      const required = section.required.includes(name) ? " (required)" : "";
      return `| \`${name}\`${required} | ${typeOf(schema, components)} | ${accepted(schema, components)} |`;
    });
  return ["| Parameter | Type | Accepted |", "|---|---|---|", ...rows];
}

function exampleBlock(section: ApiMdSection): string[] {
  return ["```json", JSON.stringify(section.example, null, 2), "```"];
}

/**
 * One request body: "## Request parameters" and "## Example". Several: a
 * section per endpoint, headed by it, with its table and example.
 */
export function renderApiMd(input: ApiMdInput): string {
  const { components, sections } = input;
  const body =
    sections.length === 1 && sections[0] !== undefined
      ? [
          "## Request parameters",
          "",
          ...table(sections[0], components),
          "",
          "## Example",
          "",
          ...exampleBlock(sections[0]),
        ]
      : sections.flatMap((section, index) => [
          ...(index === 0 ? [] : [""]),
          `## ${section.endpoint}`,
          "",
          ...table(section, components),
          "",
          "Example:",
          "",
          ...exampleBlock(section),
        ]);
  const lines = [...input.header, "", ...body, ""];
  return lines.join("\n").replace(/\*\//g, "*\\/");
}

/** Title, intro and bullets of a video or image model. */
export function mediaModelHeader(
  spec: { id: string; name: string; summary: string },
  vendorName: string,
  what: string,
  operations: readonly OperationPart[],
  facts: readonly string[],
): string[] {
  return [
    `# ${spec.name}`,
    "",
    `\`${spec.id}\` by ${vendorName}. ${what}`,
    "",
    spec.summary,
    "",
    ...facts.map((fact) => `- ${fact}`),
    `- ${operationsLine(operations)}`,
  ];
}
