import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import type { Fault } from "../../src/mock/index.js";
import { ToolError } from "../../src/shared/tool-error.js";
import { fetchSnapshot, sync } from "../../src/sync/index.js";
import {
  chatDocument,
  cleanup,
  emulator,
  faultTimes,
  isApiMdOf,
  isCatalog,
  isDocumentOf,
  previousSnapshot,
  type RequestLike,
  recordingSleep,
  smallSnapshot,
  tempDir,
} from "./support.js";

afterEach(cleanup);

const ALPHA = "acme/alpha";

function attemptsAt(requests: readonly RequestLike[], match: (request: RequestLike) => boolean): number {
  return requests.filter(match).length;
}

describe("retries", () => {
  it.each<[string, Fault]>([
    ["HTTP 429 rate limit", { rateLimit: "http" }],
    ["HTTP-200 envelope with code 429", { rateLimit: "envelope" }],
    ["max_concurrency_exceeded envelope", { concurrency: "envelope" }],
    ["max_concurrency_exceeded with HTTP 429", { concurrency: "http" }],
    ["HTTP 408", { status: 408 }],
    ["HTTP 500", { status: 500 }],
    ["HTTP 502", { status: 502 }],
    ["HTTP 503", { status: 503 }],
    ["HTTP 504", { status: 504 }],
    ["a reset connection", { reset: true }],
  ])("retries %s twice, then keeps the real document", async (_name, fault) => {
    const served = await emulator({ fault: faultTimes(2, isDocumentOf(ALPHA), fault) });
    const { sleep, delays } = recordingSleep();
    const { snapshot, stats } = await fetchSnapshot({ baseURL: served.url, sleep, random: () => 0 });
    expect(attemptsAt(served.requests, isDocumentOf(ALPHA))).toBe(3);
    expect(stats.retries).toBe(2);
    expect(delays).toEqual([500, 1000]);
    // The error body never stands in for the document.
    expect(snapshot.models.find((model) => model.id === ALPHA)?.document).toEqual(chatDocument(ALPHA, "3.1.0"));
  });

  it("retries a failing catalog", async () => {
    const served = await emulator({ fault: faultTimes(1, isCatalog, { status: 503 }) });
    const { sleep, delays } = recordingSleep();
    const { stats } = await fetchSnapshot({ baseURL: served.url, sleep });
    expect(attemptsAt(served.requests, isCatalog)).toBe(2);
    expect(delays).toHaveLength(1);
    expect(stats.models).toBe(3);
  });

  it("waits exactly what retry-after (seconds) and retry-after-ms ask", async () => {
    let call = 0;
    const served = await emulator({
      fault: (request) => {
        if (!isApiMdOf(ALPHA)(request)) return undefined;
        call += 1;
        if (call === 1) return { rateLimit: "http", retryAfter: "3" };
        if (call === 2) return { rateLimit: "envelope", retryAfterMs: 1250 };
        if (call === 3)
          return { concurrency: "envelope", retryAfter: new Date(Date.now() + 60 * 60 * 1000).toUTCString() };
        return undefined;
      },
    });
    const { sleep, delays } = recordingSleep();
    await fetchSnapshot({ baseURL: served.url, sleep, random: () => 0 });
    // The third asked for an hour: beyond the 60 s cap, so ordinary backoff (retry 2 -> 2000 ms) applies.
    expect(delays).toEqual([3000, 1250, 2000]);
    expect(attemptsAt(served.requests, isApiMdOf(ALPHA))).toBe(4);
  });

  it("backs off exponentially with jitter inside the bounds", async () => {
    const served = await emulator({ fault: faultTimes(4, isDocumentOf(ALPHA), { status: 503 }) });
    const { sleep, delays } = recordingSleep();
    const draws = [0.999, 0, 0.5, 0.25];
    let draw = 0;
    await fetchSnapshot({ baseURL: served.url, sleep, random: () => draws[draw++ % draws.length]! });
    expect(delays).toHaveLength(4);
    delays.forEach((ms, retry) => {
      const ceiling = Math.min(500 * 2 ** retry, 8000);
      expect(ms).toBeGreaterThanOrEqual(ceiling * 0.75);
      expect(ms).toBeLessThanOrEqual(ceiling);
    });
    expect(delays[1]).toBe(1000);
    expect(delays[2]).toBe(2000 * (1 - 0.25 * 0.5));
  });

  it("gives up after maxRetries and names the model and the reason; nothing is written", async () => {
    const previous = await previousSnapshot();
    const served = await emulator({ fault: (request) => (isDocumentOf(ALPHA)(request) ? { status: 503 } : undefined) });
    const { sleep, delays } = recordingSleep();
    const error = await sync({ baseURL: served.url, snapshotDir: previous.dir, sleep, maxRetries: 2 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ToolError);
    const failure = error as ToolError;
    expect(failure.exitCode).toBe(2);
    expect(failure.message).toMatch(/^1 of 3 models could not be synced; nothing was written, .* is left as it was$/);
    expect(failure.problems).toEqual([
      {
        model: ALPHA,
        message: expect.stringMatching(/^openapi\.json: HTTP 503 service_unavailable: .* \(after 3 attempts\)$/),
      },
    ]);
    expect(attemptsAt(served.requests, isDocumentOf(ALPHA))).toBe(3);
    expect(delays).toHaveLength(2);
    expect(await previous.changes()).toEqual([]);
  });

  it.each<[string, Fault, RegExp]>([
    [
      "an HTTP-200 error envelope",
      {
        raw: {
          status: 200,
          headers: { "content-type": "application/json" },
          body: '{"code":400,"error":{"code":"invalid_request_error","message":"model is not readable","type":"invalid_request_error"}}',
        },
      },
      /^openapi\.json: HTTP 200 with an error body \(code 400\) invalid_request_error: model is not readable$/,
    ],
    ["an HTTP 404", { status: 404 }, /^openapi\.json: HTTP 404 http_404: injected HTTP 404$/],
    ["an HTTP 400", { status: 400 }, /^openapi\.json: HTTP 400 /],
  ])("does not retry %s", async (_name, fault, reason) => {
    const served = await emulator({ fault: (request) => (isDocumentOf(ALPHA)(request) ? fault : undefined) });
    const { sleep, delays } = recordingSleep();
    const error = (await fetchSnapshot({ baseURL: served.url, sleep }).catch((e: unknown) => e)) as ToolError;
    expect(error.problems).toEqual([{ model: ALPHA, message: expect.stringMatching(reason) }]);
    expect(attemptsAt(served.requests, isDocumentOf(ALPHA))).toBe(1);
    expect(delays).toEqual([]);
  });

  it("retries an HTTP-200 envelope whose code is a server error", async () => {
    const envelope: Fault = {
      raw: {
        status: 200,
        headers: { "content-type": "application/json" },
        body: '{"code":503,"error":{"code":"service_unavailable","message":"busy","type":"server_error"}}',
      },
    };
    const served = await emulator({ fault: faultTimes(1, isApiMdOf(ALPHA), envelope) });
    const { sleep } = recordingSleep();
    const { snapshot } = await fetchSnapshot({ baseURL: served.url, sleep });
    expect(attemptsAt(served.requests, isApiMdOf(ALPHA))).toBe(2);
    expect(snapshot.models.find((model) => model.id === ALPHA)?.apiMd).toBe(smallSnapshot().models[0]!.apiMd);
  });

  it("an unknown model in the catalog fails with the API's own 404 message", async () => {
    const snapshot = smallSnapshot();
    snapshot.catalog.data.push({ id: "ghost/model", object: "model" });
    const served = await emulator({ snapshot });
    const { sleep } = recordingSleep();
    const error = (await fetchSnapshot({ baseURL: served.url, sleep }).catch((e: unknown) => e)) as ToolError;
    expect(error.message).toBe("1 of 4 models could not be synced");
    expect(error.problems.map((problem) => problem.message)).toEqual([
      "openapi.json: HTTP 404 model_not_found: model 'ghost/model' does not exist",
      "api.md: HTTP 404 model_not_found: model 'ghost/model' does not exist",
    ]);
  });

  it("a timeout is retried, then reported for the model", async () => {
    const served = await emulator({ fault: (request) => (isApiMdOf(ALPHA)(request) ? { delayMs: 2_000 } : undefined) });
    const { sleep } = recordingSleep();
    const target = path.join(await tempDir(), "s");
    const error = (await sync({ baseURL: served.url, snapshotDir: target, sleep, timeoutMs: 100, maxRetries: 1 }).catch(
      (e: unknown) => e,
    )) as ToolError;
    expect(error.problems).toEqual([{ model: ALPHA, message: "api.md: no answer within 0.1 s (after 2 attempts)" }]);
    expect(attemptsAt(served.requests, isApiMdOf(ALPHA))).toBe(2);
  });
});
