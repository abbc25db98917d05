import { isRecord } from "../../../shared/is-record.js";
import { choiceCount, type PlanRequest } from "../plan.js";
import { estimatePromptTokens, tokenLimit } from "../prompt.js";
import { type ChosenTool, lastUserText, pickTool } from "../tool-choice.js";

/*
 * A Gemini request as the planner reads it: `contents` (turns of `parts`),
 * `system_instruction`, `generationConfig` (`maxOutputTokens`,
 * `candidateCount`, `thinkingConfig`), `tools` (`functionDeclarations`) and
 * `toolConfig.functionCallingConfig` (`mode` AUTO, ANY, NONE, VALIDATED;
 * `allowedFunctionNames`). Google's JSON also takes the snake_case spelling
 * of each name, so both are read.
 */

function field(record: Record<string, unknown>, camel: string, snake: string): unknown {
  return record[camel] ?? record[snake];
}

function record(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

function declarations(tools: unknown): ChosenTool[] {
  if (!Array.isArray(tools)) return [];
  const found: ChosenTool[] = [];
  for (const tool of tools) {
    const declared = field(record(tool), "functionDeclarations", "function_declarations");
    if (!Array.isArray(declared)) continue;
    for (const declaration of declared) {
      if (isRecord(declaration) && typeof declaration.name === "string")
        found.push({ name: declaration.name, parameters: declaration.parameters });
    }
  }
  return found;
}

function chooseTool(body: Record<string, unknown>): ChosenTool | undefined {
  const config = record(
    field(record(field(body, "toolConfig", "tool_config")), "functionCallingConfig", "function_calling_config"),
  );
  const allowed = field(config, "allowedFunctionNames", "allowed_function_names");
  const names = Array.isArray(allowed) ? allowed.filter((name): name is string => typeof name === "string") : [];
  const tools = declarations(body.tools).filter((tool) => names.length === 0 || names.includes(tool.name));
  const mode = config.mode === "NONE" ? "none" : config.mode === "ANY" ? "required" : "auto";
  return pickTool({
    tools,
    mode,
    userText: lastUserText(body.contents, (turn) => turn.parts, true),
  });
}

function generationConfig(body: Record<string, unknown>): Record<string, unknown> {
  return record(field(body, "generationConfig", "generation_config"));
}

function thinkingConfig(body: Record<string, unknown>): Record<string, unknown> | undefined {
  const config = field(generationConfig(body), "thinkingConfig", "thinking_config");
  return isRecord(config) ? config : undefined;
}

/** Thought summaries come back as parts with `thought: true` (`thinkingConfig.includeThoughts`). */
export function thoughtsShown(body: Record<string, unknown>): boolean {
  const config = thinkingConfig(body);
  return config !== undefined && field(config, "includeThoughts", "include_thoughts") === true;
}

/** A model that can think does, unless the request sets a thinking budget of 0. */
function thinks(body: Record<string, unknown>, canThink: boolean, modelReasons: boolean): boolean {
  const config = thinkingConfig(body);
  if (!canThink || field(config ?? {}, "thinkingBudget", "thinking_budget") === 0) return false;
  return modelReasons || config !== undefined;
}

export function geminiRequest(body: Record<string, unknown>, canThink: boolean, modelReasons: boolean): PlanRequest {
  const contents = Array.isArray(body.contents) ? body.contents : [];
  const turns = contents.map((turn) => (isRecord(turn) ? turn.parts : undefined));
  const system = field(body, "system_instruction", "systemInstruction");
  const config = generationConfig(body);
  return {
    body,
    promptTokens: estimatePromptTokens(isRecord(system) ? [system.parts, ...turns] : turns, body.tools),
    maxTokens: tokenLimit(field(config, "maxOutputTokens", "max_output_tokens")),
    choices: choiceCount(field(config, "candidateCount", "candidate_count")),
    tool: chooseTool(body),
    reasoning: thinks(body, canThink, modelReasons),
    wholeToolCalls: true,
  };
}
