/*
 * Reading a whole response body without letting a server decide how much
 * memory that takes. Both sync (documents) and the runtime (non-stream
 * answers) read bodies through here.
 */
import type { Readable } from "node:stream";

export type CappedBody =
  | { ok: true; bytes: Buffer }
  /** Over the cap: `declared` is the content-length when that alone gave it away. */
  | { ok: false; declared: number | undefined };

/**
 * The whole body, or a refusal as soon as it is known to pass `maxBytes`: a
 * declared content-length over the cap is refused before a byte is read, a
 * longer body when the byte past the cap arrives. A refused body is
 * destroyed, which aborts the request and closes its connection: the rest is
 * never read. A body that fails while read rejects with that error.
 */
export function readCapped(body: Readable, maxBytes: number, contentLength: unknown): Promise<CappedBody> {
  const declared = Number(Array.isArray(contentLength) ? contentLength[0] : contentLength);
  if (contentLength !== undefined && Number.isFinite(declared) && declared > maxBytes) {
    // Destroying aborts the request; that abort is expected, not an error to surface.
    body.on("error", () => {});
    body.destroy();
    return Promise.resolve({ ok: false, declared });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > maxBytes) {
        body.off("data", onData);
        body.on("error", () => {});
        body.destroy();
        resolve({ ok: false, declared: undefined });
        return;
      }
      chunks.push(chunk);
    };
    body.on("data", onData);
    body.once("end", () =>
      resolve({ ok: true, bytes: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) }),
    );
    body.once("error", reject);
  });
}
