import { afterEach, describe, expect, it } from "vitest";
import type { Emulator, Fault, MockRequestInfo } from "../../src/mock/index.js";
import type { ToolError } from "../../src/shared/tool-error.js";
import { fetchSnapshot } from "../../src/sync/index.js";
import { cleanup, emulator, recordingSleep, smallSnapshot } from "./support.js";

afterEach(cleanup);

const IDS = Array.from({ length: 12 }, (_, index) => `acme/model-${String(index).padStart(2, "0")}`);

/**
 * The emulator's own concurrency gate covers chat only, so this stands in for
 * an API that limits document reads: each read holds its slot a little
 * while, and a read arriving while `limit` are in flight is refused.
 */
function readLimit(
  limit: number,
  served: () => Emulator,
  form: "envelope" | "http" = "envelope",
): (request: MockRequestInfo) => Fault | undefined {
  return (request) => {
    if (request.path === "/v1/models") return undefined;
    const inFlight = served().requests.filter(
      (logged) => logged.status === undefined && logged.sequence !== request.sequence,
    ).length;
    return inFlight >= limit ? { concurrency: form } : { delayMs: 10 };
  };
}

describe("adaptive concurrency on max_concurrency_exceeded", () => {
  it.each(["envelope", "http"] as const)(
    "halves once per burst of refusals and finishes every model (%s form)",
    async (form) => {
      let served: Emulator | undefined;
      served = await emulator({ snapshot: smallSnapshot(IDS), fault: readLimit(4, () => served!, form) });
      const { sleep } = recordingSleep();
      const { stats, snapshot } = await fetchSnapshot({ baseURL: served.url, concurrency: 8, sleep });
      expect(snapshot.models.map((model) => model.id)).toEqual(IDS);
      // 8 arrive together, 4 are refused: one halving (to 4), not four (to 1).
      expect(stats.concurrency).toBe(4);
      const refused = served.requests.filter((request) => request.errorCode === "max_concurrency_exceeded").length;
      expect(refused).toBeGreaterThanOrEqual(1);
      expect(stats.retries).toBe(refused);
      // Not hammering: at 8 in flight against a limit of 4, every wave of the
      // 24 reads would lose half (12 or more refusals). After the halving only
      // a straggler may still be refused: the fault model reads "in flight"
      // from the emulator's log, which marks a request done a moment after the
      // client already has its answer and has sent the next one.
      expect(refused).toBeLessThanOrEqual(6);
    },
  );

  it("keeps lowering while the API keeps refusing, down to what it allows", async () => {
    let served: Emulator | undefined;
    served = await emulator({ snapshot: smallSnapshot(IDS), fault: readLimit(2, () => served!) });
    const { sleep } = recordingSleep();
    const { stats } = await fetchSnapshot({ baseURL: served.url, concurrency: 8, sleep });
    expect(stats.concurrency).toBe(2);
    const refused = served.requests.filter((request) => request.errorCode === "max_concurrency_exceeded").length;
    // 8 -> 4 -> 2: the 6 of the first burst, a few of the second (how many
    // start before the second refusal arrives depends on timing), then none.
    expect(refused).toBeLessThanOrEqual(IDS.length);
    expect(stats.requests).toBe(1 + 2 * IDS.length + refused);
  });

  it("at concurrency 1 a refusal is retried without going lower", async () => {
    let refusedOnce = false;
    const served = await emulator({
      fault: (request) => {
        if (request.path === "/v1/models" || refusedOnce) return undefined;
        refusedOnce = true;
        return { concurrency: "envelope" };
      },
    });
    const { sleep, delays } = recordingSleep();
    const { stats } = await fetchSnapshot({ baseURL: served.url, concurrency: 1, sleep });
    expect(stats.concurrency).toBe(1);
    expect(delays).toHaveLength(1);
  });

  it("a refusal that never ends fails the model after the retries", async () => {
    const served = await emulator({
      fault: (request) =>
        request.path === "/v1/model/api.md" && request.model === "acme/alpha" ? { concurrency: "envelope" } : undefined,
    });
    const { sleep } = recordingSleep();
    const error = (await fetchSnapshot({ baseURL: served.url, sleep, maxRetries: 3 }).catch(
      (e: unknown) => e,
    )) as ToolError;
    expect(error.problems).toEqual([
      {
        model: "acme/alpha",
        message:
          "api.md: HTTP 200 with an error body (code 429) max_concurrency_exceeded: too many concurrent requests (after 4 attempts)",
      },
    ]);
  });

  it("never has more requests in flight than asked", async () => {
    let served: Emulator | undefined;
    let peak = 0;
    served = await emulator({
      snapshot: smallSnapshot(IDS),
      fault: (request) => {
        const inFlight = served!.requests.filter((logged) => logged.status === undefined).length;
        peak = Math.max(peak, inFlight);
        return request.path === "/v1/models" ? undefined : { delayMs: 5 };
      },
    });
    await fetchSnapshot({ baseURL: served.url, concurrency: 3 });
    expect(peak).toBe(3);
  });
});
