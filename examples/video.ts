/*
 * A video task with a first-frame image: created as multipart/form-data
 * (the file streamed, never held whole), then polled until it completes.
 *
 *   APIFREE_API_KEY=... npx tsx examples/video.ts [image.png]
 */
import { toFile } from "apifree-typed";
import { createClient } from "../generated/index.js";

const client = createClient();

// A path is opened and streamed as the request goes out; a Buffer or a stream works too.
const image = process.argv[2]
  ? await toFile(process.argv[2])
  : await toFile(Buffer.from("89504e470d0a1a0a", "hex"), "frame.png", { type: "image/png" });

const task = await client.videos.createAndPoll(
  { model: "sora-2", prompt: "A paper boat drifting down a rainy street", size: "1280x720", input_reference: image },
  {
    pollInterval: Number(process.env.POLL_INTERVAL_MS ?? 5_000), // APIFree advises 5 to 15 s
    onProgress: (t) => console.log("progress:", t.status, `${t.progress}%`),
  },
);
console.log("done:", task.id, task.status, task.seconds, task.size);
