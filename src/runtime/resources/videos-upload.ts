/*
 * What an upload field (`input_reference`) accepts, reduced to one shape:
 * an UploadFile with a name, a type, a size when known, and its bytes as an
 * async iterable, read only while the request is being sent.
 *
 * Nothing here reads a file or a stream ahead: a path becomes a file-backed
 * Blob (`fs.openAsBlob`: size from the file, bytes read as sent, again on a
 * retry), a stream is passed through as it arrives. In-memory data
 * (Buffer, Uint8Array, ArrayBuffer) is sent from the caller's own bytes,
 * without a copy.
 */
import { openAsBlob } from "node:fs";
import { stat } from "node:fs/promises";
import path from "node:path";

/** A web ReadableStream, a Node Readable, or any async iterable of bytes (strings are read as UTF-8). */
export type ByteStream = AsyncIterable<Uint8Array | string> | ReadableStream<Uint8Array>;

/**
 * What `input_reference` accepts: a Blob or File, a Buffer or Uint8Array (or
 * ArrayBuffer), a Node or web stream, or what `toFile(...)` returns (the way
 * to pass a file path, or to name a stream and give its type).
 */
export type Uploadable = Blob | Uint8Array | ArrayBuffer | ByteStream | UploadFile;

export interface ToFileOptions {
  /** The part's content type; default: from the name's extension (`.png` → `image/png`), else `application/octet-stream`. */
  type?: string | undefined;
  /** The byte count of a stream, when the caller knows it: sent as content-length (a stream of another length then fails). */
  size?: number | undefined;
}

/** A file for an upload field. Made by `toFile()`, or by the client from any other Uploadable. */
export class UploadFile {
  readonly name: string;
  readonly type: string;
  /** Bytes, when known before sending; an upload of unknown size is sent chunked. */
  readonly size: number | undefined;
  /** Whether the bytes can be read again (a retry): in-memory data and files can, a stream cannot. */
  readonly replayable: boolean;
  readonly #read: () => AsyncIterable<Uint8Array | string>;
  #opened = false;

  constructor(
    init: { name: string; type: string; size: number | undefined; replayable: boolean },
    read: () => AsyncIterable<Uint8Array | string>,
  ) {
    this.name = init.name;
    this.type = init.type;
    this.size = init.size;
    this.replayable = init.replayable;
    this.#read = read;
  }

  /** Whether a one-shot file was already read by an earlier request (it cannot be sent again). */
  get spent(): boolean {
    return this.#opened && !this.replayable;
  }

  /** The bytes, read as they are consumed. */
  stream(): AsyncIterable<Uint8Array | string> {
    this.#opened = true;
    return this.#read();
  }
}

const TYPES: Readonly<Record<string, string>> = {
  ".gif": "image/gif",
  ".jpeg": "image/jpeg",
  ".jpg": "image/jpeg",
  ".mov": "video/quicktime",
  ".mp4": "video/mp4",
  ".png": "image/png",
  ".webm": "video/webm",
  ".webp": "image/webp",
};

/** The type for a file name: images and videos by extension, anything else as octet-stream. */
function typeFor(name: string): string {
  return TYPES[path.extname(name).toLowerCase()] ?? "application/octet-stream";
}

const DEFAULT_NAME = "upload";

function isWebStream(value: unknown): value is ReadableStream<Uint8Array> {
  return typeof ReadableStream !== "undefined" && value instanceof ReadableStream;
}

function isAsyncIterable(value: unknown): value is AsyncIterable<Uint8Array | string> {
  return (
    typeof value === "object" &&
    value !== null &&
    typeof (value as { [Symbol.asyncIterator]?: unknown })[Symbol.asyncIterator] === "function"
  );
}

/** Whether a body value is something to upload rather than a form field's text. */
export function isUploadable(value: unknown): value is Uploadable {
  return (
    value instanceof UploadFile ||
    value instanceof Blob ||
    value instanceof Uint8Array ||
    value instanceof ArrayBuffer ||
    isWebStream(value) ||
    isAsyncIterable(value)
  );
}

