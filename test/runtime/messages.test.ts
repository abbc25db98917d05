/*
 * Anthropic Messages specifics: how finalMessage() assembles blocks, what a
 * broken stream becomes, the error types, and the anthropic-version header.
 */
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  bindModel,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
} from "apifree-typed";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MessageAccumulator } from "../../src/runtime/resources/messages-accumulator.js";
import { CLAUDE, claudeBody, claudeEvents, claudeFinal, named } from "./support/protocol-fixtures.js";
import { sendJson, testServers } from "./support/server.js";
import { collect, pieces, protocolClient, sseResponse } from "./support/streams.js";

const serve = testServers();

const clientFor = protocolClient;
const sse = (events: unknown[]) => sseResponse(events.map((event) => named(event as { type: string })));

const start = claudeEvents[0]!;
const stop = { type: "message_stop" };

describe("MessageAccumulator", () => {
  it("rebuilds text, thinking and tool input however the deltas are split", () => {
    fc.assert(
      fc.property(
        fc.string(),
        fc.string(),
        fc.jsonValue(),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, thinking, input, cuts) => {
          const json = JSON.stringify({ value: input });
          const acc = new MessageAccumulator();
          const events: unknown[] = [
            start,
            { type: "content_block_start", index: 0, content_block: { type: "thinking", thinking: "" } },
            ...pieces(thinking, cuts).map((t) => ({
              type: "content_block_delta",
              index: 0,
              delta: { type: "thinking_delta", thinking: t },
            })),
            { type: "content_block_stop", index: 0 },
            { type: "content_block_start", index: 1, content_block: { type: "text", text: "" } },
            ...pieces(text, cuts).map((t) => ({
              type: "content_block_delta",
              index: 1,
              delta: { type: "text_delta", text: t },
            })),
            { type: "content_block_stop", index: 1 },
            {
              type: "content_block_start",
              index: 2,
              content_block: { type: "tool_use", id: "t", name: "f", input: {} },
            },
            ...pieces(json, cuts).map((j) => ({
              type: "content_block_delta",
              index: 2,
              delta: { type: "input_json_delta", partial_json: j },
            })),
            { type: "content_block_stop", index: 2 },
          ];
          for (const event of events) expect(acc.add(event, undefined)).toBe(false);
          expect(acc.add(stop, "message_stop")).toBe(true);
          expect(acc.result().content).toEqual([
            { type: "thinking", thinking },
            { type: "text", text },
            { type: "tool_use", id: "t", name: "f", input: JSON.parse(json) },
          ]);
          expect(acc.count).toBe(events.length + 1);
        },
      ),
    );
  });

  it("a tool_use block without input deltas keeps its input; an empty concatenation too", () => {
    const acc = new MessageAccumulator();
    for (const event of [
      start,
      { type: "content_block_start", index: 0, content_block: { type: "tool_use", id: "a", name: "f", input: {} } },
      { type: "content_block_stop", index: 0 },
      { type: "content_block_start", index: 1, content_block: { type: "tool_use", id: "b", name: "g", input: {} } },
      { type: "content_block_delta", index: 1, delta: { type: "input_json_delta", partial_json: "" } },
      { type: "content_block_stop", index: 1 },
    ])
      acc.add(event, undefined);
    expect(acc.result().content).toEqual([
      { type: "tool_use", id: "a", name: "f", input: {} },
      { type: "tool_use", id: "b", name: "g", input: {} },
    ]);
  });

  it("usage: message_delta's non-null fields over message_start's; stop reason and sequence from message_delta", () => {
    const acc = new MessageAccumulator();
    acc.add(start, undefined);
    acc.add(
      {
        type: "message_delta",
        delta: { stop_reason: "stop_sequence", stop_sequence: "END" },
        usage: { output_tokens: 9, input_tokens: null, cache_creation_input_tokens: 3, cost: 0.0012 },
      },
      undefined,
    );
    const message = acc.result();
    expect(message.usage).toEqual({
      input_tokens: 25,
      output_tokens: 9,
      cache_read_input_tokens: 7,
      cache_creation_input_tokens: 3,
      cost: 0.0012,
    });
    expect(message).toMatchObject({ stop_reason: "stop_sequence", stop_sequence: "END", id: "msg_01" });
    // The event objects the reader received are not touched.
    expect((start as { message: { usage: unknown } }).message.usage).toEqual({
      input_tokens: 25,
      output_tokens: 1,
      cache_read_input_tokens: 7,
    });
  });

  it("ping, unknown events and unknown delta types only count; the result is rebuilt on each call", () => {
    const acc = new MessageAccumulator();
    acc.add(start, undefined);
    acc.add({ type: "ping" }, "ping");
    acc.add({ type: "something_new", x: 1 }, "something_new");
    acc.add({ type: "content_block_start", index: 0, content_block: { type: "text", text: "a" } }, undefined);
    acc.add({ type: "content_block_delta", index: 0, delta: { type: "future_delta", bits: 1 } }, undefined);
    acc.add({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: "b" } }, undefined);
    expect(acc.count).toBe(6);
    expect(acc.result().content).toEqual([{ type: "text", text: "ab" }]);
    expect(acc.result()).toEqual(acc.result());
  });
});

