import { isRecord } from "../../shared/is-record.js";

/*
 * Whether the reply calls a tool, and which, the same way for every
 * protocol once its own spelling is read (each protocol's request reader
 * maps its tools and its tool choice onto these):
 *   mode "none"                 -> no call
 *   mode "required"             -> the named tool, else the first
 *   mode "auto" (or absent)     -> the first tool whose name appears in the
 *                                  last user turn's text, else no call
 */

export interface ChosenTool {
  name: string;
  /** The tool's JSON Schema for its arguments, when it gave one. */
  parameters: unknown;
}

export interface ToolRequest {
  tools: readonly ChosenTool[];
  mode: "none" | "auto" | "required";
  /** The tool the request names (chat's `{function:{name}}`, Messages' `{type:"tool",name}`...). */
  name?: string | undefined;
  /** Text of the last user turn, for `auto`. */
  userText: string;
}

export function pickTool(request: ToolRequest): ChosenTool | undefined {
  const { tools } = request;
  if (tools.length === 0 || request.mode === "none") return undefined;
  if (request.mode === "required") return tools.find((tool) => tool.name === request.name) ?? tools[0];
  const text = request.userText.toLowerCase();
  return tools.find((tool) => tool.name !== "" && text.includes(tool.name.toLowerCase()));
}

/** Text of a turn's content: a string, or the `text` of its parts joined by newlines. */
function contentText(content: unknown): string {
  if (typeof content === "string") return content;
  if (!Array.isArray(content)) return "";
  return content
    .map((part) => (isRecord(part) && typeof part.text === "string" ? part.text : ""))
    .filter((text) => text !== "")
    .join("\n");
}

/**
 * Text of the last turn whose role is `user` (or whose role is absent, when
 * `roleOptional`), read from `content` by `contentOf`.
 */
export function lastUserText(
  turns: unknown,
  contentOf: (turn: Record<string, unknown>) => unknown = (turn) => turn.content,
  roleOptional = false,
): string {
  if (!Array.isArray(turns)) return "";
  for (let index = turns.length - 1; index >= 0; index -= 1) {
    const turn = turns[index];
    if (!isRecord(turn)) continue;
    if (turn.role === "user" || (roleOptional && turn.role === undefined)) return contentText(contentOf(turn));
  }
  return "";
}

/** Tools as `[{name, <parametersKey>}]` items of an array, skipping anything without a string name. */
export function namedTools(
  items: unknown,
  read: (item: Record<string, unknown>) => { name: unknown; parameters: unknown } | undefined,
): ChosenTool[] {
  if (!Array.isArray(items)) return [];
  const found: ChosenTool[] = [];
  for (const item of items) {
    if (!isRecord(item)) continue;
    const tool = read(item);
    if (tool !== undefined && typeof tool.name === "string")
      found.push({ name: tool.name, parameters: tool.parameters });
  }
  return found;
}
