import { rmSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, it } from "vitest";
import { type CompileCase, checkCases } from "../support/compile-cases.js";
import { strictCompilerOptions } from "../support/typecheck.js";

/*
 * client.videos at compile time, over the committed generated tree of the
 * bundled catalog (sora-2, sora-2-pro, veo-3.1, kling-v2.5): each case is
 * compiled as written under strict tsc; a case that must fail names the
 * message it must fail with, so an error for another reason does not count.
 */

const DIR = path.join(import.meta.dirname, ".tmp-videos-surface");
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

const CASES: CompileCase[] = [
  {
    name: "a JSON create for sora-2",
    code: `const t = await client.videos.create({ model: "sora-2", prompt: "a cat", size: "1280x720", seconds: "8" });
const id: string = t.id; const s: "queued" | "in_progress" | "completed" | "failed" = t.status; void id; void s;`,
  },
  {
    name: "a chat model passed to videos.create",
    code: `await client.videos.create({ model: "gpt-4o", prompt: "a cat" });`,
    error: /'"gpt-4o"' is not assignable to type '"gpt-4o does not serve videos"'/,
  },
  {
    name: "a size the model does not list",
    code: `await client.videos.create({ model: "sora-2", prompt: "a cat", size: "1920x1080" });`,
    error: /'"1920x1080"' is not assignable to type 'VideoSize'/,
  },
  {
    name: "the same size where the model lists it",
    code: `await client.videos.create({ model: "veo-3.1", prompt: "a cat", size: "1920x1080" });`,
  },
  {
    name: "a missing prompt",
    code: `await client.videos.create({ model: "kling-v2.5", mode: "pro" });`,
    error: /Property 'prompt' is missing/,
  },
  {
    name: "seconds as an integer where the model takes an integer range",
    code: `await client.videos.create({ model: "veo-3.1", prompt: "a cat", seconds: 6, generate_audio: false });`,
  },
  {
    name: "seconds as a string where the model takes an integer",
    code: `await client.videos.create({ model: "veo-3.1", prompt: "a cat", seconds: "6" });`,
    error: /'string' is not assignable to type 'number'/,
  },
  {
    name: "seconds as a number where the model takes a string enum",
    code: `await client.videos.create({ model: "kling-v2.5", prompt: "a cat", seconds: 5 });`,
    error: /'number' is not assignable to type 'VideoSeconds'/,
  },
  {
    name: "an upload where the model takes one: toFile, a Buffer, a stream",
    code: `await client.videos.create({ model: "sora-2", prompt: "a cat", input_reference: await toFile("./frame.png") });
await client.videos.create({ model: "kling-v2.5", prompt: "a cat", input_reference: Buffer.from("png"), cfg_scale: 0.5 });
await client.videos.create({ model: "sora-2-pro", prompt: "a cat", input_reference: createReadStream("./frame.png") });`,
  },
  {
    name: "an upload where the model takes none",
    code: `await client.videos.create({ model: "veo-3.1", prompt: "a cat", input_reference: Buffer.from("png") });`,
    error: /'input_reference' does not exist/,
  },
  {
    name: "a path string instead of a file",
    code: `await client.videos.create({ model: "sora-2", prompt: "a cat", input_reference: "./frame.png" });`,
    error: /'string' is not assignable to type 'Uploadable \| undefined'/,
  },
  {
    name: "createAndPoll resolves with the model's completed task, with the provider's result metadata",
    code: `const t = await client.videos.createAndPoll({ model: "veo-3.1", prompt: "a cat" }, {
  pollInterval: 10_000,
  onProgress: (task) => { const p: number = task.progress; void p; },
});
const done: "completed" = t.status; const url: string | undefined = t.result?.video_url;
const provider: string | undefined = t.result?.provider.name; void done; void url; void provider;`,
  },
  {
    name: "a task without result metadata has no result",
    code: `const t = await client.videos.createAndPoll({ model: "sora-2", prompt: "a cat" }); void t.result;`,
    error: /Property 'result' does not exist/,
  },
  {
    name: "retrieve without a model: the union of the video models' tasks",
    code: `const t = await client.videos.retrieve("video_123");
const s: "queued" | "in_progress" | "completed" | "failed" = t.status; const p: number = t.progress; void s; void p;
const e: ResponseOf<"sora-2", "videos"> | ResponseOf<"sora-2-pro", "videos"> | ResponseOf<"veo-3.1", "videos"> | ResponseOf<"kling-v2.5", "videos"> = t; void e;`,
  },
  {
    name: "retrieve with a model narrows the task",
    code: `const t = await client.videos.retrieve("video_123", { model: "kling-v2.5" });
const size: "1920x1080" | "1080x1920" | "1080x1080" | undefined = t.size; void size;`,
  },
  {
    name: "remix takes the model's remix body",
    code: `await client.videos.remix("video_123", { prompt: "rain", seconds: "10" }, { model: "kling-v2.5" });`,
  },
  {
    name: "a remix field the model does not take",
    code: `await client.videos.remix("video_123", { prompt: "rain", seconds: "10" }, { model: "sora-2" });`,
    error: /'seconds' does not exist/,
  },
  {
    name: "pollUntilDone resumes a task by id, narrowed by its model",
    code: `const t = await client.videos.pollUntilDone("video_123", { model: "sora-2-pro", timeout: 60_000 });
const size: "720x1280" | "1280x720" | "1024x1792" | "1792x1024" = t.size; void size;`,
  },
  {
    name: "a video model's binding",
    code: `const t = await sora2.videos.createAndPoll(client, { prompt: "a cat", size: "720x1280" });
const r = await klingV25.videos.remix(client, t.id, { prompt: "rain", seconds: "5" }); void r.status;`,
  },
  {
    name: "a chat model's binding has no videos",
    code: `await gpt4o.videos.create(client, { prompt: "a cat" });`,
    error: /Property 'create' does not exist on type '\{ readonly "gpt-4o does not serve videos": never; \}'/,
  },
  {
    name: "ModelsWith<'videos'> lists the video models",
    code: `const ids: ModelsWith<"videos">[] = ["sora-2", "sora-2-pro", "veo-3.1", "kling-v2.5"]; void ids;`,
  },
];

const HEADER = `import { createReadStream } from "node:fs";
import { toFile } from "apifree-typed";
import { createClient, gpt4o, klingV25, sora2, type ModelsWith, type ResponseOf } from "../../../generated/index.js";
const client = createClient({ apiKey: "k" });
`;

describe("compile-time checks of client.videos (bundled catalog)", () => {
  it("accepts each model's bodies and rejects, with the right message, what the model does not take", () => {
    checkCases(path.join(DIR, "videos.ts"), HEADER, CASES, strictCompilerOptions({ skipLibCheck: true }));
  });
});