/** A Node stream that can no longer give all its bytes: read, ended or destroyed. */
function isUsedStream(value: object): boolean {
  const stream = value as { destroyed?: unknown; readableEnded?: unknown; readableDidRead?: unknown };
  return stream.destroyed === true || stream.readableEnded === true || stream.readableDidRead === true;
}

/** The name a stream carries (an fs.ReadStream's path). */
function streamName(value: object): string | undefined {
  const file = (value as { path?: unknown }).path;
  if (typeof file === "string") return path.basename(file);
  if (Buffer.isBuffer(file)) return path.basename(file.toString("utf8"));
  return undefined;
}

function once(bytes: Uint8Array): () => AsyncIterable<Uint8Array> {
  return async function* () {
    yield bytes;
  };
}

/**
 * Why an upload value cannot be sent, or undefined when it can: a one-shot
 * stream is refused once something has read from it, since it would send a
 * truncated or empty file.
 */
export function unusableReason(value: Uploadable): string | undefined {
  if (value instanceof UploadFile) return value.spent ? "its stream was already read by an earlier request" : undefined;
  if (isWebStream(value)) return value.locked ? "the stream is locked (already being read)" : undefined;
  if (!(value instanceof Blob || value instanceof Uint8Array || value instanceof ArrayBuffer) && isUsedStream(value))
    return "the stream was already read, ended or destroyed";
  return undefined;
}

/** Any Uploadable as an UploadFile; `name` and `options.type` apply where the value carries none. */
export function asUploadFile(value: Uploadable, name?: string, options: ToFileOptions = {}): UploadFile {
  if (value instanceof UploadFile) return value;
  if (value instanceof Blob) {
    const fileName = name ?? (value instanceof File && value.name !== "" ? value.name : DEFAULT_NAME);
    const type = options.type ?? (value.type === "" ? typeFor(fileName) : value.type);
    return new UploadFile({ name: fileName, type, size: value.size, replayable: true }, () =>
      (value.stream() as ReadableStream<Uint8Array>).values(),
    );
  }
  if (value instanceof Uint8Array || value instanceof ArrayBuffer) {
    const bytes = value instanceof ArrayBuffer ? new Uint8Array(value) : value;
    const fileName = name ?? DEFAULT_NAME;
    const type = options.type ?? typeFor(fileName);
    return new UploadFile({ name: fileName, type, size: bytes.byteLength, replayable: true }, once(bytes));
  }
  const fileName = name ?? streamName(value) ?? DEFAULT_NAME;
  const type = options.type ?? typeFor(fileName);
  const read = isWebStream(value) ? () => value.values() : () => value;
  return new UploadFile({ name: fileName, type, size: options.size, replayable: false }, read);
}

/**
 * A file for `input_reference` from what Node code holds, like openai-node's
 * `toFile`, but never read into memory: a path (a string) is opened as a
 * file-backed Blob, read as the request is sent (and again on a retry); a
 * stream is sent as it arrives (chunked, unless `size` is given), and cannot
 * be retried once read; a Blob, File, Buffer or Uint8Array is sent from the
 * caller's bytes.
 *
 *   await client.videos.create({ model: "sora-2", prompt, input_reference: await toFile("./first-frame.png") });
 */
export async function toFile(
  value: string | Uploadable,
  name?: string,
  options: ToFileOptions = {},
): Promise<UploadFile> {
  if (typeof value === "string") {
    const fileName = name ?? path.basename(value);
    const type = options.type ?? typeFor(fileName);
    // openAsBlob's own error does not name the path ("Unable to open file as blob"): stat says which and why.
    const info = await stat(value);
    if (!info.isFile()) throw new TypeError(`toFile: ${JSON.stringify(value)} is not a file`);
    const blob = await openAsBlob(value, { type });
    return new UploadFile({ name: fileName, type, size: blob.size, replayable: true }, () =>
      (blob.stream() as ReadableStream<Uint8Array>).values(),
    );
  }
  if (!isUploadable(value)) {
    throw new TypeError("toFile() takes a file path, a Blob or File, a Buffer or Uint8Array, or a stream of bytes");
  }
  return asUploadFile(value, name, options);
}
