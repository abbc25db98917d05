import { describe, expect, it } from "vitest";
import { taskPhase } from "../../../src/mock/videos/task-phase.js";
import { TaskStore, type VideoTask } from "../../../src/mock/videos/task-store.js";

const timing = { createdAtMs: 1_000_000, durationMs: 10_000, fails: false };

describe("taskPhase: computed from the creation time, no timers", () => {
  it("queued for the first tenth, in_progress with rising progress, then completed at the end", () => {
    const at = (ms: number) => taskPhase(timing, timing.createdAtMs + ms);
    expect(at(0)).toEqual({ status: "queued", progress: 0 });
    expect(at(999)).toEqual({ status: "queued", progress: 0 });
    expect(at(1000)).toEqual({ status: "in_progress", progress: 10 });
    expect(at(5000)).toEqual({ status: "in_progress", progress: 50 });
    expect(at(9999)).toEqual({ status: "in_progress", progress: 99 });
    expect(at(10_000)).toEqual({ status: "completed", progress: 100, finishedAtMs: 1_010_000 });
    expect(at(99_999)).toEqual(at(10_000));
    const progress = Array.from({ length: 100 }, (_unused, i) => at(i * 100).progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
  });

  it("a clock behind the creation time reads as just created", () => {
    expect(taskPhase(timing, timing.createdAtMs - 5000)).toEqual({ status: "queued", progress: 0 });
  });

  it("a zero duration is completed at once", () => {
    expect(taskPhase({ ...timing, durationMs: 0 }, timing.createdAtMs)).toMatchObject({ status: "completed" });
  });

  it("a failing task fails halfway and keeps the progress it had reached", () => {
    const failing = { ...timing, fails: true };
    expect(taskPhase(failing, timing.createdAtMs + 4999)).toEqual({ status: "in_progress", progress: 49 });
    expect(taskPhase(failing, timing.createdAtMs + 5000)).toEqual({
      status: "failed",
      progress: 50,
      finishedAtMs: 1_005_000,
    });
    expect(taskPhase(failing, timing.createdAtMs + 60_000).status).toBe("failed");
    expect(taskPhase({ ...failing, durationMs: 0 }, timing.createdAtMs)).toMatchObject({
      status: "failed",
      progress: 0,
    });
  });
});

describe("TaskStore", () => {
  const task = (id: string): VideoTask => ({
    id,
    model: "m",
    createdAtMs: 0,
    durationMs: 0,
    prompt: "p",
    size: undefined,
    seconds: undefined,
  });

  it("keeps at most its bound, evicting the oldest first", () => {
    const store = new TaskStore(3);
    for (const id of ["a", "b", "c", "d", "e"]) store.add(task(id));
    expect(store.size).toBe(3);
    expect(["a", "b", "c", "d", "e"].map((id) => store.get(id)?.id)).toEqual([undefined, undefined, "c", "d", "e"]);
  });

  it("finds nothing through the prototype", () => {
    const store = new TaskStore(2);
    expect(store.get("__proto__")).toBeUndefined();
    expect(store.get("constructor")).toBeUndefined();
  });

  it("refuses a bound below 1", () => {
    expect(() => new TaskStore(0)).toThrow(RangeError);
  });
});
