/*
 * OpenAI Responses specifics: which response finalResponse() returns, how
 * output items are assembled, and the failures of the protocol.
 */
import {
  APIError,
  BadRequestError,
  InternalServerError,
  InvalidResponseError,
  RateLimitError,
  StreamInterruptedError,
} from "apifree-typed";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { outputText, ResponseAccumulator } from "../../src/runtime/resources/responses-accumulator.js";
import { GPT, gptBody, gptEvents, gptFinal, named } from "./support/protocol-fixtures.js";
import { testServers } from "./support/server.js";
import { pieces, protocolClient, sseResponse } from "./support/streams.js";

const serve = testServers();

const sse = (events: unknown[]) => sseResponse(events.map((event) => named(event as { type: string })));

async function streamOf(events: unknown[]) {
  const s = await serve(sse(events));
  return protocolClient(s).responses.create({ ...gptBody, stream: true });
}

async function failure(events: unknown[]): Promise<unknown> {
  const stream = await streamOf(events);
  return stream.finalResponse().catch((e: unknown) => e);
}

function accumulate(events: unknown[]): ResponseAccumulator {
  const acc = new ResponseAccumulator();
  for (const event of events) acc.add(event, undefined);
  return acc;
}

const created = gptEvents()[0]!;
const completed = gptEvents().at(-1)!;

describe("finalResponse()", () => {
  it("is the terminal event's response, whose output is trusted over the deltas when it has items", async () => {
    const events = gptEvents();
    const told = [{ type: "message", id: "msg_z", role: "assistant", status: "completed", content: [] }];
    events[events.length - 1] = { ...completed, response: { ...gptFinal, output: told } };
    expect(await (await streamOf(events)).finalResponse()).toEqual({ ...gptFinal, output: told });
  });

  it("takes the output assembled from the deltas when the terminal response has none, or an empty list", async () => {
    expect(await (await streamOf(gptEvents([]))).finalResponse()).toEqual(gptFinal);
    const { output: _output, ...bare } = gptFinal;
    const events = gptEvents();
    events[events.length - 1] = { ...completed, response: bare };
    expect(await (await streamOf(events)).finalResponse()).toEqual(gptFinal);
    // Without output_item.done, the items are what the deltas built.
    const deltasOnly = gptEvents([]).filter((e) => e.type !== "response.output_item.done");
    expect(await (await streamOf(deltasOnly)).finalResponse()).toEqual({
      ...gptFinal,
      output: [
        { ...gptFinal.output[0], status: "in_progress" },
        { ...gptFinal.output[1], status: "in_progress" },
      ],
    });
  });

  it("response.incomplete completes the stream; finalText() joins the output_text of every message", async () => {
    const output = [
      {
        type: "message",
        id: "a",
        role: "assistant",
        content: [{ type: "output_text", text: "One. ", annotations: [] }],
      },
      { type: "reasoning", id: "r", summary: [] },
      {
        type: "message",
        id: "b",
        role: "assistant",
        content: [
          { type: "refusal", refusal: "No." },
          { type: "output_text", text: "Two.", annotations: [] },
        ],
      },
    ];
    const incomplete = {
      type: "response.incomplete",
      sequence_number: 1,
      response: { ...gptFinal, status: "incomplete", incomplete_details: { reason: "max_output_tokens" }, output },
    };
    const stream = await streamOf([created, incomplete]);
    expect(await stream.finalResponse()).toMatchObject({ status: "incomplete" });
    expect(await stream.finalText()).toBe("One. Two.");
  });

  it("assembles refusals, reasoning summaries (opened by their first delta) and replaces items on output_item.done", () => {
    const at = { item_id: "m", output_index: 0, content_index: 0 };
    const acc = accumulate([
      created,
      { type: "response.output_item.added", output_index: 0, item: { type: "message", id: "m", content: [] } },
      { type: "response.content_part.added", ...at, part: { type: "refusal", refusal: "" } },
      { type: "response.refusal.delta", ...at, delta: "I can" },
      { type: "response.refusal.delta", ...at, delta: "not." },
      { type: "response.output_item.added", output_index: 1, item: { type: "reasoning", id: "r", summary: [] } },
      { type: "response.reasoning_summary_text.delta", item_id: "r", output_index: 1, summary_index: 0, delta: "Thin" },
      { type: "response.reasoning_summary_text.delta", item_id: "r", output_index: 1, summary_index: 0, delta: "king" },
      {
        type: "response.output_item.added",
        output_index: 2,
        item: { type: "web_search_call", id: "w", status: "in_progress" },
      },
      {
        type: "response.output_item.done",
        output_index: 2,
        item: { type: "web_search_call", id: "w", status: "completed" },
      },
    ]);
    expect(acc.result()).toEqual({
      ...(created as { response: object }).response,
      output: [
        { type: "message", id: "m", content: [{ type: "refusal", refusal: "I cannot." }] },
        { type: "reasoning", id: "r", summary: [{ type: "summary_text", text: "Thinking" }] },
        { type: "web_search_call", id: "w", status: "completed" },
      ],
    });
  });

  it("rebuilds text and arguments however the deltas are split; .done events win over the deltas", () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.array(fc.nat(), { maxLength: 8 }), (text, args, cuts) => {
        const split = (s: string) => pieces(s, cuts);
        const at = { item_id: "m", output_index: 0, content_index: 0 };
        const events: unknown[] = [
          created,
          { type: "response.output_item.added", output_index: 0, item: { type: "message", id: "m", content: [] } },
          { type: "response.content_part.added", ...at, part: { type: "output_text", text: "", annotations: [] } },
          ...split(text).map((delta) => ({ type: "response.output_text.delta", ...at, delta })),
          {
            type: "response.output_item.added",
            output_index: 1,
            item: { type: "function_call", id: "f", arguments: "" },
          },
          ...split(args).map((delta) => ({
            type: "response.function_call_arguments.delta",
            item_id: "f",
            output_index: 1,
            delta,
          })),
        ];
        const acc = accumulate(events);
        expect(acc.complete).toBe(false);
        const output = acc.result().output as Array<Record<string, any>>;
        expect(output[0]!.content[0].text).toBe(text);
        expect(output[1]!.arguments).toBe(args);
        expect(outputText(acc.result())).toBe(text);
        acc.add({ type: "response.output_text.done", ...at, text: "final" }, undefined);
        acc.add(
          { type: "response.function_call_arguments.done", item_id: "f", output_index: 1, arguments: "{}" },
          undefined,
        );
        const done = acc.result().output as Array<Record<string, any>>;
        expect([done[0]!.content[0].text, done[1]!.arguments]).toEqual(["final", "{}"]);
        expect(acc.add(completed, "response.completed")).toBe(true);
      }),
    );
  });
});

