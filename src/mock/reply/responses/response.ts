import type { ChoicePlan, ReplyPlan } from "../plan.js";
import { joinText } from "../text.js";
import type { ResponsesFeatures } from "./features.js";
import { summaryWanted } from "./request.js";

/*
 * The Responses reply of a plan, whole: the `response` object with its
 * output items (a `reasoning` item, then a `message` with one
 * `output_text` part or a `function_call`), `status` (`incomplete` when the
 * output budget ran out), and `usage` in the Responses fields plus APIFree's
 * cost where allowed. The stream (events.ts) sends the same items piece by
 * piece and this object, complete, in its last event.
 */

type Item = Record<string, unknown>;

/** Members every Responses reply has; anything else the schema requires is filled from the request. */
const FROM_REQUEST: Record<string, (body: Record<string, unknown>) => unknown> = {
  error: () => null,
  incomplete_details: () => null,
  instructions: (body) => body.instructions ?? null,
  max_output_tokens: (body) => body.max_output_tokens ?? null,
  previous_response_id: (body) => body.previous_response_id ?? null,
  metadata: (body) => body.metadata ?? {},
  parallel_tool_calls: (body) => body.parallel_tool_calls ?? true,
  temperature: (body) => body.temperature ?? 1,
  top_p: (body) => body.top_p ?? 1,
  tool_choice: (body) => body.tool_choice ?? "auto",
  tools: (body) => body.tools ?? [],
  text: (body) => body.text ?? { format: { type: "text" } },
  reasoning: (body) => body.reasoning ?? { effort: null, summary: null },
  store: (body) => body.store ?? true,
  truncation: (body) => body.truncation ?? "disabled",
  background: () => false,
  usage: () => null,
};

function responseId(plan: ReplyPlan): string {
  return `resp_${plan.key}`;
}

export function reasoningItemId(plan: ReplyPlan): string {
  return `rs_${plan.key}`;
}

export function messageItemId(plan: ReplyPlan): string {
  return `msg_${plan.key}`;
}

export function incomplete(choice: ChoicePlan): boolean {
  return choice.finishReason === "length";
}

/** The reasoning item; `summary` is the summary text it shows (none unless the request asked for one). */
export function reasoningItem(plan: ReplyPlan, summary: string | undefined): Item {
  return {
    type: "reasoning",
    id: reasoningItemId(plan),
    summary: summary === undefined ? [] : [{ type: "summary_text", text: summary }],
  };
}

export function outputTextPart(text: string, features: ResponsesFeatures): Item {
  return { type: "output_text", text, annotations: [], ...(features.partLogprobs ? { logprobs: [] } : {}) };
}

export function messageItem(plan: ReplyPlan, status: string, content: Item[]): Item {
  return { type: "message", id: messageItemId(plan), status, role: "assistant", content };
}

export function functionCallItem(choice: ChoicePlan, argumentsText: string, status: string): Item {
  const call = choice.toolCall!;
  return {
    type: "function_call",
    id: `fc_${call.key}`,
    call_id: `call_${call.key}`,
    name: call.name,
    arguments: argumentsText,
    status,
  };
}

/** The output items of the finished reply, in order. */
function outputItems(plan: ReplyPlan, body: Record<string, unknown>, features: ResponsesFeatures): Item[] {
  const choice = plan.choices[0]!;
  const status = incomplete(choice) ? "incomplete" : "completed";
  const items: Item[] = [];
  if (choice.reasoning.count > 0)
    items.push(reasoningItem(plan, summaryWanted(body) ? joinText(choice.reasoning) : undefined));
  if (choice.toolCall !== undefined) items.push(functionCallItem(choice, joinText(choice.toolCall.arguments), status));
  else if (choice.content !== null && choice.content.count > 0)
    items.push(messageItem(plan, status, [outputTextPart(joinText(choice.content), features)]));
  return items;
}

function usage(plan: ReplyPlan, features: ResponsesFeatures): Item {
  return {
    input_tokens: plan.promptTokens,
    input_tokens_details: { cached_tokens: 0 },
    output_tokens: plan.completionTokens,
    output_tokens_details: { reasoning_tokens: plan.reasoningTokens },
    total_tokens: plan.promptTokens + plan.completionTokens,
    ...(features.cost ? { cost: plan.cost } : {}),
  };
}

/**
 * The response object: in progress (no output yet, no usage) for the
 * stream's first events, or finished.
 */
export function responseObject(
  plan: ReplyPlan,
  body: Record<string, unknown>,
  features: ResponsesFeatures,
  finished: boolean,
): Item {
  const choice = plan.choices[0]!;
  const status = !finished ? "in_progress" : incomplete(choice) ? "incomplete" : "completed";
  const response: Item = {
    id: responseId(plan),
    object: "response",
    created_at: plan.created,
    status,
    model: plan.model,
    output: finished ? outputItems(plan, body, features) : [],
  };
  for (const name of [...features.required].sort()) {
    const fill = Object.hasOwn(FROM_REQUEST, name) ? FROM_REQUEST[name] : undefined;
    if (!Object.hasOwn(response, name) && fill !== undefined) response[name] = fill(body);
  }
  if (status === "incomplete" && features.incompleteDetails)
    response.incomplete_details = { reason: "max_output_tokens" };
  if (finished) response.usage = usage(plan, features);
  return response;
}
