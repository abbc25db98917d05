import { isRecord } from "../../../shared/is-record.js";
import type { ReplyFeatures } from "../../model-contract.js";
import { choiceCount, type PlanRequest } from "../plan.js";
import { estimatePromptTokens, tokenLimit } from "../prompt.js";
import { type ChosenTool, lastUserText, namedTools, pickTool } from "../tool-choice.js";

/*
 * A chat completion request as the planner reads it: `messages`, `tools`
 * (`{type:"function",function:{name,parameters}}`), `tool_choice` (`none`,
 * `auto`, `required` or `{type:"function",function:{name}}`), `n`, and
 * `max_completion_tokens` or `max_tokens`.
 */

export function promptTokens(body: Record<string, unknown>): number {
  const messages = Array.isArray(body.messages) ? body.messages : [];
  return estimatePromptTokens(
    messages.map((message) => (isRecord(message) ? message.content : undefined)),
    body.tools,
  );
}

export function chooseTool(body: Record<string, unknown>): ChosenTool | undefined {
  const tools = namedTools(body.tools, (tool) =>
    isRecord(tool.function) && (tool.type === undefined || tool.type === "function")
      ? { name: tool.function.name, parameters: tool.function.parameters }
      : undefined,
  );
  const choice = body.tool_choice;
  const named = isRecord(choice) && isRecord(choice.function) ? choice.function.name : undefined;
  return pickTool({
    tools,
    mode: choice === "none" ? "none" : choice === "required" || isRecord(choice) ? "required" : "auto",
    name: typeof named === "string" ? named : undefined,
    userText: lastUserText(body.messages),
  });
}

export function chatRequest(body: Record<string, unknown>, features: ReplyFeatures): PlanRequest {
  return {
    body,
    promptTokens: promptTokens(body),
    maxTokens: tokenLimit(body.max_completion_tokens, body.max_tokens),
    choices: choiceCount(body.n),
    tool: chooseTool(body),
    reasoning: features.reasoning,
    wholeToolCalls: false,
  };
}
