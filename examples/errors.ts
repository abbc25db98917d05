/*
 * Errors: every failure is an APIFreeError with `code`, `status` and a
 * readable message. A body the model's schema refuses fails before a byte
 * is sent; APIFree's HTTP-200 error envelopes are errors, never results.
 *
 *   APIFREE_API_KEY=... npx tsx examples/errors.ts
 */
import { APIFreeError, BadRequestError, ValidationError } from "apifree-typed";
import { createClient } from "../generated/index.js";

const client = createClient({ maxRetries: 0 });
const messages = [{ role: "user" as const, content: "Hi" }];

// 1. Caught before the network: temperature is a number (so it compiles), but the schema says 0..2.
try {
  await client.chat.completions.create({ model: "openai/gpt-4.1", messages, temperature: 7 });
} catch (error) {
  if (!(error instanceof ValidationError)) throw error;
  console.log(
    "validation:",
    error.code,
    "|",
    error.issues.map((issue) => `${issue.field}: ${issue.message}`).join("; "),
  );
}

// 2. An HTTP-200 error envelope: with validation off the same body reaches APIFree,
//    which answers HTTP 200 with {"code":400,"error":{...}}: a BadRequestError.
const unchecked = createClient({ validate: "off", maxRetries: 0 });
try {
  await unchecked.chat.completions.create({ model: "openai/gpt-4.1", messages, temperature: 7 });
} catch (error) {
  if (!(error instanceof APIFreeError)) throw error;
  console.log(
    "envelope:",
    error instanceof BadRequestError ? "BadRequestError" : error.name,
    "code:",
    error.code,
    "status:",
    error.status,
    "http status:",
    error.httpStatus,
  );
}
