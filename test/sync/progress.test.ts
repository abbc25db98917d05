import { afterEach, describe, expect, it } from "vitest";
import { fetchSnapshot, formatSummary, type SyncProgress } from "../../src/sync/index.js";
import { cleanup, emulator, faultTimes, isDocumentOf, recordingSleep } from "./support.js";

afterEach(cleanup);

describe("progress", () => {
  it("reports the catalog phase, each model done, retries and failures, then done", async () => {
    const served = await emulator({ fault: faultTimes(1, isDocumentOf("acme/alpha"), { status: 500 }) });
    const seen: SyncProgress[] = [];
    const { sleep } = recordingSleep();
    await fetchSnapshot({ baseURL: served.url, sleep, onProgress: (progress) => seen.push(progress) });
    expect(seen[0]).toEqual({ phase: "catalog", modelsDone: 0, modelsTotal: 0, failures: 0, retries: 0 });
    expect(seen.at(-1)).toEqual({ phase: "done", modelsDone: 3, modelsTotal: 3, failures: 0, retries: 1 });
    const done = seen.filter((progress) => progress.phase === "models").map((progress) => progress.modelsDone);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(seen).toContainEqual(
      expect.objectContaining({ retries: 1, modelsDone: expect.toSatisfy((n: number) => n < 3) }),
    );
  });

  it("counts failed models as they fail", async () => {
    const served = await emulator({
      fault: (request) => (isDocumentOf("acme/alpha")(request) ? { status: 404 } : undefined),
    });
    const seen: SyncProgress[] = [];
    await fetchSnapshot({ baseURL: served.url, onProgress: (progress) => seen.push(progress) }).catch(() => undefined);
    expect(seen.at(-1)).toMatchObject({ phase: "models", modelsDone: 3, failures: 1 });
  });

  it("the summary line names models, documents, bytes, seconds and retries, and a lowered concurrency", () => {
    const stats = {
      models: 1000,
      documents: 2000,
      bytes: 29_465_000,
      requests: 2004,
      retries: 3,
      ms: 2345,
      concurrency: 4,
    };
    expect(formatSummary(stats, "snapshot", 8)).toBe(
      "synced 1000 models (2000 documents, 28.1 MB) into snapshot in 2.3 s, 3 retries; the API limited concurrency, lowered from 8 to 4",
    );
    expect(formatSummary({ ...stats, retries: 1, concurrency: 8 }, "snap", 8)).toBe(
      "synced 1000 models (2000 documents, 28.1 MB) into snap in 2.3 s, 1 retry",
    );
  });
});
