import { isRecord } from "../../../shared/is-record.js";
import type { PlanRequest } from "../plan.js";
import { estimatePromptTokens, tokenLimit } from "../prompt.js";
import { type ChosenTool, lastUserText, namedTools, pickTool } from "../tool-choice.js";

/*
 * An OpenAI Responses request as the planner reads it: `instructions`,
 * `input` (a string, or items: messages, function calls and their
 * outputs), `max_output_tokens`, `reasoning`, function `tools` and
 * `tool_choice` (`none`, `auto`, `required`, `{type:"function",name}`; a
 * hosted tool's choice calls no function).
 */

function inputContents(input: unknown): unknown[] {
  if (!Array.isArray(input)) return input === undefined ? [] : [input];
  return input.map((item) => (isRecord(item) ? (item.content ?? item.output ?? item.arguments) : undefined));
}

function chooseTool(body: Record<string, unknown>): ChosenTool | undefined {
  const tools = namedTools(body.tools, (tool) =>
    tool.type === "function" ? { name: tool.name, parameters: tool.parameters } : undefined,
  );
  const choice = body.tool_choice;
  const mode =
    choice === "none" || (isRecord(choice) && choice.type !== "function")
      ? "none"
      : choice === "required" || isRecord(choice)
        ? "required"
        : "auto";
  return pickTool({
    tools,
    mode,
    name: isRecord(choice) && typeof choice.name === "string" ? choice.name : undefined,
    userText: typeof body.input === "string" ? body.input : lastUserText(body.input),
  });
}

/** Whether the request lets a reasoning model reason (`reasoning.effort: "none"` turns it off). */
function reasoningWanted(body: Record<string, unknown>, modelReasons: boolean): boolean {
  const options = body.reasoning;
  if (isRecord(options) && options.effort === "none") return false;
  return modelReasons || isRecord(options);
}

/** The reasoning item shows its summary only when the request asks for one (`reasoning.summary`). */
export function summaryWanted(body: Record<string, unknown>): boolean {
  return isRecord(body.reasoning) && typeof body.reasoning.summary === "string";
}

export function responsesRequest(
  body: Record<string, unknown>,
  reasoningItems: boolean,
  modelReasons: boolean,
): PlanRequest {
  const contents = inputContents(body.input);
  return {
    body,
    promptTokens: estimatePromptTokens(
      typeof body.instructions === "string" ? [body.instructions, ...contents] : contents,
      body.tools,
    ),
    maxTokens: tokenLimit(body.max_output_tokens),
    choices: 1,
    tool: chooseTool(body),
    reasoning: reasoningItems && reasoningWanted(body, modelReasons),
    wholeToolCalls: false,
  };
}
