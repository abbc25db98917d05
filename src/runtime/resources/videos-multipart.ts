/*
 * A create body as multipart/form-data (RFC 7578), streamed: each text field
 * is encoded up front, each file part is read from its source only while the
 * request is being written, so a 200 MB upload never sits in memory.
 *
 * Hand-written (about forty lines) because no library streams a part of
 * unknown length: undici's FormData (what fetch and openai-node use) takes
 * only Blobs, and `toFile` of a stream in openai-node reads it whole. The
 * escaping of names is WHATWG's (`"`, CR and LF percent-encoded), as undici
 * and browsers send it; values are sent byte for byte (no newline rewriting).
 * Tests parse the output with undici's own multipart parser.
 */
import { randomBytes } from "node:crypto";
import type { StreamBody } from "../core/client-core.js";
import { UploadError } from "./videos-errors.js";
import type { UploadFile } from "./videos-upload.js";

/** One form field: text, or a file. */
export type FormPart = { name: string; text: string } | { name: string; file: UploadFile };

const encoder = new TextEncoder();
const CRLF = encoder.encode("\r\n");

function escapeName(name: string): string {
  return name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function partHead(boundary: string, part: FormPart): Uint8Array {
  let head = `--${boundary}\r\nContent-Disposition: form-data; name="${escapeName(part.name)}"`;
  if ("file" in part) {
    head += `; filename="${escapeName(part.file.name)}"\r\nContent-Type: ${part.file.type.replace(/[\r\n]/g, "")}`;
  }
  return encoder.encode(`${head}\r\n\r\n`);
}

async function* fileBytes(part: { name: string; file: UploadFile }, model: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of part.file.stream()) yield typeof chunk === "string" ? encoder.encode(chunk) : chunk;
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new UploadError(
      `Reading the upload for '${part.name}' (${part.file.name}) failed while sending it for model '${model}': ${why}`,
      part.name,
      model,
      cause,
    );
  }
}

/** The parts as a streamed body: its length known when every file's size is, replayable when every file is. */
export function multipartBody(parts: readonly FormPart[], model: string): StreamBody {
  const boundary = `----apifree-${randomBytes(16).toString("hex")}`;
  const heads = parts.map((part) => partHead(boundary, part));
  const texts = parts.map((part) => ("text" in part ? encoder.encode(part.text) : undefined));
  const closing = encoder.encode(`--${boundary}--\r\n`);
  let length: number | undefined = closing.byteLength;
  parts.forEach((part, i) => {
    const size = "file" in part ? part.file.size : texts[i]!.byteLength;
    length = length === undefined || size === undefined ? undefined : length + heads[i]!.byteLength + size + 2;
  });
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    length,
    replayable: parts.every((part) => !("file" in part) || part.file.replayable),
    open: async function* () {
      for (const [i, part] of parts.entries()) {
        yield heads[i]!;
        if ("file" in part) yield* fileBytes(part, model);
        else yield texts[i]!;
        yield CRLF;
      }
      yield closing;
    },
  };
}