describe("Messages streams that cannot be assembled", () => {
  it("tool input that is not JSON once joined: InvalidResponseError naming the model, the tool and the position", async () => {
    const broken = [
      ...claudeEvents.slice(0, 12),
      { type: "content_block_delta", index: 2, delta: { type: "input_json_delta", partial_json: '{"city": "Par' } },
      { type: "content_block_stop", index: 2 },
      ...claudeEvents.slice(16),
    ];
    const s = await serve(sse(broken));
    const stream = await clientFor(s).messages.create({ ...claudeBody, stream: true });
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const event of stream) seen.push(event);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error).toMatchObject({ code: "invalid_response", model: CLAUDE });
    const message = (error as Error).message;
    expect(message).toContain(`model '${CLAUDE}'`);
    expect(message).toContain("after 14 events");
    expect(message).toContain("tool_use block 'weather' is not JSON");
    expect(message).toContain('{\\"city\\": \\"Par');
    expect(seen).toHaveLength(14); // the content_block_stop itself reached the reader
    await expect(stream.finalMessage()).rejects.toBe(error);
  });

  it("an event before message_start, or a delta for a block that never started", async () => {
    const cases: Array<[unknown[], string]> = [
      [[claudeEvents[1], ...claudeEvents.slice(2)], "content_block_start event arrived before message_start"],
      [[start, claudeEvents[2]], "content_block_delta event for content block 0, which never started"],
    ];
    for (const [events, says] of cases) {
      const s = await serve(sse(events));
      const error = await collect(await clientFor(s).messages.create({ ...claudeBody, stream: true })).catch(
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(InvalidResponseError);
      expect((error as Error).message).toContain(says);
    }
  });
});

describe("Messages error events", () => {
  const cases: Array<[string, new (...args: never[]) => Error, number]> = [
    ["overloaded_error", InternalServerError, 503],
    ["api_error", InternalServerError, 500],
    ["rate_limit_error", RateLimitError, 429],
    ["invalid_request_error", BadRequestError, 400],
    ["authentication_error", AuthenticationError, 401],
    ["permission_error", PermissionDeniedError, 403],
    ["not_found_error", NotFoundError, 404],
  ];
  it.each(cases)("%s is a %o with status %i", async (type, Class, status) => {
    const s = await serve(sse([start, { type: "error", error: { type, message: `it was ${type}` } }]));
    const error = await collect(await clientFor(s).messages.create({ ...claudeBody, stream: true })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Class);
    expect(error).toMatchObject({ code: type, type, status, httpStatus: 200 });
    expect((error as Error).message).toContain(`it was ${type}`);
  });

  it("an error event whose data has no error object is still an error", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/event-stream" });
      res.write(named(start as { type: string }));
      res.write('event: error\ndata: {"type":"error","detail":"gone"}\n\n');
      res.end();
    });
    const error = await collect(await clientFor(s).messages.create({ ...claudeBody, stream: true })).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(APIError);
    expect((error as Error).message).toContain("gone");
  });
});

describe("anthropic-version", () => {
  const reply = (_req: unknown, res: import("node:http").ServerResponse) => sendJson(res, 200, claudeFinal);

  it("is sent as 2023-06-01 by default, on every path to /v1/messages, and not elsewhere", async () => {
    const s = await serve(reply);
    const client = clientFor(s);
    await client.messages.create(claudeBody);
    await client.call("messages", claudeBody);
    await bindModel<any, typeof CLAUDE>(CLAUDE).messages.create(client, {
      max_tokens: 5,
      messages: claudeBody.messages,
    });
    const stream = await (async () => {
      const streaming = await serve(sse(claudeEvents));
      await clientFor(streaming).messages.create({ ...claudeBody, stream: true });
      return streaming;
    })();
    for (const request of [...s.requests, ...stream.requests]) {
      expect(request.headers["anthropic-version"]).toBe("2023-06-01");
      expect(request.headers["anthropic-beta"]).toBeUndefined();
    }
    expect(s.requests).toHaveLength(3);
    await client.responses.create({ model: "acme/gpt-r", input: "Hi" });
    expect(s.requests[3]!.headers["anthropic-version"]).toBeUndefined();
  });

  it("the client's anthropicVersion replaces it; a call's headers override it, add anthropic-beta or remove it", async () => {
    const s = await serve(reply);
    const client = clientFor(s, { anthropicVersion: "2024-01-01" });
    await client.messages.create(claudeBody);
    await client.messages.create(claudeBody, {
      headers: { "Anthropic-Version": "2025-05-05", "anthropic-beta": "interleaved-thinking-2025-05-14" },
    });
    await client.messages.create(claudeBody, { headers: { "anthropic-version": null } });
    expect(s.requests.map((r) => r.headers["anthropic-version"])).toEqual(["2024-01-01", "2025-05-05", undefined]);
    expect(s.requests[1]!.headers["anthropic-beta"]).toBe("interleaved-thinking-2025-05-14");
  });
});
