/*
 * Video task helpers for runtime tests: tasks shaped like the bundled
 * catalog's sora-2 document (so strict mode accepts them), a parser for the
 * multipart bodies the client sends (undici's own, not ours), and a clock
 * whose time moves only when the code under test sleeps.
 */
import { APIUserAbortError, type Clock } from "apifree-typed";
import { Response } from "undici";

export function soraTask(fields: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: "video_123",
    object: "video",
    model: "sora-2",
    status: "queued",
    progress: 0,
    created_at: 1_760_000_000,
    completed_at: null,
    expires_at: null,
    size: "720x1280",
    seconds: "4",
    prompt: "a cat",
    error: null,
    remixed_from_video_id: null,
    ...fields,
  };
}

/** A logged request's multipart body, parsed by undici (a well-kept parser, independent of the client's encoder). */
export async function parseForm(request: { raw: Buffer; headers: Record<string, unknown> }): Promise<FormData> {
  const type = String(request.headers["content-type"]);
  return (await new Response(request.raw, { headers: { "content-type": type } }).formData()) as unknown as FormData;
}

/**
 * A clock on virtual time: `sleep(ms)` records `ms`, moves `now` forward by it
 * and returns at once (or rejects when the signal is aborted), so deadlines
 * and intervals are asserted without real waiting.
 */
export function virtualClock(): { clock: Clock; sleeps: number[]; now: () => number } {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    clock: {
      random: () => 0.5,
      now: () => now,
      sleep: async (ms, signal) => {
        if (signal?.aborted) throw new APIUserAbortError();
        sleeps.push(ms);
        now += ms;
        await new Promise((resolve) => setImmediate(resolve));
        if (signal?.aborted) throw new APIUserAbortError();
      },
    },
  };
}
