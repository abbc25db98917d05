import type { IncomingMessage } from "node:http";
import { Request } from "undici";

/*
 * A multipart/form-data body, parsed by undici's own parser (the one behind
 * `Request.formData()`, which fetch users rely on) from the request as it
 * arrives. The byte cap is enforced while streaming, before the parser gets
 * the bytes: past it the parse stops at once and the rest of the upload is
 * read and thrown away, so the client finishes sending and reads the refusal
 * instead of blocking on a full socket.
 */

export class UploadTooLarge extends Error {}

export class MalformedMultipart extends Error {}

/** One form field: its text, or what the emulator keeps of a file (not its bytes). */
type FormValue = string | { filename: string; type: string; size: number };

/** The fields in the order sent; a name sent twice appears twice. */
export type FormEntries = Array<[string, FormValue]>;

function cappedBody(request: IncomingMessage, maxBytes: number): ReadableStream<Uint8Array> {
  let size = 0;
  let over = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      request.on("data", (chunk: Buffer) => {
        if (over) return;
        size += chunk.byteLength;
        if (size > maxBytes) {
          over = true;
          controller.error(new UploadTooLarge(`multipart body is larger than ${maxBytes} bytes`));
          request.resume(); // discard the rest; see above
          return;
        }
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 1) <= 0) request.pause();
      });
      request.once("end", () => {
        if (!over) controller.close();
      });
      request.once("error", (error) => {
        if (!over) controller.error(error);
      });
      // A client gone mid-upload must end the parse, whether or not Node reported an error first.
      request.once("close", () => {
        if (!over && !request.complete) controller.error(new Error("the client closed the connection mid-upload"));
      });
    },
    pull() {
      if (!over) request.resume();
    },
  });
}

/**
 * The form's entries. Rejects with UploadTooLarge past `maxBytes`, with
 * MalformedMultipart when the body does not parse (a missing or wrong
 * boundary, a truncated part), and with the request's own error when the
 * client goes away mid-upload.
 */
export async function readMultipart(
  request: IncomingMessage,
  contentType: string,
  maxBytes: number,
): Promise<FormEntries> {
  const body = cappedBody(request, maxBytes);
  const parsing = new Request("http://emulator.invalid/", {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    duplex: "half",
  });
  let form: Awaited<ReturnType<typeof parsing.formData>>;
  try {
    form = await parsing.formData();
  } catch (error) {
    if (error instanceof UploadTooLarge) throw error;
    const cause = (error as Error).cause;
    if (cause instanceof UploadTooLarge) throw cause;
    if (request.destroyed && !request.complete) throw error;
    throw new MalformedMultipart((error as Error).message);
  }
  const entries: FormEntries = [];
  for (const [name, value] of form) {
    entries.push([
      name,
      typeof value === "string" ? value : { filename: value.name, type: value.type, size: value.size },
    ]);
  }
  return entries;
}
