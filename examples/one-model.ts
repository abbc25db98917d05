/*
 * One model's own module, for a program that uses a few models of a large
 * catalog: it brings only that model's types and validators, and validates
 * through any client, here the runtime's own createClient.
 *
 *   APIFREE_API_KEY=... npx tsx examples/one-model.ts
 */
import { createClient, type StreamingBodyOf, ValidationError } from "apifree-typed";
import { openaiGpt41, type Response } from "../generated/models/openai--gpt-4.1/index.js";

const client = createClient(); // APIFREE_API_KEY and APIFREE_BASE_URL from the environment
const messages = [{ role: "user" as const, content: "Hi" }];
const reply: Response = await openaiGpt41.create(client, { messages });
console.log("model:", reply.model, "answer:", reply.choices[0]?.message.content !== "");

// gpt-4.1's validators came with its module: this is refused before anything is sent.
const refused = await openaiGpt41.create(client, { messages, temperature: 9 }).catch((error: unknown) => error);
console.log("refused:", refused instanceof ValidationError ? refused.issues[0]?.pointer : "no");

// A body written before the call: StreamingBodyOf settles `stream`, so create promises the stream.
const body: StreamingBodyOf<typeof openaiGpt41> = { messages, stream: true };
let text = "";
for await (const chunk of await openaiGpt41.create(client, body)) text += chunk.choices[0]?.delta.content ?? "";
console.log("streamed:", text !== "");
