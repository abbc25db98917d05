/*
 * A chat completion, typed for the model: a field or enum value the model
 * does not take is a compile error. `.withResponse()` adds the HTTP response
 * and the request id to the parsed result.
 *
 *   APIFREE_API_KEY=... npx tsx examples/chat.ts
 */
import { createClient, type NonStreamingRequestOf, type ResponseOf } from "../generated/index.js";

const client = createClient(); // APIFREE_API_KEY and APIFREE_BASE_URL from the environment

// A body built ahead of the call: NonStreamingRequestOf says it asks for the plain result.
const body: NonStreamingRequestOf<"gpt-5-mini"> = {
  model: "gpt-5-mini",
  messages: [{ role: "user", content: "Why is the sky blue?" }],
  reasoning_effort: "low",
};
const reply: ResponseOf<"gpt-5-mini"> = await client.chat.completions.create(body);
console.log("answer:", reply.choices[0]?.message.content);
console.log("tokens:", reply.usage?.total_tokens, "cost:", reply.usage?.cost);

const { data, response, requestId } = await client.chat.completions.create(body).withResponse();
console.log(
  "finish:",
  data.choices[0]?.finish_reason,
  "status:",
  response.status,
  "request id:",
  requestId ?? "(none)",
);