describe("Responses failures", () => {
  it("response.failed is an error carrying the response's error code and message", async () => {
    const failed = (error: unknown) => ({
      type: "response.failed",
      sequence_number: 1,
      response: { ...gptFinal, status: "failed", output: [], error },
    });
    const server = await failure([created, failed({ code: "server_error", message: "The model crashed." })]);
    expect(server).toBeInstanceOf(InternalServerError);
    expect(server).toMatchObject({ code: "server_error", status: 500, httpStatus: 200, model: GPT });
    expect((server as Error).message).toContain("The model crashed.");

    const limited = await failure([created, failed({ code: "rate_limit_exceeded", message: "Too fast." })]);
    expect(limited).toBeInstanceOf(RateLimitError);

    const prompt = await failure([created, failed({ code: "invalid_prompt", message: "Flagged." })]);
    expect(prompt).toBeInstanceOf(APIError);
    expect(prompt).toMatchObject({ code: "invalid_prompt", status: 200 });

    const silent = await failure([created, failed(null)]);
    expect(silent).toMatchObject({ code: "response_failed" });
    expect((silent as Error).message).toContain("the response failed (status failed)");
  });

  it("error events: OpenAI's flat form and a nested error object", async () => {
    const flat = await failure([
      created,
      { type: "error", sequence_number: 1, code: "invalid_request_error", message: "Bad input", param: "input" },
    ]);
    expect(flat).toBeInstanceOf(BadRequestError);
    expect(flat).toMatchObject({ code: "invalid_request_error", param: "input", status: 400 });

    const nested = await failure([
      created,
      { type: "error", sequence_number: 1, error: { type: "server_error", code: "server_error", message: "Oops" } },
    ]);
    expect(nested).toBeInstanceOf(InternalServerError);
    expect((nested as Error).message).toContain("Oops");
  });

  it("a delta for an item or a part never added is an InvalidResponseError; a stream without a terminal event is cut", async () => {
    const orphan = await failure([
      created,
      {
        type: "response.output_text.delta",
        sequence_number: 1,
        item_id: "m",
        output_index: 0,
        content_index: 0,
        delta: "x",
      },
    ]);
    expect(orphan).toBeInstanceOf(InvalidResponseError);
    expect((orphan as Error).message).toContain("for output item 0, which was never added");
    expect((orphan as Error).message).toContain("after 2 events");

    const noPart = await failure(gptEvents().filter((e) => e.type !== "response.content_part.added"));
    expect((noPart as Error).message).toContain("content part 0 of output item 0, which was never added");

    const cut = await failure(gptEvents().slice(0, -1));
    expect(cut).toBeInstanceOf(StreamInterruptedError);
    expect((cut as Error).message).toContain("after 14 events without response.completed or response.incomplete");
  });
});
