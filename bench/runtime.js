#!/usr/bin/env node
// Runtime client benchmark (plain ESM over ../dist): against the emulator on
// loopback (run in a child process so its CPU is not charged to the client),
// in one run:
//   1. median latency of a non-streaming call: this client (request
//      validation on, a real chat schema compiled with zod by hand) vs a bare
//      undici.request of the same bytes, vs the openai SDK;
//   2. a 10,000-chunk stream through `for await` (chunk validation on) vs a
//      bare eventsource-parser loop over the same bytes, vs the openai SDK;
//   3. heap and RSS while streaming 100,000 chunks through this client;
//   4. the Messages, Responses and Gemini streams (bench/protocol-streams.js):
//      events/s validated and not against a bare eventsource-parser loop over
//      the same bytes, and the live heap over 100,000 events;
//   5. request validation with document patterns matched by re2js (linear
//      time, what generated validators do) vs by RegExp (backtracking).
// Ratios are computed from figures measured in this same run.
// `node --expose-gc bench/runtime.js --protocols` runs only part 4.
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import OpenAI from "openai";
import { getGlobalDispatcher, request } from "undici";
import { z } from "zod";
import { benchProtocolStreams, serveProtocols } from "./protocol-streams.js";
import { countJsonEvents } from "./support/bare-sse.js";

const MODEL = "bench/chat-1";
const KEY = "sk-bench-key";

// ---------------------------------------------------------------- the model
// An OpenAI-style chat contract: the emulator serves the OpenAPI document,
// the client validates with the equivalent Zod schemas (what `generate` emits
// for such a document, written out by hand).

const text = { type: "string" };
const messageDoc = {
  oneOf: [
    {
      type: "object",
      additionalProperties: false,
      required: ["role", "content"],
      properties: { role: { const: "system" }, content: text, name: text },
    },
    {
      type: "object",
      additionalProperties: false,
      required: ["role", "content"],
      properties: {
        role: { const: "user" },
        name: text,
        content: {
          oneOf: [
            text,
            {
              type: "array",
              minItems: 1,
              items: {
                oneOf: [
                  {
                    type: "object",
                    additionalProperties: false,
                    required: ["type", "text"],
                    properties: { type: { const: "text" }, text },
                  },
                  {
                    type: "object",
                    additionalProperties: false,
                    required: ["type", "image_url"],
                    properties: {
                      type: { const: "image_url" },
                      image_url: {
                        type: "object",
                        additionalProperties: false,
                        required: ["url"],
                        properties: { url: text, detail: { enum: ["auto", "low", "high"] } },
                      },
                    },
                  },
                ],
              },
            },
          ],
        },
      },
    },
    {
      type: "object",
      additionalProperties: false,
      required: ["role"],
      properties: { role: { const: "assistant" }, content: { type: ["string", "null"] }, reasoning_content: text },
    },
    {
      type: "object",
      additionalProperties: false,
      required: ["role", "content", "tool_call_id"],
      properties: { role: { const: "tool" }, content: text, tool_call_id: text },
    },
  ],
};
const requestDoc = {
  type: "object",
  additionalProperties: false,
  required: ["model", "messages"],
  properties: {
    model: text,
    messages: { type: "array", minItems: 1, items: messageDoc },
    temperature: { type: "number", minimum: 0, maximum: 2 },
    top_p: { type: "number", minimum: 0, maximum: 1 },
    max_tokens: { type: "integer", minimum: 1, maximum: 128000 },
    n: { type: "integer", minimum: 1, maximum: 8 },
    presence_penalty: { type: "number", minimum: -2, maximum: 2 },
    frequency_penalty: { type: "number", minimum: -2, maximum: 2 },
    stop: { oneOf: [text, { type: "array", items: text, maxItems: 4 }] },
    user: text,
    seed: { type: "integer" },
    reasoning_effort: { enum: ["minimal", "low", "medium", "high"] },
    stream: { type: ["boolean", "null"] },
    stream_options: {
      type: ["object", "null"],
      additionalProperties: false,
      properties: { include_usage: { type: "boolean" } },
    },
    response_format: {
      type: "object",
      required: ["type"],
      properties: { type: { enum: ["text", "json_object", "json_schema"] } },
    },
  },
};
const usageDoc = {
  type: "object",
  required: ["prompt_tokens", "completion_tokens", "total_tokens", "cost"],
  properties: {
    prompt_tokens: { type: "integer" },
    completion_tokens: { type: "integer" },
    total_tokens: { type: "integer" },
    cost: { type: "number" },
  },
};
const responseDoc = {
  type: "object",
  required: ["id", "object", "created", "model", "choices", "usage"],
  properties: {
    id: text,
    object: { const: "chat.completion" },
    created: { type: "integer" },
    model: text,
    system_fingerprint: text,
    choices: {
      type: "array",
      items: {
        type: "object",
        required: ["index", "message", "finish_reason"],
        properties: {
          index: { type: "integer" },
          message: {
            type: "object",
            required: ["role", "content"],
            properties: { role: { const: "assistant" }, content: { type: ["string", "null"] } },
          },
          finish_reason: { enum: ["stop", "length", "tool_calls"] },
          logprobs: { type: "null" },
        },
      },
    },
    usage: usageDoc,
  },
};
const chunkDoc = {
  type: "object",
  required: ["id", "object", "created", "model", "choices"],
  properties: {
    id: text,
    object: { const: "chat.completion.chunk" },
    created: { type: "integer" },
    model: text,
    system_fingerprint: text,
    choices: {
      type: "array",
      items: {
        type: "object",
        required: ["index", "delta", "finish_reason"],
        properties: {
          index: { type: "integer" },
          delta: {
            type: "object",
            properties: { role: { const: "assistant" }, content: { type: ["string", "null"] } },
          },
          finish_reason: { enum: ["stop", "length", "tool_calls", null] },
          logprobs: { type: "null" },
        },
      },
    },
    usage: { anyOf: [{ type: "null" }, usageDoc] },
  },
};

