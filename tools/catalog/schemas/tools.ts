import type { Build } from "./build.js";
import type { Schema } from "./json.js";

/* Function tools: their declaration in requests, and the calls the model sends back. */

export const FUNCTION_NAME_PATTERN = "^[a-zA-Z0-9_-]{1,64}$";

export interface ToolOptions {
  maxTools: number;
  /** `strict` on the function declaration (structured tool arguments). */
  strict: boolean;
  closed: boolean;
}

function functionParameters(b: Build): Schema {
  return b.c.once("FunctionParameters", () => ({
    type: "object",
    description:
      "The parameters the function takes, as a JSON Schema object. Omitting it means an empty parameter list.",
    additionalProperties: true,
  }));
}

export function functionObject(b: Build, o: ToolOptions): Schema {
  return b.c.once("FunctionObject", () => ({
    type: "object",
    required: ["name"],
    properties: {
      name: {
        type: "string",
        pattern: FUNCTION_NAME_PATTERN,
        maxLength: 64,
        description: "Name of the function: letters, digits, underscores and dashes, at most 64.",
      },
      description: {
        type: "string",
        description: "What the function does; the model uses it to decide when to call it.",
      },
      parameters: functionParameters(b),
      ...(o.strict
        ? {
            strict: {
              ...b.d.nullable({ type: "boolean" }),
              default: false,
              description: "Follow `parameters` exactly when calling.",
            },
          }
        : {}),
    },
    ...(o.closed ? { additionalProperties: false } : {}),
  }));
}

export function toolsProperty(b: Build, o: ToolOptions): Schema {
  const tool = b.c.once("Tool", () => ({
    type: "object",
    required: ["type", "function"],
    properties: {
      type: b.d.constant("string", "function", { description: "Only function tools are supported." }),
      function: functionObject(b, o),
    },
    ...(o.closed ? { additionalProperties: false } : {}),
  }));
  return {
    type: "array",
    description: "Functions the model may call.",
    maxItems: o.maxTools,
    items: tool,
  };
}

export function toolChoiceProperty(b: Build, modes: readonly string[]): Schema {
  const named = b.c.once("NamedToolChoice", () => ({
    type: "object",
    description: "Forces a call to the named function.",
    required: ["type", "function"],
    properties: {
      type: b.d.constant("string", "function"),
      function: { type: "object", required: ["name"], properties: { name: { type: "string" } } },
    },
  }));
  return b.c.once("ToolChoice", () => ({
    description: `Which tool the model calls: ${modes.map((mode) => `\`${mode}\``).join(", ")}, or a named function.`,
    oneOf: [{ type: "string", enum: [...modes] }, named],
  }));
}

/** One function call in a completed message. */
export function toolCall(b: Build): Schema {
  return b.c.once("ToolCall", () => ({
    type: "object",
    required: ["id", "type", "function"],
    properties: {
      id: { type: "string", description: "Id to quote in the `tool` message that answers the call." },
      type: b.d.constant("string", "function"),
      function: {
        type: "object",
        required: ["name", "arguments"],
        properties: {
          name: { type: "string" },
          arguments: { type: "string", description: "The arguments as JSON text; validate before use." },
        },
      },
    },
  }));
}

/** A piece of a function call in a stream: the first carries id, type and name; later ones only argument text. */
export function toolCallDelta(b: Build): Schema {
  return b.c.once("ToolCallDelta", () => ({
    type: "object",
    required: ["index"],
    properties: {
      index: { type: "integer", minimum: 0 },
      id: { type: "string" },
      type: b.d.constant("string", "function"),
      function: {
        type: "object",
        properties: {
          name: { type: "string" },
          arguments: { type: "string", description: "A fragment of the JSON arguments." },
        },
      },
    },
  }));
}
