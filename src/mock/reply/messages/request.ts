import { isRecord } from "../../../shared/is-record.js";
import type { PlanRequest } from "../plan.js";
import { estimatePromptTokens, tokenLimit } from "../prompt.js";
import { type ChosenTool, lastUserText, namedTools, pickTool } from "../tool-choice.js";

/*
 * An Anthropic Messages request as the planner reads it: `system` (a string
 * or text blocks), `messages` (string or block contents), `max_tokens`,
 * `thinking: {type:"enabled"}`, `tools` (`{name, input_schema}`; server
 * tools with a `type` of their own are not called) and `tool_choice`
 * (`{type:"auto"|"any"|"tool"|"none", name}`).
 */

function chooseTool(body: Record<string, unknown>): ChosenTool | undefined {
  const tools = namedTools(body.tools, (tool) =>
    tool.type === undefined || tool.type === "custom" ? { name: tool.name, parameters: tool.input_schema } : undefined,
  );
  const choice = isRecord(body.tool_choice) ? body.tool_choice : {};
  return pickTool({
    tools,
    mode: choice.type === "none" ? "none" : choice.type === "any" || choice.type === "tool" ? "required" : "auto",
    name: choice.type === "tool" && typeof choice.name === "string" ? choice.name : undefined,
    userText: lastUserText(body.messages),
  });
}

/** Extended thinking is on: the reply starts with a `thinking` block. */
function thinkingEnabled(body: Record<string, unknown>): boolean {
  return isRecord(body.thinking) && body.thinking.type === "enabled";
}

export function messagesRequest(body: Record<string, unknown>): PlanRequest {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  const contents = messages.map((message) => (isRecord(message) ? message.content : undefined));
  return {
    body,
    promptTokens: estimatePromptTokens(body.system === undefined ? contents : [body.system, ...contents], body.tools),
    maxTokens: tokenLimit(body.max_tokens),
    choices: 1,
    tool: chooseTool(body),
    reasoning: thinkingEnabled(body),
    wholeToolCalls: true,
  };
}
