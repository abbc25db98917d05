import type { Build } from "./build.js";
import type { Schema } from "./json.js";

/* APIFree's error envelope and the error responses every operation declares. */

function errorSchema(b: Build<unknown>): Schema {
  return b.c.once("Error", () => ({
    type: "object",
    description:
      "APIFree's error envelope. Most errors arrive with HTTP 200 and this body; `code` is the HTTP-like status.",
    required: ["error"],
    properties: {
      code: { type: "integer", description: "400, 401, 404, 429, 500..." },
      error: {
        type: "object",
        required: ["message"],
        properties: {
          code: {
            type: "string",
            description: "e.g. `invalid_request_error`, `model_not_found`, `max_concurrency_exceeded`.",
          },
          message: { type: "string" },
          type: { type: "string" },
          param: b.d.nullable({ type: "string" }),
        },
      },
    },
  }));
}

/** 401 and 429 (and 404 where an operation names a resource), each with the envelope. */
export function errorResponses(b: Build<unknown>, o: { notFound?: string } = {}): Schema {
  const content = { "application/json": { schema: errorSchema(b) } };
  return {
    "401": { description: "Missing or malformed API key.", content },
    ...(o.notFound === undefined ? {} : { "404": { description: o.notFound, content } }),
    "429": { description: "Rate or concurrency limit (also sent with HTTP 200).", content },
  };
}
