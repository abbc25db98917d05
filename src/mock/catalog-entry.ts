import { isRecord } from "../shared/is-record.js";

/** The catalog entry says the model reasons (`capabilities.reasoning: true`). */
export function catalogSaysReasoning(entry: Record<string, unknown> | undefined): boolean {
  return isRecord(entry?.capabilities) && entry.capabilities.reasoning === true;
}