const snapshot = {
  catalog: {
    object: "list",
    data: [
      {
        id: MODEL,
        object: "model",
        created: 1760000000,
        owned_by: "bench",
        name: "Bench Chat",
        context_length: 128000,
        pricing: { input_per_million: 1.25, output_per_million: 10 },
        capabilities: { tools: false, vision: true, reasoning: false, json_schema: true, streaming: true },
      },
    ],
  },
  models: [
    {
      id: MODEL,
      apiMd: `# ${MODEL}\n`,
      document: {
        openapi: "3.1.0",
        info: { title: MODEL, version: "1" },
        paths: {
          "/v1/chat/completions": {
            post: {
              requestBody: { required: true, content: { "application/json": { schema: requestDoc } } },
              responses: {
                200: {
                  description: "OK",
                  content: { "application/json": { schema: responseDoc }, "text/event-stream": { schema: chunkDoc } },
                },
              },
            },
          },
        },
      },
    },
  ],
};

const zText = z.string();
const zMessage = z.union([
  z.strictObject({ role: z.literal("system"), content: zText, name: zText.optional() }),
  z.strictObject({
    role: z.literal("user"),
    name: zText.optional(),
    content: z.union([
      zText,
      z
        .array(
          z.union([
            z.strictObject({ type: z.literal("text"), text: zText }),
            z.strictObject({
              type: z.literal("image_url"),
              image_url: z.strictObject({ url: zText, detail: z.enum(["auto", "low", "high"]).optional() }),
            }),
          ]),
        )
        .min(1),
    ]),
  }),
  z.strictObject({
    role: z.literal("assistant"),
    content: zText.nullable().optional(),
    reasoning_content: zText.optional(),
  }),
  z.strictObject({ role: z.literal("tool"), content: zText, tool_call_id: zText }),
]);
const zUsage = z.looseObject({
  prompt_tokens: z.int(),
  completion_tokens: z.int(),
  total_tokens: z.int(),
  cost: z.number(),
});
const schemas = {
  request: z.strictObject({
    model: zText,
    messages: z.array(zMessage).min(1),
    temperature: z.number().min(0).max(2).optional(),
    top_p: z.number().min(0).max(1).optional(),
    max_tokens: z.int().min(1).max(128000).optional(),
    n: z.int().min(1).max(8).optional(),
    presence_penalty: z.number().min(-2).max(2).optional(),
    frequency_penalty: z.number().min(-2).max(2).optional(),
    stop: z.union([zText, z.array(zText).max(4)]).optional(),
    user: zText.optional(),
    seed: z.int().optional(),
    reasoning_effort: z.enum(["minimal", "low", "medium", "high"]).optional(),
    stream: z.boolean().nullable().optional(),
    stream_options: z.strictObject({ include_usage: z.boolean().optional() }).nullable().optional(),
    response_format: z.looseObject({ type: z.enum(["text", "json_object", "json_schema"]) }).optional(),
  }),
  response: z.looseObject({
    id: zText,
    object: z.literal("chat.completion"),
    created: z.int(),
    model: zText,
    system_fingerprint: zText.optional(),
    choices: z.array(
      z.looseObject({
        index: z.int(),
        message: z.looseObject({ role: z.literal("assistant"), content: zText.nullable() }),
        finish_reason: z.enum(["stop", "length", "tool_calls"]),
        logprobs: z.null().optional(),
      }),
    ),
    usage: zUsage,
  }),
  chunk: z.looseObject({
    id: zText,
    object: z.literal("chat.completion.chunk"),
    created: z.int(),
    model: zText,
    system_fingerprint: zText.optional(),
    choices: z.array(
      z.looseObject({
        index: z.int(),
        delta: z.looseObject({ role: z.literal("assistant").optional(), content: zText.nullable().optional() }),
        finish_reason: z.enum(["stop", "length", "tool_calls"]).nullable(),
        logprobs: z.null().optional(),
      }),
    ),
    usage: zUsage.nullable().optional(),
  }),
};

