/*
 * A streamed chat completion: chunks as they arrive (reasoning first, on a
 * model that thinks aloud), then the whole completion assembled.
 *
 *   APIFREE_API_KEY=... npx tsx examples/chat-stream.ts
 */
import { createClient } from "../generated/index.js";

const client = createClient();

const stream = await client.chat.completions.create({
  model: "deepseek-ai/deepseek-v4-flash",
  messages: [{ role: "user", content: "Count to five." }],
  stream: true,
  stream_options: { include_usage: true },
});

let chunks = 0;
for await (const chunk of stream) {
  chunks++;
  process.stdout.write(chunk.choices[0]?.delta.content ?? "");
}
process.stdout.write("\n");

const completion = await stream.finalCompletion();
console.log("chunks:", chunks);
console.log("reasoning:", completion.choices[0]?.message.reasoning_content ? "yes" : "no");
console.log("finish:", completion.choices[0]?.finish_reason, "tokens:", completion.usage?.total_tokens);
