/*
 * Google Gemini (POST /google/gemini, at the origin of the base URL), plain
 * and streamed; fields in Google's camelCase.
 *
 *   APIFREE_API_KEY=... npx tsx examples/gemini.ts
 */
import { createClient } from "../generated/index.js";

const client = createClient();

const reply = await client.gemini.generateContent({
  model: "gemini-2.5-flash",
  contents: [{ role: "user", parts: [{ text: "Why is the sky blue?" }] }],
  generationConfig: { maxOutputTokens: 256 },
});
console.log("finish:", reply.candidates?.[0]?.finishReason, "tokens:", reply.usageMetadata?.totalTokenCount);

const stream = await client.gemini.generateContent({
  model: "gemini-2.5-flash",
  contents: [{ role: "user", parts: [{ text: "Count to five." }] }],
  stream: true,
});
let chunks = 0;
for await (const _chunk of stream) chunks++;
console.log("stream chunks:", chunks, "text:", (await stream.finalText()).length > 0);
