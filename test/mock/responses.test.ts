import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { costOf, type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, MINI } from "./fixtures.js";
import { responsesDocument, responsesLiteDocument } from "./platform/responses-document.js";
import { PLATFORM_SNAPSHOT, parsedEvents, RESP, RESP_LITE } from "./platform/snapshot.js";
import { operationChecker } from "./schemas.js";

let emulator: Emulator;
let url: string;
beforeAll(async () => {
  emulator = await startEmulator({ snapshot: PLATFORM_SNAPSHOT });
  url = `${emulator.url}/responses`;
});
afterAll(() => emulator.close());

const strict = operationChecker(responsesDocument, "responses");
const lite = operationChecker(responsesLiteDocument, "responses");
const VALID = { valid: true, errors: [] };

const ask = (input: unknown, extra: Record<string, unknown> = {}) => ({ model: RESP, input, ...extra });
const lookup = {
  type: "function",
  name: "lookup",
  parameters: { type: "object", required: ["q"], properties: { q: { type: "string" } } },
};
const summary = { reasoning: { effort: "low", summary: "auto" } };

async function stream(body: Record<string, unknown>, headers: Record<string, string> = {}) {
  const reply = await call(url, { body: { ...body, stream: true }, headers });
  expect(reply.status).toBe(200);
  return parsedEvents(reply.text);
}

const envelope = (message: string) => ({
  code: 400,
  error: { code: "invalid_request_error", message, type: "invalid_request_error" },
});

describe("POST /v1/responses: the request", () => {
  it("refuses bodies failing the model's schema, and models without the operation, with HTTP-200 envelopes", async () => {
    const hot = await call(url, { body: { model: RESP_LITE, input: "hi", temperature: 3 } });
    expect(hot.status).toBe(200);
    expect(hot.json).toEqual(envelope(`invalid request for model '${RESP_LITE}': /temperature: must be <= 2`));
    const effort = await call(url, { body: ask("hi", { reasoning: { effort: "minimal" } }) });
    expect((effort.json as any).error.message).toMatch(
      /^invalid request for model 'openai\/resp-test': \/reasoning\/effort: /,
    );
    expect((await call(url, { body: { model: RESP } })).json).toEqual(
      envelope(`invalid request for model '${RESP}': /input: is required`),
    );
    expect((await call(url, { body: ask("hi", { model: MINI }) })).json).toEqual(
      envelope(`model '${MINI}' does not serve the responses operation; its document declares: chat.completions`),
    );
    expect((await call(url, { key: null, body: ask("hi") })).status).toBe(401);
  });

  it("a document with chat and Responses serves both", async () => {
    const chat = await call(`${emulator.url}/chat/completions`, {
      body: { model: RESP, messages: [{ role: "user", content: "hi" }] },
    });
    expect(chat.json).toMatchObject({ object: "chat.completion" });
    expect((await call(url, { body: ask("hi") })).json).toMatchObject({ object: "response" });
  });
});

