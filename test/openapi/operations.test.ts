import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/openapi/check.js";
import { STANDARD_CHUNK_POINTER } from "../../src/openapi/families.js";
import { locateOperations, withStandardEvents } from "../../src/openapi/operations.js";

const obj = (properties: Record<string, unknown> = {}) => ({ type: "object", properties });
const json = (schema: unknown) => ({ content: { "application/json": { schema } } });
const ok = (content: Record<string, unknown>) => ({ responses: { "200": { description: "ok", content } } });

function post(request: unknown, response: unknown, stream?: unknown) {
  return {
    post: {
      requestBody: json(request),
      ...ok({
        "application/json": { schema: response },
        ...(stream === undefined ? {} : { "text/event-stream": { schema: stream } }),
      }),
    },
  };
}

function doc(paths: Record<string, unknown>, schemas: Record<string, unknown> = {}) {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: { schemas } };
}

describe("locateOperations", () => {
  it("finds every family of the table and every other operation, sorted by key", () => {
    const document = doc({
      "/v1/messages": post(obj({ max_tokens: { type: "integer" } }), obj(), {
        oneOf: [obj({ type: { const: "ping" } })],
      }),
      "/v1/chat/completions": post(obj(), obj()),
      "/google/gemini": post(obj(), obj(), obj()),
      "/v1/images/generations": post(obj({ prompt: { type: "string" } }), obj()),
      "/v1/health": { get: { responses: { "200": { description: "no body" } } } },
    });
    const { operations, gaps } = locateOperations(document);
    expect(gaps).toEqual([]);
    expect(operations.map((op) => op.key)).toEqual([
      "POST /v1/images/generations",
      "chat.completions",
      "gemini",
      "messages",
    ]);
    const byKey = Object.fromEntries(operations.map((op) => [op.key, op]));
    expect(Object.keys(byKey.messages!.roots).sort()).toEqual(["event", "request", "response"]);
    expect(byKey.messages!.roots.event!.pointer).toBe(
      "/paths/~1v1~1messages/post/responses/200/content/text~1event-stream/schema",
    );
    // Chat without a stream schema gets the standard chunk; other families get none.
    expect(byKey["chat.completions"]!.roots.event).toMatchObject({ pointer: STANDARD_CHUNK_POINTER, standard: true });
    expect(byKey["POST /v1/images/generations"]!.family).toBeUndefined();
    expect(Object.keys(byKey["POST /v1/images/generations"]!.roots).sort()).toEqual(["request", "response"]);
  });

  it("reads video tasks from their three routes, JSON and multipart bodies alike", () => {
    const task = { $ref: "#/components/schemas/Task" };
    const document = doc(
      {
        "/v1/videos": {
          post: {
            requestBody: {
              content: {
                "application/json": { schema: obj({ prompt: { type: "string" } }) },
                "multipart/form-data": { schema: obj({ input_reference: { type: "string", format: "binary" } }) },
              },
            },
            ...ok({ "application/json": { schema: task } }),
          },
        },
        "/v1/videos/{task_id}": { get: ok({ "application/json": { schema: task } }) },
        "/v1/videos/{video_id}/remix": post(obj({ prompt: { type: "string" } }), task),
      },
      { Task: obj({ id: { type: "string" } }) },
    );
    const [videos, ...rest] = locateOperations(document).operations;
    expect(rest).toEqual([]);
    expect(videos!.key).toBe("videos");
    expect(Object.keys(videos!.roots).sort()).toEqual([
      "multipart",
      "remix",
      "remixResponse",
      "request",
      "response",
      "task",
    ]);
    expect(videos!.routes.map((route) => `${route.method} ${route.path}`)).toEqual([
      "post /v1/videos",
      "get /v1/videos/{task_id}",
      "post /v1/videos/{video_id}/remix",
    ]);
  });

  it("unwraps SSE envelopes for data-only families, never for named-event ones", () => {
    const envelope = {
      oneOf: [obj({ data: { $ref: "#/components/schemas/Chunk" } }), obj({ data: { enum: ["[DONE]"] } })],
    };
    const document = doc(
      { "/v1/chat/completions": post(obj(), obj(), envelope), "/v1/messages": post(obj(), obj(), envelope) },
      { Chunk: obj({ choices: { type: "array" } }) },
    );
    const ops = Object.fromEntries(locateOperations(document).operations.map((op) => [op.key, op]));
    expect(ops["chat.completions"]!.roots.event).toMatchObject({ envelope: true });
    expect(ops["chat.completions"]!.roots.event!.pointer).toMatch(/\/oneOf\/0\/properties\/data$/);
    expect(ops.messages!.roots.event).toMatchObject({ envelope: false });
  });

  it("reports a known family's missing parts with the operation and pointer", () => {
    const document = doc({
      "/v1/messages": { post: ok({ "application/json": { schema: obj() } }) },
      "/v1/videos": { post: ok({ "application/json": { schema: obj() } }) },
    });
    expect(locateOperations(document).gaps).toEqual([
      {
        operation: "messages",
        pointer: "/paths/~1v1~1messages/post/requestBody",
        message: "no application/json request body schema",
      },
      {
        operation: "videos",
        pointer: "/paths/~1v1~1videos/post/requestBody",
        message: "no request body schema (request or multipart)",
      },
    ]);
  });

  it("places the standard chunk only where a root points at it", () => {
    const document = doc({ "/v1/chat/completions": post(obj(), obj()) });
    const placed = withStandardEvents(document, locateOperations(document).operations) as Record<string, unknown>;
    expect(Object.keys(placed)).toContain(STANDARD_CHUNK_POINTER.slice(1));
    const none = doc({ "/v1/messages": post(obj(), obj()) });
    expect(withStandardEvents(none, locateOperations(none).operations)).toBe(none);
  });
});

describe("checkDocument", () => {
  it("accepts a document without chat: Messages only, or an image operation only", () => {
    expect(checkDocument(doc({ "/v1/messages": post(obj(), obj()) }), "claude")).toEqual([]);
    expect(checkDocument(doc({ "/v1/images/generations": post(obj(), obj()) }), "img")).toEqual([]);
  });

  it("refuses a document with no operation, naming the model", () => {
    expect(checkDocument(doc({}), "empty")).toEqual([
      expect.objectContaining({ model: "empty", pointer: "/paths", message: expect.stringContaining("no operation") }),
    ]);
  });

  it("names the operation of a broken known family", () => {
    const problems = checkDocument(
      doc({ "/v1/responses": { post: ok({ "application/json": { schema: obj() } }) } }),
      "m",
    );
    expect(problems).toEqual([
      {
        model: "m",
        operation: "responses",
        pointer: "/paths/~1v1~1responses/post/requestBody",
        message: "no application/json request body schema",
      },
    ]);
  });
});
