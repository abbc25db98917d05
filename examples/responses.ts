/*
 * OpenAI Responses (POST /v1/responses), plain and streamed.
 *
 *   APIFREE_API_KEY=... npx tsx examples/responses.ts
 */
import { createClient } from "../generated/index.js";

const client = createClient();

const response = await client.responses.create({
  model: "gpt-5-mini",
  instructions: "Answer in one short paragraph.",
  input: "Why is the sky blue?",
  reasoning: { effort: "low" },
});
console.log(
  "status:",
  response.status,
  "output items:",
  response.output.length,
  "tokens:",
  response.usage?.total_tokens,
);

const stream = await client.responses.create({ model: "gpt-5-mini", input: "Write a haiku.", stream: true });
let deltas = 0;
for await (const event of stream) if (event.type === "response.output_text.delta") deltas++;
console.log("stream deltas:", deltas, "text:", (await stream.finalText()).length > 0);
