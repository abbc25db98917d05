/*
 * How the core turns a streaming response into the object an operation hands
 * out. An operation names its protocol and its public stream class once
 * (`streamKind(chatProtocol, Stream)`); the core opens every response with it
 * and knows nothing else about the format.
 */
import type { EventStream, EventStreamInit } from "./event-stream.js";
import type { StreamProtocol } from "./protocol.js";
import { ResponseFeed, type ResponseFeedInit } from "./response-feed.js";

/** A response whose headers said `text/event-stream`, with the call's settings. */
type StreamResponse = Omit<ResponseFeedInit<unknown, unknown>, "protocol"> & {
  /** The API key's forms, scrubbed from the stream's errors. */
  secrets: readonly string[];
};

export interface StreamKind {
  open(response: StreamResponse): EventStream<unknown, unknown>;
}

export function streamKind<Event, Final>(
  protocol: StreamProtocol<Event, Final>,
  View: new (init: EventStreamInit<Event, Final>) => EventStream<Event, Final>,
): StreamKind {
  return {
    open: (response) =>
      new View({
        feed: new ResponseFeed<Event, Final>({ ...response, protocol }),
        model: response.model,
        requestId: response.requestId,
        secrets: response.secrets,
      }) as EventStream<unknown, unknown>,
  };
}