// ------------------------------------------------------------ the emulator

async function serve() {
  const { startEmulator } = await import("../dist/mock/index.js");
  const emulator = await startEmulator({ snapshot, port: 0, apiKeys: [KEY], recordRequests: false });
  process.send?.({ url: emulator.url });
  process.on("disconnect", () => void emulator.close().then(() => process.exit(0)));
}

async function startServer() {
  const child = fork(new URL(import.meta.url).pathname, ["--serve"], {
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const url = await new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.url));
    child.once("exit", (code) => reject(new Error(`emulator exited with ${code}`)));
  });
  return { url, stop: () => child.disconnect() };
}

// ---------------------------------------------------------------- helpers

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 1) => n.toFixed(digits);
const mb = (bytes) => `${fmt(bytes / 1048576)} MB`;

function gcFunction() {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc");
}

// ------------------------------------------------------------------- main

async function protocols(createClient) {
  await benchProtocolStreams({ createClient, gc: gcFunction(), script: new URL(import.meta.url).pathname });
}

async function main() {
  const started = performance.now();
  const { createClient } = await import("../dist/runtime/index.js");
  if (process.argv.includes("--protocols")) {
    await protocols(createClient);
    return;
  }
  const server = await startServer();
  const chatURL = `${server.url}/chat/completions`;
  const body = {
    model: MODEL,
    messages: [
      { role: "system", content: "You are a terse assistant." },
      { role: "user", content: [{ type: "text", text: "Summarise the plot of Hamlet in one line." }] },
    ],
    temperature: 0.7,
    max_tokens: 64,
    reasoning_effort: "low",
  };
  const payload = JSON.stringify(body);
  const headers = { authorization: `Bearer ${KEY}`, "content-type": "application/json", accept: "application/json" };
  const loadSchemas = async () => schemas;

  const ours = createClient({ baseURL: server.url, apiKey: KEY, schemas: loadSchemas });
  const unchecked = createClient({ baseURL: server.url, apiKey: KEY, validate: "off" });
  const strict = createClient({ baseURL: server.url, apiKey: KEY, schemas: loadSchemas, validate: "strict" });
  const openai = new OpenAI({ baseURL: server.url, apiKey: KEY, maxRetries: 0 });

  // --- 1. non-streaming latency
  const origin = new URL(server.url).origin;
  const path = `${new URL(server.url).pathname}/chat/completions`;
  const calls = {
    "undici.request (bare)": async () => {
      const res = await request(chatURL, { method: "POST", headers, body: payload });
      await res.body.json();
    },
    // The same without request()'s URL parsing: what this client does underneath.
    "dispatcher.request (bare)": async () => {
      const res = await getGlobalDispatcher().request({ origin, path, method: "POST", headers, body: payload });
      await res.body.json();
    },
    "apifree-typed": () => ours.chat.completions.create(body),
    "apifree-typed, validate off": () => unchecked.chat.completions.create(body),
    "openai SDK": () => openai.chat.completions.create(body),
  };
  const times = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  const entries = Object.entries(calls);
  for (const call of Object.values(calls)) for (let i = 0; i < 300; i++) await call();
  // One call of each contender in turn (rotating who goes first), so a load
  // change on a shared machine hits every contender alike.
  for (let i = 0; i < 1500; i++) {
    for (let j = 0; j < entries.length; j++) {
      const [name, call] = entries[(i + j) % entries.length];
      const t0 = performance.now();
      await call();
      times[name].push(performance.now() - t0);
    }
  }
  const latency = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
  console.log(
    "runtime: non-streaming call, median latency over loopback (1,500 calls each; apifree-typed validates the request)",
  );
  for (const [name, ms] of Object.entries(latency))
    console.log(`  ${name.padEnd(26)} ${fmt(ms * 1000, 0).padStart(6)} µs`);
  const vsBare = latency["apifree-typed"] / latency["undici.request (bare)"];
  const vsDispatcher = latency["apifree-typed"] / latency["dispatcher.request (bare)"];
  const vsOpenAI = latency["apifree-typed"] / latency["openai SDK"];
  console.log(`  apifree-typed / bare undici: ${fmt(vsBare, 3)}x (goal <= 1.15x) ${vsBare <= 1.15 ? "ok" : "MISSED"}`);
  console.log(`  apifree-typed / bare dispatcher.request: ${fmt(vsDispatcher, 3)}x (the stricter baseline)`);
  console.log(`  apifree-typed / openai SDK:  ${fmt(vsOpenAI, 3)}x (goal < 1x) ${vsOpenAI < 1 ? "ok" : "MISSED"}`);

  // --- 2. 10,000-chunk stream throughput
  const CHUNKS = 10_000;
  const streamBody = { ...body, max_tokens: undefined, stream: true };
  delete streamBody.max_tokens;
  const streamPayload = JSON.stringify(streamBody);
  const bigHeaders = { "x-apifree-mock-chunks": String(CHUNKS) };
  const streams = {
    "eventsource-parser (bare)": async () => {
      const res = await request(chatURL, {
        method: "POST",
        headers: { ...headers, accept: "text/event-stream", ...bigHeaders },
        body: streamPayload,
      });
      return countJsonEvents(res.body);
    },
    "apifree-typed (validated)": async () => {
      let n = 0;
      for await (const _chunk of await strict.chat.completions.create(streamBody, { headers: bigHeaders })) n++;
      return n;
    },
    "apifree-typed, validate off": async () => {
      let n = 0;
      for await (const _chunk of await unchecked.chat.completions.create(streamBody, { headers: bigHeaders })) n++;
      return n;
    },
    "openai SDK": async () => {
      let n = 0;
      for await (const _chunk of await openai.chat.completions.create(streamBody, { headers: bigHeaders })) n++;
      return n;
    },
  };
  const rates = Object.fromEntries(Object.keys(streams).map((k) => [k, []]));
  const cpu = Object.fromEntries(Object.keys(streams).map((k) => [k, []]));
  const streamEntries = Object.entries(streams);
  for (const run of Object.values(streams)) await run();
  for (let round = 0; round < 9; round++) {
    for (let j = 0; j < streamEntries.length; j++) {
      const [name, run] = streamEntries[(round + j) % streamEntries.length];
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      const n = await run();
      const seconds = (performance.now() - t0) / 1000;
      const used = process.cpuUsage(c0);
      rates[name].push(n / seconds);
      cpu[name].push((used.user + used.system) / n);
    }
  }
  const rate = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
  const cpuPerChunk = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
  console.log(
    `runtime: ${CHUNKS.toLocaleString("en")}-chunk stream from the emulator (median of 9 runs each; client CPU per chunk)`,
  );
  for (const [name, r] of Object.entries(rate)) {
    console.log(
      `  ${name.padEnd(28)} ${fmt(r, 0).padStart(8)} chunks/s   ${fmt(cpuPerChunk[name], 2).padStart(6)} µs CPU/chunk`,
    );
  }
  const streamVsBare = rate["apifree-typed (validated)"] / rate["eventsource-parser (bare)"];
  const streamVsOpenAI = rate["apifree-typed (validated)"] / rate["openai SDK"];
  console.log(
    `  apifree-typed / bare parser throughput: ${fmt(streamVsBare, 3)}x (goal >= 0.8x) ${streamVsBare >= 0.8 ? "ok" : "MISSED"}`,
  );
  console.log(`  apifree-typed / openai SDK throughput:  ${fmt(streamVsOpenAI, 3)}x`);
  console.log(
    `  client CPU per chunk, apifree-typed / bare: ${fmt(cpuPerChunk["apifree-typed (validated)"] / cpuPerChunk["eventsource-parser (bare)"], 2)}x ` +
      "(throughput is bounded by whichever side is slower: the emulator's pace or the client's CPU)",
  );

  // --- 3. memory while streaming 100,000 chunks
  const gc = gcFunction();
  const BIG = 100_000;
  gc();
  const before = process.memoryUsage();
  const samples = [];
  let peakHeap = before.heapUsed;
  let peakRss = before.rss;
  let n = 0;
  const stream = await strict.chat.completions.create(streamBody, {
    headers: { "x-apifree-mock-chunks": String(BIG) },
  });
  for await (const _chunk of stream) {
    n++;
    if (n % 1000 === 0) {
      const m = process.memoryUsage();
      peakHeap = Math.max(peakHeap, m.heapUsed);
      peakRss = Math.max(peakRss, m.rss);
    }
    if (n % 20_000 === 0) {
      gc();
      samples.push([n, process.memoryUsage().heapUsed]);
    }
  }
  const text = (await stream.finalMessage()).content ?? "";
  console.log(
    `runtime: memory while streaming ${n.toLocaleString("en")} chunks through apifree-typed (validated, accumulating the completion)`,
  );
  console.log(
    `  heap before ${mb(before.heapUsed)}, peak ${mb(peakHeap)}; RSS before ${mb(before.rss)}, peak ${mb(peakRss)}`,
  );
  console.log(`  live heap after GC: ${samples.map(([k, h]) => `${k / 1000}k: ${mb(h)}`).join(", ")}`);
  const growth = (samples.at(-1)?.[1] ?? 0) - (samples[0]?.[1] ?? 0);
  console.log(
    `  growth from 20k to ${n / 1000}k chunks: ${mb(growth)} (accumulated answer: ${mb(text.length * 2)} as UTF-16); ` +
      `bytes received: ~${mb(n * 180)}`,
  );

  server.stop();
  await protocols(createClient);
  await patternCost(body);
  console.log(`runtime: bench took ${fmt((performance.now() - started) / 1000)} s`);
}

