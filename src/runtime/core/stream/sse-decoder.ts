/*
 * Server-sent events from the bytes of a response, with eventsource-parser
 * (CRLF and CR line ends, comments, multi-line `data`, a leading BOM). Events
 * and the lines it cannot read are queued in arrival order, so the events
 * before a bad line still reach the reader.
 *
 * The parser buffers the event being assembled (an unfinished line and the
 * `data` lines so far). `maxEventSize` caps that buffer: a server sending an
 * endless line or an endless event would otherwise grow the heap until the
 * process dies, and the idle timer never fires because bytes keep coming.
 */
import { createParser, type EventSourceParser } from "eventsource-parser";

export interface SseItem {
  /** The `event:` name; undefined for an unnamed event. */
  event?: string | undefined;
  data: string;
  /** Set when this is no event: a line that is not SSE, or an event past the size cap. */
  problem?: "malformed" | "too-large" | undefined;
}

export class SseDecoder {
  /** Events (and problems) decoded and not taken yet; the reader empties it. */
  readonly items: SseItem[] = [];
  readonly #text = new TextDecoder();
  readonly #parser: EventSourceParser;
  #stopped = false;

  /** `maxEventSize`: the most characters one event may hold while it is assembled. */
  constructor(maxEventSize: number) {
    this.#parser = createParser({
      // Caps what the parser holds back (an unfinished line, the data lines so far)...
      maxBufferSize: maxEventSize,
      onEvent: (event) => {
        // ...and an event that arrived whole within one read is held to the same cap.
        if (event.data.length > maxEventSize) this.#tooLarge();
        else if (!this.#stopped) this.items.push(event);
      },
      onError: (error) => {
        if (error.type === "max-buffer-size-exceeded") {
          this.#tooLarge();
        } else if (error.type !== "invalid-retry") {
          const line = error.line ?? `${error.field ?? ""}: ${error.value ?? ""}`;
          this.items.push({ data: line, problem: "malformed" });
        }
      },
    });
  }

  #tooLarge(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.items.push({ data: "", problem: "too-large" });
  }

  feed(bytes: Uint8Array): void {
    // Past the cap the parser refuses more input; the reader stops at the problem anyway.
    if (!this.#stopped) this.#parser.feed(this.#text.decode(bytes, { stream: true }));
  }
}
