/*
 * Tool calling: the model asks for a function, the program runs it and
 * sends the result back in a second turn.
 *
 *   APIFREE_API_KEY=... npx tsx examples/tools.ts
 */
import { createClient, type RequestOf } from "../generated/index.js";

const client = createClient();
const model = "openai/gpt-4.1";

const tools: RequestOf<typeof model>["tools"] = [
  {
    type: "function",
    function: {
      name: "get_weather",
      description: "The current weather in a city.",
      parameters: { type: "object", properties: { city: { type: "string" } }, required: ["city"] },
    },
  },
];

function getWeather(args: { city?: string }): string {
  return JSON.stringify({ city: args.city ?? "unknown", sky: "clear", celsius: 21 });
}

const question = { role: "user" as const, content: "What is the weather in Paris?" };
// tool_choice names the function: the model must call it (with "auto" it decides).
const first = await client.chat.completions.create({
  model,
  messages: [question],
  tools,
  tool_choice: { type: "function", function: { name: "get_weather" } },
});
const message = first.choices[0]?.message;
const calls = message?.tool_calls ?? [];
console.log(
  "tool calls:",
  calls.map((call) => (call.type === "function" ? call.function.name : call.type)).join(", ") || "none",
);

if (message && calls.length > 0) {
  const results = calls.map((call) => ({
    role: "tool" as const,
    tool_call_id: call.id,
    content: call.type === "function" ? getWeather(JSON.parse(call.function.arguments) as { city?: string }) : "{}",
  }));
  const second = await client.chat.completions.create({
    model,
    messages: [question, { role: "assistant", content: message.content ?? null, tool_calls: calls }, ...results],
    tools,
  });
  console.log(
    "answer:",
    second.choices[0]?.message.content ? "yes" : "no",
    "finish:",
    second.choices[0]?.finish_reason,
  );
}