/**
 * Cost per validated request of a body with patterned fields: the same
 * schema with each pattern matched by re2js (as generated validators do) and
 * by RegExp (as they did before), interleaved in one run.
 */
async function patternCost(body) {
  const { v, z: zv } = await import("../dist/runtime/validators/index.js");
  const { translatePattern } = await import("../dist/shared/linear-pattern/translate.js");
  const patterns = {
    model: "^[a-z0-9][a-z0-9._/:-]*$",
    user: "^[A-Za-z0-9_-]{1,64}$",
    seed_label: "^(\\w+\\s?)*$",
    text: "^.{1,1000}$",
  };
  const metadataKey = "^[a-z_][a-z0-9_]{0,31}$";
  const build = (linear) => {
    const check = (source) =>
      linear ? v.pattern(source, translatePattern(source).linear) : zv.regex(new RegExp(source, "u"));
    const key = linear ? v.re(metadataKey, translatePattern(metadataKey).linear) : new RegExp(metadataKey, "u");
    return v.object({
      properties: [
        ...Object.entries(patterns).map(([name, source]) => [name, zv.string().check(check(source))]),
        ["metadata", v.object({ patternProperties: [[key, zv.string()]], additionalProperties: false })],
      ],
    });
  };
  const value = {
    ...body,
    model: "bench/chat-1",
    user: "user_1234-abcd",
    seed_label: "a short label with words",
    text: "Summarise the plot of Hamlet in one line.",
    metadata: { trace_id: "t-1", session: "s-2", tenant_id: "acme" },
  };
  const contenders = { "re2js (linear)": build(true), RegExp: build(false) };
  const perCall = Object.fromEntries(Object.keys(contenders).map((name) => [name, []]));
  for (const schema of Object.values(contenders)) for (let i = 0; i < 20_000; i++) schema.safeParse(value);
  for (let round = 0; round < 20; round++) {
    for (const [name, schema] of Object.entries(contenders)) {
      const t0 = performance.now();
      for (let i = 0; i < 2_000; i++) schema.safeParse(value);
      perCall[name].push(((performance.now() - t0) * 1000) / 2_000);
    }
  }
  const cost = Object.fromEntries(Object.entries(perCall).map(([name, v]) => [name, median(v)]));
  console.log("runtime: validating one request with 5 document patterns (4 fields, 1 patternProperties), median");
  for (const [name, us] of Object.entries(cost)) console.log(`  ${name.padEnd(26)} ${fmt(us, 2).padStart(6)} µs`);
  console.log(
    `  re2js / RegExp: ${fmt(cost["re2js (linear)"] / cost.RegExp, 2)}x ` +
      `(the price of no pattern being able to take seconds on one value)`,
  );
}

if (process.argv.includes("--serve")) await serve();
else if (process.argv.includes("--serve-protocols")) await serveProtocols();
else await main();
