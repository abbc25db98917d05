/*
 * Anthropic Messages (POST /v1/messages), plain and streamed.
 *
 *   APIFREE_API_KEY=... npx tsx examples/messages.ts
 */
import { createClient } from "../generated/index.js";

const client = createClient();

const message = await client.messages.create({
  model: "claude-sonnet-4.5",
  max_tokens: 256,
  messages: [{ role: "user", content: "Why is the sky blue?" }],
});
const text = message.content.map((block) => (block.type === "text" ? block.text : "")).join("");
console.log("stop:", message.stop_reason, "output tokens:", message.usage.output_tokens, "text:", text.length > 0);

const stream = await client.messages.create({
  model: "claude-sonnet-4.5",
  max_tokens: 256,
  messages: [{ role: "user", content: "Count to five." }],
  stream: true,
});
let deltas = 0;
for await (const event of stream) {
  if (event.type === "content_block_delta" && event.delta.type === "text_delta") deltas++;
}
const final = await stream.finalMessage();
console.log("stream deltas:", deltas, "stop:", final.stop_reason);
