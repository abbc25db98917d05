import { createParser } from "eventsource-parser";
import { afterEach, describe, expect, it, vi } from "vitest";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { call, hello, KEY, MINI, TEST_SNAPSHOT } from "./fixtures.js";

/*
 * Requests are held in flight deterministically with the stall fault: a
 * stalled stream keeps its slot until the client goes away.
 */

const open: Emulator[] = [];
afterEach(async () => {
  await Promise.all(open.splice(0).map((emulator) => emulator.close()));
});

async function start(options: Partial<Parameters<typeof startEmulator>[0]>): Promise<Emulator> {
  const emulator = await startEmulator({ snapshot: TEST_SNAPSHOT, ...options });
  open.push(emulator);
  return emulator;
}

/** Start a stream that stalls after its first chunk; resolves once that chunk arrived (the slot is taken). */
async function holdSlot(emulator: Emulator, id: string): Promise<AbortController> {
  const controller = new AbortController();
  const response = await fetch(`${emulator.url}/chat/completions`, {
    method: "POST",
    signal: controller.signal,
    headers: { authorization: `Bearer ${KEY}`, "x-apifree-mock-fault": `stall-after=1;id=${id}` },
    body: JSON.stringify(hello(MINI, { stream: true })),
  });
  const reader = response.body!.getReader();
  let events = 0;
  const parser = createParser({ onEvent: () => (events += 1) });
  const decoder = new TextDecoder();
  while (events < 1) parser.feed(decoder.decode((await reader.read()).value, { stream: true }));
  reader.read().catch(() => {});
  return controller;
}

describe("concurrency limit", () => {
  it("refuses a request beyond --max-concurrency with the HTTP-200 max_concurrency_exceeded envelope", async () => {
    const emulator = await start({ maxConcurrency: 2 });
    const chat = `${emulator.url}/chat/completions`;
    const held = [await holdSlot(emulator, "a"), await holdSlot(emulator, "b")];
    const refused = await call(chat, { body: hello(MINI) });
    expect(refused.status).toBe(200);
    expect(refused.json).toEqual({
      code: 429,
      error: { code: "max_concurrency_exceeded", message: "too many concurrent requests", type: "rate_limit_error" },
    });
    expect(emulator.requests.at(-1)).toMatchObject({ envelope: 429, errorCode: "max_concurrency_exceeded" });
    // Catalog and document reads do not count against the limit.
    expect((await call(`${emulator.url}/models`)).status).toBe(200);
    // Once a slot frees, requests pass again.
    held[0]!.abort();
    await vi.waitFor(
      async () => expect((await call(chat, { body: hello(MINI) })).json).toMatchObject({ object: "chat.completion" }),
      { timeout: 5000, interval: 20 },
    );
    held[1]!.abort();
  });

  it("can send the refusal with HTTP 429", async () => {
    const emulator = await start({ maxConcurrency: 1, concurrencyStatus: 429 });
    const held = await holdSlot(emulator, "c");
    const refused = await call(`${emulator.url}/chat/completions`, { body: hello(MINI) });
    expect(refused.status).toBe(429);
    expect(refused.json).toMatchObject({ code: 429, error: { code: "max_concurrency_exceeded" } });
    held.abort();
  });

  it("counts a finished request's slot as free", async () => {
    const emulator = await start({ maxConcurrency: 1 });
    for (let index = 0; index < 5; index += 1) {
      expect((await call(`${emulator.url}/chat/completions`, { body: hello(MINI) })).json).toMatchObject({
        object: "chat.completion",
      });
    }
  });

  it("has no limit unless one is set", async () => {
    const emulator = await start({});
    const held = await Promise.all([1, 2, 3, 4].map((index) => holdSlot(emulator, `free-${index}`)));
    expect((await call(`${emulator.url}/chat/completions`, { body: hello(MINI) })).json).toMatchObject({
      object: "chat.completion",
    });
    for (const controller of held) controller.abort();
  });
});