describe("POST /v1/responses: the response", () => {
  it("is valid against the model's schema: required members filled from the request, usage in Responses fields", async () => {
    const body = (
      await call(url, { body: ask("Why is the sky blue?", { instructions: "Be brief.", metadata: { a: "b" } }) })
    ).json as any;
    expect(strict.response(body)).toEqual(VALID);
    expect(body).toMatchObject({
      object: "response",
      status: "completed",
      model: RESP,
      error: null,
      incomplete_details: null,
      instructions: "Be brief.",
      metadata: { a: "b" },
      tools: [],
      tool_choice: "auto",
      parallel_tool_calls: true,
    });
    expect(body.output.map((item: any) => item.type)).toEqual(["reasoning", "message"]);
    // No summary unless the request asks for one; reasoning tokens are counted all the same.
    expect(body.output[0].summary).toEqual([]);
    const text = body.output[1].content[0].text as string;
    const { usage } = body;
    expect(usage.output_tokens).toBe(text.split(" ").length + usage.output_tokens_details.reasoning_tokens);
    expect(usage.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
    expect(usage.total_tokens).toBe(usage.input_tokens + usage.output_tokens);
    expect(usage.input_tokens_details).toEqual({ cached_tokens: 0 });
    expect(usage.cost).toBe(
      costOf(usage.input_tokens, usage.output_tokens, { inputPerMillion: 1.25, outputPerMillion: 10 }),
    );
  });

  it("shows the reasoning summary when asked; a non-reasoning model has no reasoning item", async () => {
    const body = (await call(url, { body: ask("hi", summary) })).json as any;
    expect(strict.response(body)).toEqual(VALID);
    expect(body.output[0].summary).toEqual([{ type: "summary_text", text: expect.stringMatching(/\.$/) }]);
    const plain = (await call(url, { body: { model: RESP_LITE, input: [{ role: "user", content: "hi" }] } }))
      .json as any;
    expect(lite.response(plain)).toEqual(VALID);
    expect(plain.output.map((item: any) => item.type)).toEqual(["message"]);
    expect(plain.usage.output_tokens_details).toEqual({ reasoning_tokens: 0 });
  });

  it("calls a function when tools are given and the choice asks", async () => {
    for (const tool_choice of ["required", { type: "function", name: "lookup" }]) {
      const body = (await call(url, { body: ask("Find it", { tools: [lookup], tool_choice }) })).json as any;
      expect(strict.response(body)).toEqual(VALID);
      const call_ = body.output.at(-1);
      expect(call_).toMatchObject({ type: "function_call", name: "lookup", status: "completed" });
      expect(JSON.parse(call_.arguments)).toEqual({ q: "example" });
      expect(body.tools).toEqual([lookup]);
    }
    const spoken = (
      await call(url, {
        body: ask([{ role: "user", content: [{ type: "input_text", text: "use lookup" }] }], { tools: [lookup] }),
      })
    ).json as any;
    expect(spoken.output.at(-1).type).toBe("function_call");
  });

  it("is incomplete, with its reason, when max_output_tokens runs out", async () => {
    const body = (await call(url, { body: ask("hi", { max_output_tokens: 16, ...summary }) })).json as any;
    expect(strict.response(body)).toEqual(VALID);
    expect(body.status).toBe("incomplete");
    expect(body.incomplete_details).toEqual({ reason: "max_output_tokens" });
    expect(body.usage.output_tokens).toBe(16);
    const message = body.output.find((item: any) => item.type === "message");
    if (message !== undefined) expect(message.status).toBe("incomplete");
  });
});

describe("POST /v1/responses: the stream", () => {
  it("sends the Responses events in order, with strictly increasing sequence numbers, each valid", async () => {
    const events = await stream(ask("hi", summary));
    for (const { event, data } of events) {
      expect(data.type).toBe(event);
      expect(strict.event(data), JSON.stringify(data)).toEqual(VALID);
    }
    expect(events.map((entry) => entry.data.sequence_number)).toEqual(events.map((_entry, index) => index));
    const names = events.map((entry) => entry.event as string);
    const collapsed = names.filter((name, index) => name !== names[index - 1]);
    expect(collapsed).toEqual([
      "response.created",
      "response.in_progress",
      "response.output_item.added",
      "response.reasoning_summary_part.added",
      "response.reasoning_summary_text.delta",
      "response.reasoning_summary_text.done",
      "response.reasoning_summary_part.done",
      "response.output_item.done",
      "response.output_item.added",
      "response.content_part.added",
      "response.output_text.delta",
      "response.output_text.done",
      "response.content_part.done",
      "response.output_item.done",
      "response.completed",
    ]);
    expect(events[0]!.data.response).toMatchObject({ status: "in_progress", output: [], usage: null });
  });

  it("says what the non-stream response says", async () => {
    const body = ask("hi", summary);
    const whole = (await call(url, { body })).json as any;
    const events = await stream(body);
    expect(events.at(-1)!.data.response).toEqual(whole);
    const text = events
      .filter((entry) => entry.event === "response.output_text.delta")
      .map((entry) => entry.data.delta)
      .join("");
    expect(text).toBe(whole.output[1].content[0].text);
    const thought = events
      .filter((entry) => entry.event === "response.reasoning_summary_text.delta")
      .map((entry) => entry.data.delta)
      .join("");
    expect(thought).toBe(whole.output[0].summary[0].text);
    const done = events.filter((entry) => entry.event === "response.output_item.done").map((entry) => entry.data.item);
    expect(done).toEqual(whole.output);
  });

  it("streams a function call's arguments as deltas", async () => {
    const body = ask("x", { tools: [lookup], tool_choice: "required" });
    const whole = (await call(url, { body })).json as any;
    const events = await stream(body);
    for (const { data } of events) expect(strict.event(data)).toEqual(VALID);
    const pieces = events.filter((entry) => entry.event === "response.function_call_arguments.delta");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.map((entry) => entry.data.delta).join("")).toBe(whole.output.at(-1).arguments);
    expect(events.find((entry) => entry.event === "response.function_call_arguments.done")!.data.arguments).toBe(
      whole.output.at(-1).arguments,
    );
  });

  it("sends only the events the model's event schema declares; an incomplete reply then ends with response.completed", async () => {
    // "tell me" has a 17-piece answer: 16 tokens cut it.
    const events = await stream({ model: RESP_LITE, input: "tell me", max_output_tokens: 16 });
    for (const { data } of events) expect(lite.event(data), JSON.stringify(data)).toEqual(VALID);
    const names = events.map((entry) => entry.event);
    expect(names).not.toContain("response.in_progress");
    expect(names.at(-1)).toBe("response.completed");
    expect(events.at(-1)!.data.response.status).toBe("incomplete");
    const strictEvents = await stream(ask("hi", { max_output_tokens: 16 }));
    expect(strictEvents.at(-1)!.event).toBe("response.incomplete");
    expect(strictEvents.at(-1)!.data.response.status).toBe("incomplete");
  });

  it("sends exactly N text deltas when asked by x-apifree-mock-chunks", async () => {
    const events = await stream({ model: RESP_LITE, input: "hi" }, { "x-apifree-mock-chunks": "5000" });
    expect(events.filter((entry) => entry.event === "response.output_text.delta")).toHaveLength(5000);
    expect(events.at(-1)!.data.response.usage.output_tokens).toBe(5000);
  });
});
