import { isRecord } from "../../shared/is-record.js";
/*
 * Whether the reply calls a tool, and which:
 *   tool_choice "none"                         -> no call
 *   tool_choice "required"                     -> the first tool
 *   tool_choice {type:"function",function:{name}} -> that tool
 *   tool_choice "auto" or absent               -> the first tool whose name appears in
 *                                                 the last user message's text, else no call
 */

export interface ChosenTool {
  name: string;
  /** The tool's `parameters` schema, when it gave one. */
  parameters: unknown;
}

function functionTools(tools: unknown): ChosenTool[] {
  if (!Array.isArray(tools)) return [];
  const found: ChosenTool[] = [];
  for (const tool of tools) {
    if (!isRecord(tool) || !isRecord(tool.function) || typeof tool.function.name !== "string") continue;
    if (tool.type !== undefined && tool.type !== "function") continue;
    found.push({ name: tool.function.name, parameters: tool.function.parameters });
  }
  return found;
}

/** Text of the last `user` message: a string, or the `text` of its text parts. */
export function lastUserText(messages: unknown): string {
  if (!Array.isArray(messages)) return "";
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (!isRecord(message) || message.role !== "user") continue;
    if (typeof message.content === "string") return message.content;
    if (Array.isArray(message.content)) {
      return message.content
        .map((part) => (isRecord(part) && typeof part.text === "string" ? part.text : ""))
        .filter((text) => text !== "")
        .join("\n");
    }
    return "";
  }
  return "";
}

export function chooseTool(body: Record<string, unknown>): ChosenTool | undefined {
  const tools = functionTools(body.tools);
  if (tools.length === 0) return undefined;
  const choice = body.tool_choice;
  if (choice === "none") return undefined;
  if (choice === "required") return tools[0];
  if (isRecord(choice)) {
    const named =
      isRecord(choice.function) && typeof choice.function.name === "string" ? choice.function.name : undefined;
    return tools.find((tool) => tool.name === named) ?? tools[0];
  }
  const text = lastUserText(body.messages).toLowerCase();
  return tools.find((tool) => tool.name !== "" && text.includes(tool.name.toLowerCase()));
}
