/*
 * Compile-time contract of the typed client. Each `@ts-expect-error` names
 * the diagnostic it expects (code and a fragment of the message);
 * types.test.ts checks that the right error fires on each marked line.
 * Never executed.
 */
import { Readable } from "node:stream";
import {
  createClient as createUntypedClient,
  type GeminiStream,
  type MessageStream,
  type ResponseStream,
  type Stream,
  type StreamCompletion,
  toFile,
  type UploadFile,
} from "apifree-typed";
import {
  acmeClaude,
  acmeGemini,
  acmeResponder,
  acmeSora,
  acmeVeo,
  type ChunkOf,
  type ClaudeEvent,
  type ClaudeMessage,
  type Client,
  type DeepseekChunk,
  deepseekAiDeepseekV4Flash,
  type GeminiResponse,
  type GptChunk,
  type GptResponse,
  openaiGpt52,
  type QwenResponse,
  type ResponderEvent,
  type ResponderResponse,
  type SoraTask,
  type VeoTask,
} from "./fixture-map.js";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

export async function contract(client: Client, flag: boolean): Promise<void> {
  const messages = [{ role: "user" as const, content: "Hi" }];

  const gpt = await client.chat.completions.create({
    model: "openai/gpt-5.2",
    messages,
    reasoning_effort: "low",
    temperature: 0.2,
  });
  expectType<Equal<typeof gpt, GptResponse>>();

  const qwen = await client.chat.completions.create({
    model: "qwen/qwen3-32b:free",
    messages,
    enable_thinking: true,
    stream: false,
  });
  expectType<Equal<typeof qwen, QwenResponse>>();

  // @ts-expect-error TS2353: 'colour' does not exist
  await client.chat.completions.create({ model: "openai/gpt-5.2", messages, colour: "blue" });

  // @ts-expect-error TS2353: 'enable_thinking' does not exist
  await client.chat.completions.create({ model: "openai/gpt-5.2", messages, enable_thinking: true });

  // @ts-expect-error TS2322: '"max"' is not assignable to type '"low" | "medium" | "high"
  await client.chat.completions.create({ model: "openai/gpt-5.2", messages, reasoning_effort: "max" });

  // @ts-expect-error TS2345: Property 'messages' is missing
  await client.chat.completions.create({ model: "deepseek-ai/deepseek-v4-flash" });

  // @ts-expect-error TS2322: not assignable to type 'ModelId'
  await client.chat.completions.create({ model: "vendor/nope", messages });

  const deepseek = await client.chat.completions.create({
    model: "deepseek-ai/deepseek-v4-flash",
    messages,
    stream: true,
  });
  expectType<Equal<typeof deepseek, Stream<DeepseekChunk>>>();
  for await (const chunk of deepseek) {
    expectType<Equal<typeof chunk, DeepseekChunk>>();
    const reasoning: string | null | undefined = chunk.choices[0]?.delta.reasoning_content;
    void reasoning;
  }
  const final = await deepseek.finalCompletion();
  expectType<Equal<typeof final, StreamCompletion>>();

  const gptStream = await client.chat.completions.create({
    model: "openai/gpt-5.2",
    messages,
    stream: true,
    stream_options: { include_usage: true },
  });
  for await (const chunk of gptStream) {
    expectType<Equal<typeof chunk, ChunkOf<"openai/gpt-5.2">>>();
    expectType<Equal<(typeof chunk)["choices"][number]["delta"], { role?: "assistant"; content?: string | null }>>();
    // @ts-expect-error TS2339: Property 'reasoning_content' does not exist
    void chunk.choices[0]?.delta.reasoning_content;
  }

  const either = await client.chat.completions.create({ model: "openai/gpt-5.2", messages, stream: flag });
  expectType<Equal<typeof either, Stream<GptChunk> | GptResponse>>();

  const viaBinding = await openaiGpt52.create(client, { messages, reasoning_effort: "high" });
  expectType<Equal<typeof viaBinding, GptResponse>>();
  const bindingStream = await deepseekAiDeepseekV4Flash.create(client, { messages, stream: true }, { timeout: 5_000 });
  expectType<Equal<typeof bindingStream, Stream<DeepseekChunk>>>();

  // @ts-expect-error TS2353: 'colour' does not exist
  await openaiGpt52.create(client, { messages, colour: "blue" });

  // @ts-expect-error TS2353: 'model' does not exist
  await openaiGpt52.create(client, { model: "openai/gpt-5.2", messages });

  // @ts-expect-error TS2322: '"max"' is not assignable
  await openaiGpt52.create(client, { messages, reasoning_effort: "max" });

  // @ts-expect-error TS2345: not assignable to parameter of type 'ClientLike'
  await openaiGpt52.create({}, { messages });

  // Other operations: each method takes only the models that serve it.
  const hi = [{ role: "user" as const, content: "Hi" }];
  const claude = await client.messages.create({
    model: "acme/claude",
    max_tokens: 64,
    messages: [{ role: "user", content: "Hi" }],
  });
  expectType<Equal<typeof claude, ClaudeMessage>>();
  const claudeStream = await client.messages.create({
    model: "acme/claude",
    max_tokens: 64,
    messages: [{ role: "user", content: "Hi" }],
    stream: true,
  });
  for await (const event of claudeStream) expectType<Equal<typeof event, ClaudeEvent>>();
  expectType<Equal<typeof claudeStream, MessageStream<ClaudeEvent, ClaudeMessage>>>();
  expectType<Equal<Awaited<ReturnType<typeof claudeStream.finalMessage>>, ClaudeMessage>>();
  expectType<Equal<Awaited<ReturnType<typeof claudeStream.finalText>>, string>>();
  const [claudeLeft] = claudeStream.tee();
  expectType<Equal<typeof claudeLeft, MessageStream<ClaudeEvent, ClaudeMessage>>>();

  const responder = await client.responses.create({
    model: "acme/responder",
    input: "Hi",
    reasoning: { effort: "low" },
  });
  expectType<Equal<typeof responder, ResponderResponse>>();
  const responderStream = await client.responses.create({ model: "acme/responder", input: "Hi", stream: true });
  expectType<Equal<typeof responderStream, ResponseStream<ResponderEvent, ResponderResponse>>>();
  for await (const event of responderStream) expectType<Equal<typeof event, ResponderEvent>>();
  expectType<Equal<Awaited<ReturnType<typeof responderStream.finalResponse>>, ResponderResponse>>();
  const boundResponder = await acmeResponder.responses.create(client, { input: "Hi", stream: true });
  expectType<Equal<typeof boundResponder, ResponseStream<ResponderEvent, ResponderResponse>>>();

  // @ts-expect-error TS2322: does not serve responses
  await client.responses.create({ model: "acme/claude", input: "Hi" });

  // @ts-expect-error TS2322: '"medium"' is not assignable to type '"low" | "high"'
  await client.responses.create({ model: "acme/responder", input: "Hi", reasoning: { effort: "medium" } });

  const viaCallStream = await client.call("messages", {
    model: "acme/claude",
    max_tokens: 5,
    messages: [],
    stream: true,
  });
  expectType<Equal<typeof viaCallStream, MessageStream<ClaudeEvent, ClaudeMessage>>>();

  // @ts-expect-error TS2322: does not serve messages
  await client.messages.create({ model: "openai/gpt-5.2", max_tokens: 64, messages: hi });

  // @ts-expect-error TS2345: Property 'max_tokens' is missing
  await client.messages.create({ model: "acme/claude", messages: [{ role: "user", content: "Hi" }] });

  const gemini = await client.gemini.generateContent({
    model: "acme/gemini",
    contents: [{ parts: [{ text: "Hi" }] }],
    generationConfig: { temperature: 0.5 },
  });
  expectType<Equal<typeof gemini, GeminiResponse>>();

  const geminiStream = await client.gemini.generateContent({
    model: "acme/gemini",
    contents: [{ parts: [{ text: "Hi" }] }],
    stream: true,
  });
  expectType<Equal<typeof geminiStream, GeminiStream<GeminiResponse, GeminiResponse>>>();
  expectType<Equal<Awaited<ReturnType<typeof geminiStream.finalResponse>>, GeminiResponse>>();
  const boundGeminiStream = await acmeGemini.call(client, "gemini", { contents: [], stream: true });
  expectType<Equal<typeof boundGeminiStream, GeminiStream<GeminiResponse, GeminiResponse>>>();

  // @ts-expect-error TS2353: 'maxTokens' does not exist
  await client.gemini.generateContent({ model: "acme/gemini", contents: [], generationConfig: { maxTokens: 5 } });

  // @ts-expect-error TS2322: does not serve chat.completions
  await client.chat.completions.create({ model: "acme/gemini", messages });

  const viaCall = await client.call("messages", { model: "acme/claude", max_tokens: 5, messages: [] });
  expectType<Equal<typeof viaCall, ClaudeMessage>>();

  const bound = await acmeClaude.messages.create(client, { max_tokens: 5, messages: [] });
  expectType<Equal<typeof bound, ClaudeMessage>>();
  const boundChat = await acmeClaude.create(client, { messages });
  expectType<Equal<typeof boundChat, GptResponse>>();
  const boundGemini = await acmeGemini.gemini.generateContent(client, { contents: [{ parts: [{ text: "x" }] }] });
  expectType<Equal<typeof boundGemini, GeminiResponse>>();

  // @ts-expect-error TS2339: Property 'create' does not exist
  await openaiGpt52.messages.create(client, { max_tokens: 5, messages: [] });

  // Video tasks: `model` narrowed to the video models, the body per model, an upload in input_reference.
  const created = await client.videos.create({ model: "acme/sora", prompt: "a cat", size: "1280x720", seconds: "8" });
  expectType<Equal<typeof created, SoraTask>>();
  const image: UploadFile = await toFile("./first-frame.png");
  await client.videos.create({ model: "acme/sora", prompt: "a cat", input_reference: image });
  await client.videos.create({ model: "acme/sora", prompt: "a cat", input_reference: Buffer.from("png") });
  await client.videos.create({ model: "acme/sora", prompt: "a cat", input_reference: Readable.from([]) });
  await client.videos.create({ model: "acme/sora", prompt: "a cat", input_reference: new Blob(["png"]) });
  await client.videos.create({ model: "acme/veo", prompt: "a cat", seconds: 6, seed: 7 });

  // @ts-expect-error TS2322: does not serve videos
  await client.videos.create({ model: "openai/gpt-5.2", prompt: "a cat" });

  // @ts-expect-error TS2322: '"1920x1080"' is not assignable to type 'SoraSize'
  await client.videos.create({ model: "acme/sora", prompt: "a cat", size: "1920x1080" });

  // @ts-expect-error TS2345: Property 'prompt' is missing
  await client.videos.create({ model: "acme/sora", size: "1280x720" });

  // @ts-expect-error TS2322: not assignable to type 'ModelId'
  await client.videos.createAndPoll({ model: "vendor/video-9", prompt: "a cat" });

  // @ts-expect-error TS2322: Type 'string' is not assignable to type 'number'
  await client.videos.create({ model: "acme/veo", prompt: "a cat", seconds: "6" });

  // @ts-expect-error TS2353: 'input_reference' does not exist
  await client.videos.create({ model: "acme/veo", prompt: "a cat", input_reference: Buffer.from("png") });

  // @ts-expect-error TS2322: Type 'string' is not assignable to type 'Uploadable | undefined'
  await client.videos.create({ model: "acme/sora", prompt: "a cat", input_reference: "./first-frame.png" });

  const done = await client.videos.createAndPoll(
    { model: "acme/veo", prompt: "a cat" },
    {
      pollInterval: 10_000,
      timeout: 600_000,
      onProgress: (task) => expectType<Equal<typeof task, VeoTask>>(),
    },
  );
  expectType<Equal<typeof done, VeoTask & { status: "completed" }>>();
  expectType<Equal<(typeof done)["status"], "completed">>();

  const anyTask = await client.videos.retrieve("video_123");
  expectType<Equal<typeof anyTask, SoraTask | VeoTask>>();
  const veoTask = await client.videos.retrieve("video_123", { model: "acme/veo" });
  expectType<Equal<typeof veoTask, VeoTask>>();
  const resumed = await client.videos.pollUntilDone("video_123", { model: "acme/sora", pollInterval: 5_000 });
  expectType<Equal<typeof resumed, SoraTask & { status: "completed" }>>();
  const remixed = await client.videos.remix("video_123", { prompt: "rain" }, { model: "acme/sora" });
  expectType<Equal<typeof remixed, SoraTask>>();

  // @ts-expect-error TS2353: 'seconds' does not exist
  await client.videos.remix("video_123", { prompt: "rain", seconds: 5 }, { model: "acme/sora" });

  // @ts-expect-error TS2322: does not serve videos
  await client.videos.retrieve("video_123", { model: "acme/gemini" });

  const boundVideo = await acmeSora.videos.createAndPoll(client, { prompt: "a cat", input_reference: image });
  expectType<Equal<typeof boundVideo, SoraTask & { status: "completed" }>>();
  const boundTask = await acmeVeo.videos.retrieve(client, "video_123");
  expectType<Equal<typeof boundTask, VeoTask>>();

  // @ts-expect-error TS2353: 'model' does not exist
  await acmeVeo.videos.create(client, { model: "acme/veo", prompt: "a cat" });

  // @ts-expect-error TS2339: Property 'createAndPoll' does not exist
  await openaiGpt52.videos.createAndPoll(client, { prompt: "a cat" });

  // Every call is an APIPromise: awaited as before, or with its response, or raw.
  const withHead = await client.chat.completions.create({ model: "openai/gpt-5.2", messages }).withResponse();
  expectType<Equal<typeof withHead.data, GptResponse>>();
  expectType<Equal<typeof withHead.response, Response>>();
  expectType<Equal<typeof withHead.requestId, string | undefined>>();
  const streamHead = await client.chat.completions
    .create({ model: "deepseek-ai/deepseek-v4-flash", messages, stream: true })
    .withResponse();
  expectType<Equal<typeof streamHead.data, Stream<DeepseekChunk>>>();
  const rawChat = await client.chat.completions.create({ model: "openai/gpt-5.2", messages }).asResponse();
  expectType<Equal<typeof rawChat, Response>>();
  const claudeHead = await client.messages
    .create({ model: "acme/claude", max_tokens: 64, messages: [{ role: "user", content: "Hi" }] })
    .withResponse();
  expectType<Equal<typeof claudeHead.data, ClaudeMessage>>();
  const responderHead = await client.responses.create({ model: "acme/responder", input: "Hi" }).withResponse();
  expectType<Equal<typeof responderHead.data, ResponderResponse>>();
  const geminiHead = await client.gemini.generateContent({ model: "acme/gemini", contents: [] }).withResponse();
  expectType<Equal<typeof geminiHead.data, GeminiResponse>>();
  const taskHead = await client.videos.retrieve("video_123", { model: "acme/sora" }).withResponse();
  expectType<Equal<typeof taskHead.data, SoraTask>>();
  const boundHead = await openaiGpt52.create(client, { messages }).withResponse();
  expectType<Equal<typeof boundHead.data, GptResponse>>();
  const callHead = await client.call("responses", { model: "acme/responder", input: "Hi" }).withResponse();
  expectType<Equal<typeof callHead.data, ResponderResponse>>();

  // @ts-expect-error TS2339: Property 'withResponse' does not exist
  await client.videos.createAndPoll({ model: "acme/sora", prompt: "a cat" }).withResponse();

  // @ts-expect-error TS2339: Property 'status' does not exist on type 'GptResponse'
  void withHead.data.status;

  // Without generated bindings: any id and body, untyped results.
  const untyped = createUntypedClient({ apiKey: "sk-x" });
  const anything = await untyped.chat.completions.create({ model: "any/model", messages, whatever: 1 });
  expectType<Equal<typeof anything, unknown>>();
  const anyStream = await untyped.chat.completions.create({ model: "any/model", messages, stream: true });
  expectType<Equal<typeof anyStream, Stream<unknown>>>();
  const anyVideo = await untyped.videos.createAndPoll({ model: "any/video", prompt: "x", whatever: 1 });
  expectType<Equal<typeof anyVideo, unknown>>();
  expectType<Equal<Awaited<ReturnType<typeof untyped.videos.retrieve>>, unknown>>();
}
