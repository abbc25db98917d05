import {
  APIError,
  APIFreeError,
  AuthenticationError,
  BadRequestError,
  createClient,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  RateLimitError,
} from "apifree-typed";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { recordingClock } from "./support/clock.js";
import { completion, hello, MODEL } from "./support/fixtures.js";
import { sendJson, startServer, type TestServer } from "./support/server.js";

/** What the server answers, keyed by the request's `user` field. */
const replies: Record<string, (res: import("node:http").ServerResponse) => void> = {
  envelope400: (res) =>
    sendJson(res, 200, {
      code: 400,
      error: { code: "invalid_request_error", message: "temperature must be <= 2", type: "invalid_request_error" },
    }),
  envelope404: (res) =>
    sendJson(res, 200, {
      code: 404,
      error: { code: "model_not_found", message: "model 'x' does not exist", type: "invalid_request_error" },
    }),
  http401: (res) =>
    sendJson(res, 401, { error: { code: "invalid_api_key", message: "bad key", type: "authentication_error" } }),
  http400: (res) =>
    sendJson(res, 400, {
      error: { message: "messages is required", type: "invalid_request_error", param: "messages", code: null },
    }),
  html502: (res) => {
    res.writeHead(502, { "content-type": "text/html" });
    res.end("<html><body><h1>502 Bad Gateway</h1></body></html>");
  },
  empty500: (res) => {
    res.writeHead(500);
    res.end();
  },
  text200: (res) => {
    res.writeHead(200, { "content-type": "text/plain" });
    res.end("upstream says hello");
  },
  stringError: (res) => sendJson(res, 200, { error: "quota exhausted" }),
  ok: (res) => sendJson(res, 200, completion()),
};

let server: TestServer;
beforeAll(async () => {
  server = await startServer((_req, res, body) => {
    const which = (JSON.parse(body) as { user?: string }).user ?? "ok";
    replies[which]!(res);
  });
});
afterAll(() => server.close());

async function failure(user: string, apiKey: string | undefined = "sk-test-key"): Promise<APIFreeError> {
  const c = createClient<any>({ baseURL: server.url, apiKey, maxRetries: 0, clock: recordingClock().clock });
  const error = await c.chat.completions.create({ ...hello, user }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIFreeError);
  return error as APIFreeError;
}

describe("errors the API reports", () => {
  it("an HTTP-200 envelope is an error, never a result", async () => {
    const e = await failure("envelope400");
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e).toMatchObject({
      code: "invalid_request_error",
      type: "invalid_request_error",
      status: 400,
      httpStatus: 200,
      model: MODEL,
    });
    expect(e.message).toContain("temperature must be <= 2");
    expect(e.message).toContain(MODEL);
    const nf = await failure("envelope404");
    expect(nf).toBeInstanceOf(NotFoundError);
    expect(nf).toMatchObject({ code: "model_not_found", status: 404 });
  });

  it("an HTTP error status with an OpenAI-style body", async () => {
    const e = await failure("http400");
    expect(e).toBeInstanceOf(BadRequestError);
    expect(e).toMatchObject({
      status: 400,
      httpStatus: 400,
      type: "invalid_request_error",
      code: "invalid_request_error",
    });
    const auth = await failure("http401");
    expect(auth).toBeInstanceOf(AuthenticationError);
    expect(auth).toMatchObject({ code: "invalid_api_key", status: 401 });
    expect(auth.message).not.toContain("No API key was configured");
  });

  it("a 401 without a configured key says so", async () => {
    const previous = process.env.APIFREE_API_KEY;
    delete process.env.APIFREE_API_KEY;
    try {
      const auth = await failure("http401", "");
      expect(auth.message).toContain("No API key was configured");
      expect(server.requests.at(-1)!.headers.authorization).toBeUndefined();
    } finally {
      if (previous !== undefined) process.env.APIFREE_API_KEY = previous;
    }
  });

  it("bodies that are not JSON, or empty, are recognised with the status", async () => {
    const html = await failure("html502");
    expect(html).toBeInstanceOf(InternalServerError);
    expect(html).toMatchObject({ status: 502, code: "server_error" });
    expect(html.message).toContain("502 Bad Gateway");
    const empty = await failure("empty500");
    expect(empty).toMatchObject({ status: 500, code: "server_error" });
    expect(empty.message).toContain("empty body");
    const text = await failure("text200");
    expect(text).toBeInstanceOf(InvalidResponseError);
    expect(text).toMatchObject({ code: "invalid_response", status: 200 });
    expect(text.message).toContain("upstream says hello");
    const str = await failure("stringError");
    expect(str).toBeInstanceOf(APIError);
    expect(str.message).toContain("quota exhausted");
  });

  it("RateLimitError covers both forms", async () => {
    const s = await startServer((_req, res, _body, i) =>
      i === 0
        ? sendJson(res, 200, {
            code: 429,
            error: {
              code: "max_concurrency_exceeded",
              message: "too many concurrent requests",
              type: "rate_limit_error",
            },
          })
        : sendJson(res, 429, {
            error: { code: "rate_limit_exceeded", message: "slow down", type: "rate_limit_error" },
          }),
    );
    try {
      const c = createClient<any>({ baseURL: s.url, maxRetries: 0 });
      const a = await c.chat.completions.create(hello).catch((e: unknown) => e);
      const b = await c.chat.completions.create(hello).catch((e: unknown) => e);
      expect(a).toBeInstanceOf(RateLimitError);
      expect(a).toMatchObject({ code: "max_concurrency_exceeded", status: 429, httpStatus: 200 });
      expect(b).toBeInstanceOf(RateLimitError);
      expect(b).toMatchObject({ code: "rate_limit_exceeded", status: 429, httpStatus: 429 });
    } finally {
      await s.close();
    }
  });
});
