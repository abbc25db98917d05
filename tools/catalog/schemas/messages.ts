import { type Build, type DiscriminatorStyle, discriminator } from "./build.js";
import { type ContentOptions, textContent, textPart, userContent } from "./content.js";
import { properties, type Schema } from "./json.js";
import type { SchemaKey } from "./naming.js";
import { toolCall } from "./tools.js";

/* The `messages` array: one schema per role, joined by a oneOf on `role`. */

export interface MessageOptions {
  discriminator: DiscriminatorStyle;
  parts: ContentOptions;
  developerRole: boolean;
  /** Closes each message object (`additionalProperties: false`). */
  closed: boolean;
  /** Vendor-specific members of the assistant message (prefill flags, refusal...). */
  assistantExtras?: Record<string, Schema> | undefined;
  /** A `name` member with a pattern on user/system messages. */
  participantNames: boolean;
  /** Largest number of messages, when the vendor caps it. */
  maxMessages?: number;
}

function participantName(o: MessageOptions): Schema | undefined {
  return o.participantNames
    ? {
        type: "string",
        pattern: "^[a-zA-Z0-9_-]{1,64}$",
        description: "Optional name of the participant, to tell apart speakers of the same role.",
      }
    : undefined;
}

function closed(o: MessageOptions): Schema {
  return o.closed ? { additionalProperties: false } : {};
}

export function messagesProperty(b: Build, o: MessageOptions): Schema {
  const { c, d } = b;
  const members: Array<[string, SchemaKey]> = [];
  if (o.developerRole) {
    c.once("DeveloperMessage", () => ({
      type: "object",
      description: "Instructions from the application that the model follows over user messages.",
      required: ["role", "content"],
      properties: properties({
        role: d.constant("string", "developer"),
        content: textContent(b, o.parts),
        name: participantName(o),
      }),
      ...closed(o),
    }));
    members.push(["developer", "DeveloperMessage"]);
  }
  c.once("SystemMessage", () => ({
    type: "object",
    description: "Instructions that set the model's behaviour for the conversation.",
    required: ["role", "content"],
    properties: properties({
      role: d.constant("string", "system"),
      content: textContent(b, o.parts),
      name: participantName(o),
    }),
    ...closed(o),
  }));
  members.push(["system", "SystemMessage"]);
  c.once("UserMessage", () => ({
    type: "object",
    description: "A message from the end user.",
    required: ["role", "content"],
    properties: properties({
      role: d.constant("string", "user"),
      content: userContent(b, o.parts),
      name: participantName(o),
    }),
    ...closed(o),
  }));
  members.push(["user", "UserMessage"]);
  c.once("AssistantMessage", () => ({
    type: "object",
    description: "An earlier reply of the model, sent back as conversation history.",
    required: ["role"],
    properties: properties({
      role: d.constant("string", "assistant"),
      content: d.nullableUnion([{ type: "string" }, { type: "array", minItems: 1, items: textPart(b, o.parts) }], {
        description: "The reply text; null when the reply was only tool calls.",
      }),
      name: participantName(o),
      tool_calls: b.spec.tools
        ? { type: "array", items: toolCall(b), description: "The function calls the model made." }
        : undefined,
      ...o.assistantExtras,
    }),
    ...closed(o),
  }));
  members.push(["assistant", "AssistantMessage"]);
  if (b.spec.tools) {
    c.once("ToolMessage", () => ({
      type: "object",
      description: "The result of a function call, answering the call with the same id.",
      required: ["role", "content", "tool_call_id"],
      properties: {
        role: d.constant("string", "tool"),
        content: textContent(b, o.parts, "The function's result."),
        tool_call_id: { type: "string", description: "The `id` of the call this answers." },
      },
      ...closed(o),
    }));
    members.push(["tool", "ToolMessage"]);
  }
  const message = c.once("Message", () => ({
    oneOf: members.map(([, key]) => c.ref(key)),
    ...discriminator(c, o.discriminator, "role", members),
  }));
  return {
    type: "array",
    description: "The conversation so far, oldest first.",
    minItems: 1,
    ...(o.maxMessages === undefined ? {} : { maxItems: o.maxMessages }),
    items: message,
  };
}
