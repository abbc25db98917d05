import { type Build, type DiscriminatorStyle, discriminator } from "./build.js";
import type { Schema } from "./json.js";
import type { SchemaKey } from "./naming.js";
import { FUNCTION_NAME_PATTERN } from "./tools.js";

/* `response_format`: plain text, JSON mode, and JSON Schema output where the model supports it. */

export function responseFormatProperty(
  b: Build,
  o: { discriminator: DiscriminatorStyle; closed: boolean },
): Schema | undefined {
  const { c, d, spec } = b;
  const jsonMode = spec.jsonMode !== false;
  if (!jsonMode && !spec.jsonSchema) return undefined;
  const closed = o.closed ? { additionalProperties: false } : {};
  const members: Array<[string, SchemaKey]> = [["text", "ResponseFormatText"]];
  c.once("ResponseFormatText", () => ({
    type: "object",
    description: "Plain text output (the default).",
    required: ["type"],
    properties: { type: d.constant("string", "text") },
    ...closed,
  }));
  if (jsonMode) {
    members.push(["json_object", "ResponseFormatJsonObject"]);
    c.once("ResponseFormatJsonObject", () => ({
      type: "object",
      description: "JSON mode: the reply is one valid JSON object. Ask for JSON in the prompt too.",
      required: ["type"],
      properties: { type: d.constant("string", "json_object") },
      ...closed,
    }));
  }
  if (spec.jsonSchema) {
    members.push(["json_schema", "ResponseFormatJsonSchema"]);
    c.once("ResponseFormatJsonSchema", () => ({
      type: "object",
      description: "Structured output: the reply matches the given JSON Schema.",
      required: ["type", "json_schema"],
      properties: {
        type: d.constant("string", "json_schema"),
        json_schema: {
          type: "object",
          required: ["name"],
          properties: {
            name: {
              type: "string",
              pattern: FUNCTION_NAME_PATTERN,
              maxLength: 64,
              description: "Name of the output format.",
            },
            description: { type: "string" },
            schema: {
              type: "object",
              additionalProperties: true,
              description: "The JSON Schema the reply must match.",
            },
            strict: { ...d.nullable({ type: "boolean" }), default: false, description: "Enforce the schema exactly." },
          },
          ...closed,
        },
      },
      ...closed,
    }));
  }
  return c.once("ResponseFormat", () => ({
    description: `Output format: ${members.map(([value]) => `\`${value}\``).join(", ")}.`,
    oneOf: members.map(([, key]) => c.ref(key)),
    ...discriminator(c, o.discriminator, "type", members),
  }));
}
