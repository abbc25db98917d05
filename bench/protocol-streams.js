// The Messages, Responses and Gemini stream rows of the runtime benchmark
// (bench/runtime.js runs them). A tiny server in a child process serves
// pre-rendered bytes of each protocol's stream (N text deltas in its own wire
// format), so the client side is all that is measured and every contender
// reads the very same bytes:
//   1. per protocol, events/s through `for await` with event validation on
//      (strict, Zod schemas like the generated ones) and off, against a bare
//      eventsource-parser loop (parse each event's JSON) over the same bytes,
//      in the same run, rotating who goes first;
//   2. per protocol, the live heap while 100,000 events go through the
//      validated client and its final helper accumulates the text.
import { fork } from "node:child_process";
import http from "node:http";
import { performance } from "node:perf_hooks";
import { request } from "undici";
import { z } from "zod";
import { countJsonEvents } from "./support/bare-sse.js";

const KEY = "sk-bench-key";
const WORDS = ["The ", "quick ", "brown ", "fox ", "jumps ", "over ", "the ", "lazy ", "dog, ", "again. "];

// ------------------------------------------------------------ the wire

const named = (event) => `event: ${event.type}\ndata: ${JSON.stringify(event)}\n\n`;
const data = (chunk) => `data: ${JSON.stringify(chunk)}\n\n`;
const text = (n) => {
  let out = "";
  for (let i = 0; i < n; i++) out += WORDS[i % WORDS.length];
  return out;
};

/** Each protocol's stream of `n` text deltas, as its server writes it. */
const RENDER = {
  "chat.completions"(n) {
    const parts = [];
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      parts.push(
        data({
          id: "chatcmpl-bench",
          object: "chat.completion.chunk",
          created: 1760000000,
          model: "bench",
          choices: [{ index: 0, delta: { content: WORDS[i % 10] }, finish_reason: last ? "stop" : null }],
        }),
      );
    }
    parts.push("data: [DONE]\n\n");
    return parts.join("");
  },
  messages(n) {
    const usage = { input_tokens: 25, output_tokens: 1 };
    const message = { id: "msg_bench", type: "message", role: "assistant", content: [], model: "claude-bench" };
    const parts = [
      named({ type: "message_start", message: { ...message, stop_reason: null, stop_sequence: null, usage } }),
      named({ type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }),
    ];
    for (let i = 0; i < n; i++) {
      parts.push(named({ type: "content_block_delta", index: 0, delta: { type: "text_delta", text: WORDS[i % 10] } }));
      if (i % 1000 === 999) parts.push(named({ type: "ping" }));
    }
    parts.push(
      named({ type: "content_block_stop", index: 0 }),
      named({
        type: "message_delta",
        delta: { stop_reason: "end_turn", stop_sequence: null },
        usage: { output_tokens: n },
      }),
      named({ type: "message_stop" }),
    );
    return parts.join("");
  },
  responses(n) {
    let seq = 0;
    const event = (e) => named({ ...e, sequence_number: seq++ });
    const head = { id: "resp_bench", object: "response", created_at: 1760000000, model: "gpt-bench" };
    const at = { item_id: "msg_bench", output_index: 0, content_index: 0 };
    const item = { type: "message", id: "msg_bench", role: "assistant" };
    const all = text(n);
    const done = { type: "output_text", text: all, annotations: [] };
    const parts = [
      event({ type: "response.created", response: { ...head, status: "in_progress", output: [] } }),
      event({ type: "response.in_progress", response: { ...head, status: "in_progress", output: [] } }),
      event({
        type: "response.output_item.added",
        output_index: 0,
        item: { ...item, status: "in_progress", content: [] },
      }),
      event({ type: "response.content_part.added", ...at, part: { type: "output_text", text: "", annotations: [] } }),
    ];
    for (let i = 0; i < n; i++) parts.push(event({ type: "response.output_text.delta", ...at, delta: WORDS[i % 10] }));
    const final = { ...item, status: "completed", content: [done] };
    parts.push(
      event({ type: "response.output_text.done", ...at, text: all }),
      event({ type: "response.content_part.done", ...at, part: done }),
      event({ type: "response.output_item.done", output_index: 0, item: final }),
      event({
        type: "response.completed",
        response: {
          ...head,
          status: "completed",
          output: [final],
          usage: { input_tokens: 5, output_tokens: n, total_tokens: n + 5 },
        },
      }),
    );
    return parts.join("");
  },
  gemini(n) {
    const parts = [];
    for (let i = 0; i < n; i++) {
      const last = i === n - 1;
      parts.push(
        data({
          candidates: [
            {
              content: { role: "model", parts: [{ text: WORDS[i % 10] }] },
              index: 0,
              ...(last ? { finishReason: "STOP" } : {}),
            },
          ],
          usageMetadata: { promptTokenCount: 4, candidatesTokenCount: i + 1, totalTokenCount: i + 5 },
          modelVersion: "gemini-bench-001",
          responseId: "resp-bench",
        }),
      );
    }
    return parts.join("");
  },
};

