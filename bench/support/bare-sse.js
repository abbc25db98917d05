// The benches' floor for reading a stream: eventsource-parser alone, each
// event's data parsed as JSON and counted, nothing validated or typed.
import { createParser } from "eventsource-parser";

/** The number of JSON events in an SSE body (`[DONE]` not counted). */
export async function countJsonEvents(body) {
  let n = 0;
  const parser = createParser({
    onEvent: (event) => {
      if (event.data === "[DONE]") return;
      JSON.parse(event.data);
      n++;
    },
  });
  const decoder = new TextDecoder();
  for await (const bytes of body) parser.feed(decoder.decode(bytes, { stream: true }));
  return n;
}
