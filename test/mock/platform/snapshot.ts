import { createParser } from "eventsource-parser";
import type { Snapshot } from "../../../src/snapshot/format.js";
import { TEST_SNAPSHOT } from "../fixtures.js";
import { geminiDocument } from "./gemini-document.js";
import { claudeDocument, messagesLiteDocument } from "./messages-document.js";
import { responsesDocument, responsesLiteDocument } from "./responses-document.js";

/*
 * The chat test catalog plus models serving the other text protocols: two
 * per protocol-shape under test, one of them (resp-test) serving chat too.
 */

export const CLAUDE = "anthro/claude-test";
export const MESSAGES_LITE = "lite/messages-lite";
export const RESP = "openai/resp-test";
export const RESP_LITE = "tiny/resp-lite";
export const GEMINI = "google/gemini-test";

const entry = (id: string, reasoning: boolean, input: number, output: number) => ({
  id,
  object: "model",
  created: 1760000000,
  owned_by: id.split("/")[0],
  name: id,
  context_length: 200000,
  pricing: { input_per_million: input, output_per_million: output },
  capabilities: { tools: true, vision: false, reasoning, json_schema: false, streaming: true },
});

export const PLATFORM_SNAPSHOT: Snapshot = {
  catalog: {
    object: "list",
    data: [
      ...TEST_SNAPSHOT.catalog.data,
      entry(CLAUDE, false, 3, 15),
      entry(MESSAGES_LITE, false, 0.8, 4),
      entry(RESP, true, 1.25, 10),
      entry(RESP_LITE, false, 0.1, 0.4),
      entry(GEMINI, true, 0.3, 2.5),
    ],
  },
  models: [
    ...TEST_SNAPSHOT.models,
    { id: CLAUDE, document: claudeDocument, apiMd: `# ${CLAUDE}\n` },
    { id: MESSAGES_LITE, document: messagesLiteDocument, apiMd: `# ${MESSAGES_LITE}\n` },
    { id: RESP, document: responsesDocument, apiMd: `# ${RESP}\n` },
    { id: RESP_LITE, document: responsesLiteDocument, apiMd: `# ${RESP_LITE}\n` },
    { id: GEMINI, document: geminiDocument, apiMd: `# ${GEMINI}\n` },
  ],
};

export interface SseEvent {
  /** The `event:` name; undefined for an unnamed event. */
  event: string | undefined;
  data: string;
}

/** The events of an SSE body, parsed by eventsource-parser. */
export function sseEvents(text: string): SseEvent[] {
  const events: SseEvent[] = [];
  const parser = createParser({ onEvent: (message) => events.push({ event: message.event, data: message.data }) });
  parser.feed(text);
  return events;
}

/** The JSON data of each event, with its name. */
export function parsedEvents(text: string): Array<{ event: string | undefined; data: Record<string, any> }> {
  return sseEvents(text).map((event) => ({ event: event.event, data: JSON.parse(event.data) }));
}
