/*
 * Stream.tee(): two feeds that each see every event of one source, at their
 * own pace (as openai-node's tee). Each pull of either branch that finds its
 * queue empty reads the next step of the source once and queues it for both,
 * so an error reaches both branches in the same place. A branch that leaves
 * early stops receiving; the source is stopped when both have left. There is
 * one connection: abort() on either branch closes it for both.
 */
import type { APIFreeError } from "../errors.js";
import { COMPLETE, type Stop } from "./event-decoder.js";
import type { EventFeed } from "./feed.js";

export function teeFeeds<Event, Final>(
  source: AsyncIterator<Event>,
  parent: EventFeed<Event, Final>,
): [EventFeed<Event, Final>, EventFeed<Event, Final>] {
  const queues: Array<Array<Promise<IteratorResult<Event>>>> = [[], []];
  const open = [true, true];

  const nextFor = (side: 0 | 1): Promise<IteratorResult<Event>> => {
    const queue = queues[side]!;
    if (queue.length === 0) {
      const step = source.next();
      // Each branch awaits its copy when it gets there; none is ever unhandled.
      step.catch(() => undefined);
      for (const other of [0, 1] as const) if (open[other]) queues[other]!.push(step);
    }
    return queue.shift()!;
  };

  const branch = (side: 0 | 1): EventFeed<Event, Final> => ({
    get reason(): APIFreeError | undefined {
      return parent.reason;
    },
    start(): void {
      // The source started when tee() took its iterator.
    },
    async pull(into: Event[]): Promise<Stop | undefined> {
      const step = await nextFor(side);
      if (step.done) return COMPLETE;
      into.push(step.value);
      return undefined;
    },
    abort(reason: APIFreeError): void {
      parent.abort(reason);
    },
    async close(failure: APIFreeError | undefined): Promise<void> {
      open[side] = false;
      queues[side]!.length = 0;
      // Both branches left before the end: nobody reads the source any more.
      if (failure && !open[side === 0 ? 1 : 0]) await source.return?.();
    },
    result: () => parent.result(),
  });

  return [branch(0), branch(1)];
}