const PATHS = {
  "/v1/chat/completions": "chat.completions",
  "/v1/messages": "messages",
  "/v1/responses": "responses",
  "/google/gemini": "gemini",
};

/** The child process: answers each protocol's path with its pre-rendered stream of `x-bench-events` deltas. */
export async function serveProtocols() {
  const cache = new Map();
  const server = http.createServer((req, res) => {
    req.resume();
    req.on("end", () => {
      const protocol = PATHS[req.url];
      if (protocol === undefined) {
        res.writeHead(404).end();
        return;
      }
      const n = Number(req.headers["x-bench-events"] ?? "100");
      const key = `${protocol}:${n}`;
      let bytes = cache.get(key);
      if (bytes === undefined) {
        bytes = Buffer.from(RENDER[protocol](n));
        cache.set(key, bytes);
      }
      res.writeHead(200, { "content-type": "text/event-stream", "content-length": bytes.length });
      res.end(bytes);
    });
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.send?.({ url: `http://127.0.0.1:${server.address().port}/v1` });
  process.on("disconnect", () => server.close(() => process.exit(0)));
}

async function startProtocolServer(script) {
  const child = fork(script, ["--serve-protocols"], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  const url = await new Promise((resolve, reject) => {
    child.once("message", (m) => resolve(m.url));
    child.once("exit", (code) => reject(new Error(`protocol server exited with ${code}`)));
  });
  return { url, stop: () => child.disconnect() };
}

// ------------------------------------------------------------ the models

const zLoose = (shape) => z.looseObject(shape);
const zInt = z.int().min(0);
const messageEvent = z.discriminatedUnion("type", [
  zLoose({
    type: z.literal("message_start"),
    message: zLoose({
      id: z.string(),
      type: z.literal("message"),
      role: z.literal("assistant"),
      content: z.array(zLoose({ type: z.string() })),
      model: z.string(),
      stop_reason: z.string().nullable(),
      stop_sequence: z.string().nullable(),
      usage: zLoose({ input_tokens: zInt, output_tokens: zInt }),
    }),
  }),
  zLoose({
    type: z.literal("content_block_start"),
    index: zInt,
    content_block: zLoose({ type: z.enum(["text", "tool_use"]) }),
  }),
  zLoose({
    type: z.literal("content_block_delta"),
    index: zInt,
    delta: z.discriminatedUnion("type", [
      zLoose({ type: z.literal("text_delta"), text: z.string() }),
      zLoose({ type: z.literal("input_json_delta"), partial_json: z.string() }),
    ]),
  }),
  zLoose({ type: z.literal("content_block_stop"), index: zInt }),
  zLoose({
    type: z.literal("message_delta"),
    delta: zLoose({ stop_reason: z.enum(["end_turn", "max_tokens", "stop_sequence", "tool_use"]).nullable() }),
    usage: zLoose({ output_tokens: zInt }),
  }),
  zLoose({ type: z.literal("message_stop") }),
  zLoose({ type: z.literal("ping") }),
  zLoose({ type: z.literal("error"), error: zLoose({ type: z.string(), message: z.string() }) }),
]);
const responseObject = zLoose({
  id: z.string(),
  object: z.literal("response"),
  created_at: z.int(),
  status: z.enum(["completed", "failed", "in_progress", "cancelled", "queued", "incomplete"]),
  model: z.string(),
  output: z.array(zLoose({ type: z.string() })),
});
const seq = { sequence_number: zInt };
const located = { item_id: z.string(), output_index: zInt, content_index: zInt };
const outputPart = zLoose({ type: z.enum(["output_text", "refusal"]) });
const outputItem = zLoose({ type: z.enum(["message", "function_call", "reasoning"]), id: z.string() });
const responseEvent = z.discriminatedUnion("type", [
  zLoose({ type: z.literal("response.created"), ...seq, response: responseObject }),
  zLoose({ type: z.literal("response.in_progress"), ...seq, response: responseObject }),
  zLoose({ type: z.literal("response.output_item.added"), ...seq, output_index: zInt, item: outputItem }),
  zLoose({ type: z.literal("response.content_part.added"), ...seq, ...located, part: outputPart }),
  zLoose({ type: z.literal("response.output_text.delta"), ...seq, ...located, delta: z.string() }),
  zLoose({ type: z.literal("response.output_text.done"), ...seq, ...located, text: z.string() }),
  zLoose({ type: z.literal("response.content_part.done"), ...seq, ...located, part: outputPart }),
  zLoose({ type: z.literal("response.output_item.done"), ...seq, output_index: zInt, item: outputItem }),
  zLoose({ type: z.literal("response.completed"), ...seq, response: responseObject }),
  zLoose({ type: z.literal("response.incomplete"), ...seq, response: responseObject }),
  zLoose({ type: z.literal("response.failed"), ...seq, response: responseObject }),
  zLoose({ type: z.literal("error"), ...seq, code: z.string().nullable(), message: z.string() }),
]);
const geminiChunk = zLoose({
  candidates: z
    .array(
      zLoose({
        content: zLoose({ role: z.string().optional(), parts: z.array(zLoose({ text: z.string().optional() })) }),
        finishReason: z.enum(["STOP", "MAX_TOKENS", "SAFETY", "RECITATION", "OTHER"]).optional(),
        index: zInt.optional(),
      }),
    )
    .optional(),
  usageMetadata: zLoose({ promptTokenCount: zInt, candidatesTokenCount: zInt.optional(), totalTokenCount: zInt }),
  modelVersion: z.string(),
  responseId: z.string().nullable().optional(),
});

const chatChunk = zLoose({
  id: z.string(),
  object: z.literal("chat.completion.chunk"),
  created: z.int(),
  model: z.string(),
  choices: z.array(
    zLoose({
      index: zInt,
      delta: zLoose({ role: z.literal("assistant").optional(), content: z.string().nullable().optional() }),
      finish_reason: z.enum(["stop", "length", "tool_calls"]).nullable(),
    }),
  ),
});

const anything = z.looseObject({});
const MODELS = {
  "chat.completions": { model: "bench/chat", event: chatChunk, body: { messages: [{ role: "user", content: "Go." }] } },
  messages: {
    model: "bench/claude",
    event: messageEvent,
    body: { max_tokens: 4096, messages: [{ role: "user", content: "Go." }] },
  },
  responses: { model: "bench/gpt", event: responseEvent, body: { input: "Go." } },
  gemini: {
    model: "bench/gemini",
    event: geminiChunk,
    body: { contents: [{ role: "user", parts: [{ text: "Go." }] }] },
  },
};
const PROTOCOL_PATH = {
  "chat.completions": "/chat/completions",
  messages: "/messages",
  responses: "/responses",
  gemini: "/../google/gemini",
};
const NAMES = {
  "chat.completions": "Chat Completions (for reference: chat under the same conditions)",
  messages: "Anthropic Messages",
  responses: "OpenAI Responses",
  gemini: "Google Gemini",
};
/** The rows with a goal; chat's goal is measured against the emulator above. */
const PROTOCOLS = ["messages", "responses", "gemini"];

async function loadSchemas(model) {
  for (const [operation, spec] of Object.entries(MODELS)) {
    if (spec.model === model)
      return { operations: { [operation]: { request: anything, response: anything, event: spec.event } } };
  }
  throw new Error(`no schemas for ${model}`);
}

function call(client, protocol, n) {
  const { model, body } = MODELS[protocol];
  const options = { headers: { "x-bench-events": String(n) } };
  const request = { model, ...body, stream: true };
  if (protocol === "chat.completions") return client.chat.completions.create(request, options);
  if (protocol === "messages") return client.messages.create(request, options);
  if (protocol === "responses") return client.responses.create(request, options);
  return client.gemini.generateContent(request, options);
}

// ------------------------------------------------------------ measuring

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 1) => n.toFixed(digits);
const mb = (bytes) => `${fmt(bytes / 1048576)} MB`;

export async function benchProtocolStreams({ createClient, gc, script }) {
  const server = await startProtocolServer(script);
  const strict = createClient({ baseURL: server.url, apiKey: KEY, schemas: loadSchemas, validate: "strict" });
  const unchecked = createClient({ baseURL: server.url, apiKey: KEY, validate: "off" });
  const EVENTS = 10_000;
  const ROUNDS = 15;
  for (const protocol of Object.keys(MODELS)) {
    const url = new URL(`${server.url}${PROTOCOL_PATH[protocol]}`).href;
    const payload = JSON.stringify({ model: MODELS[protocol].model, ...MODELS[protocol].body, stream: true });
    const contenders = {
      "eventsource-parser (bare)": async () => {
        const res = await request(url, {
          method: "POST",
          headers: {
            authorization: `Bearer ${KEY}`,
            "content-type": "application/json",
            accept: "text/event-stream",
            "x-bench-events": String(EVENTS),
          },
          body: payload,
        });
        return countJsonEvents(res.body);
      },
      "apifree-typed (validated)": async () => {
        let n = 0;
        for await (const _event of await call(strict, protocol, EVENTS)) n++;
        return n;
      },
      "apifree-typed, validate off": async () => {
        let n = 0;
        for await (const _event of await call(unchecked, protocol, EVENTS)) n++;
        return n;
      },
    };
    const entries = Object.entries(contenders);
    const rates = Object.fromEntries(entries.map(([k]) => [k, []]));
    const cpu = Object.fromEntries(entries.map(([k]) => [k, []]));
    for (const [, run] of entries) await run();
    for (let round = 0; round < ROUNDS; round++) {
      for (let j = 0; j < entries.length; j++) {
        const [name, run] = entries[(round + j) % entries.length];
        const c0 = process.cpuUsage();
        const t0 = performance.now();
        const n = await run();
        rates[name].push(n / ((performance.now() - t0) / 1000));
        const used = process.cpuUsage(c0);
        cpu[name].push((used.user + used.system) / n);
      }
    }
    const rate = Object.fromEntries(Object.entries(rates).map(([k, v]) => [k, median(v)]));
    const cpuPer = Object.fromEntries(Object.entries(cpu).map(([k, v]) => [k, median(v)]));
    console.log(
      `runtime: ${NAMES[protocol]} stream of ${EVENTS.toLocaleString("en")} text deltas ` +
        `(same bytes; median of ${ROUNDS} runs; client CPU per event)`,
    );
    for (const [name, r] of Object.entries(rate)) {
      console.log(
        `  ${name.padEnd(28)} ${fmt(r, 0).padStart(8)} events/s   ${fmt(cpuPer[name], 2).padStart(6)} µs CPU/event`,
      );
    }
    for (const name of ["apifree-typed (validated)", "apifree-typed, validate off"]) {
      const ratio = rate[name] / rate["eventsource-parser (bare)"];
      const verdict = !PROTOCOLS.includes(protocol)
        ? "(reference)"
        : ratio >= 0.8
          ? "(goal >= 0.8x) ok"
          : "(goal >= 0.8x) MISSED";
      const cpuRatio = cpuPer["eventsource-parser (bare)"] / cpuPer[name];
      console.log(`  ${name} / bare parser: ${fmt(ratio, 3)}x ${verdict}; by CPU per event: ${fmt(cpuRatio, 3)}x`);
    }
  }

  const BIG = 100_000;
  for (const protocol of PROTOCOLS) {
    gc();
    const before = process.memoryUsage().heapUsed;
    const samples = [];
    let n = 0;
    const stream = await call(strict, protocol, BIG);
    for await (const _event of stream) {
      n++;
      if (n % 20_000 === 0) {
        gc();
        samples.push([n, process.memoryUsage().heapUsed]);
      }
    }
    const answer = await stream.finalText();
    const growth = samples.at(-1)[1] - samples[0][1];
    console.log(
      `runtime: memory, ${NAMES[protocol]}: ${n.toLocaleString("en")} events through apifree-typed (validated, accumulating)`,
    );
    console.log(
      `  heap before ${mb(before)}; live heap after GC: ${samples.map(([k, h]) => `${k / 1000}k: ${mb(h)}`).join(", ")}`,
    );
    console.log(
      `  growth from 20k to ${Math.floor(n / 1000)}k events: ${mb(growth)} (accumulated answer: ${mb(answer.length * 2)} as UTF-16)`,
    );
  }
  server.stop();
}
