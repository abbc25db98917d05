/*
 * videos.create with a file: the multipart body (parsed on the server with
 * undici's own parser), every kind of upload Node code holds, validation
 * before any byte goes out, and which uploads a failed attempt may resend.
 */
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { InternalServerError, toFile, UploadError, ValidationError } from "apifree-typed";
import { afterAll, describe, expect, it } from "vitest";
import { createClient } from "../../generated/index.js";
import { recordingClock } from "./support/clock.js";
import { sendJson, testServers } from "./support/server.js";
import { parseForm, soraTask } from "./support/videos.js";

const serve = testServers();
const dir = mkdtempSync(path.join(os.tmpdir(), "apifree-upload-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Bytes that are not UTF-8, so a text round trip would show. */
const IMAGE = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37) % 256));

function taskServer() {
  return serve((_req, res) => sendJson(res, 200, soraTask()));
}

async function fileOf(form: FormData, name: string): Promise<{ name: string; type: string; bytes: Buffer }> {
  const value = form.get(name);
  expect(value).toBeInstanceOf(Blob);
  const file = value as File;
  return { name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) };
}

describe("multipart create", () => {
  it("sends every field in the body's order, the file as a part with its name and type, with its length", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const task = await client.videos.create({
      model: "kling-v2.5",
      prompt: 'a "quoted"\nprompt',
      cfg_scale: 0.75,
      mode: "pro",
      input_reference: new File([IMAGE], "first frame.png", { type: "image/png" }),
      seconds: "10",
    });
    expect(task).toEqual(soraTask());
    const [request] = s.requests;
    expect(request!.url).toBe("/v1/videos");
    expect(request!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(Number(request!.headers["content-length"])).toBe(request!.raw.length);
    const form = await parseForm(request!);
    expect([...form.keys()]).toEqual(["model", "prompt", "cfg_scale", "mode", "input_reference", "seconds"]);
    expect(form.get("model")).toBe("kling-v2.5");
    expect(form.get("prompt")).toBe('a "quoted"\nprompt');
    expect(form.get("cfg_scale")).toBe("0.75");
    expect(form.get("seconds")).toBe("10");
    expect(await fileOf(form, "input_reference")).toEqual({ name: "first frame.png", type: "image/png", bytes: IMAGE });
  });

  const file = path.join(dir, "ref.webp");
  writeFileSync(file, IMAGE);

  const sources: Array<[string, () => Promise<unknown> | unknown, { name: string; type: string; chunked: boolean }]> = [
    ["a Blob", () => new Blob([IMAGE]), { name: "upload", type: "application/octet-stream", chunked: false }],
    [
      "a File",
      () => new File([IMAGE], "f.jpg", { type: "image/jpeg" }),
      { name: "f.jpg", type: "image/jpeg", chunked: false },
    ],
    ["a Buffer", () => Buffer.from(IMAGE), { name: "upload", type: "application/octet-stream", chunked: false }],
    ["a Uint8Array", () => new Uint8Array(IMAGE), { name: "upload", type: "application/octet-stream", chunked: false }],
    ["toFile(path)", () => toFile(file), { name: "ref.webp", type: "image/webp", chunked: false }],
    ["toFile(buffer, name)", () => toFile(IMAGE, "x.png"), { name: "x.png", type: "image/png", chunked: false }],
    ["fs.createReadStream", () => createReadStream(file), { name: "ref.webp", type: "image/webp", chunked: true }],
    [
      "a Node Readable",
      () => Readable.from([IMAGE.subarray(0, 1000), IMAGE.subarray(1000)]),
      { name: "upload", type: "application/octet-stream", chunked: true },
    ],
    [
      "a web ReadableStream",
      () => new Blob([IMAGE]).stream(),
      { name: "upload", type: "application/octet-stream", chunked: true },
    ],
    [
      "toFile(stream, name, { type, size })",
      () => toFile(Readable.from([IMAGE]), "s.bin", { type: "image/png", size: IMAGE.length }),
      { name: "s.bin", type: "image/png", chunked: false },
    ],
  ];

  it.each(sources)("uploads %s", async (_name, make, expected) => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const input_reference = (await make()) as Blob;
    await client.videos.create({ model: "sora-2", prompt: "x", input_reference });
    const [request] = s.requests;
    expect(request!.headers["transfer-encoding"] === "chunked").toBe(expected.chunked);
    if (!expected.chunked) expect(Number(request!.headers["content-length"])).toBe(request!.raw.length);
    const form = await parseForm(request!);
    expect(await fileOf(form, "input_reference")).toEqual({ name: expected.name, type: expected.type, bytes: IMAGE });
  });

  it("a file path is read as it is sent, and again on a retry, byte for byte", async () => {
    const s = await serve((_req, res, _body, i) =>
      i === 0 ? sendJson(res, 503, { error: { message: "busy" } }) : sendJson(res, 200, soraTask()),
    );
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", clock: recordingClock().clock });
    await client.videos.create({ model: "sora-2", prompt: "x", input_reference: await toFile(file) });
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]!.raw.equals(s.requests[0]!.raw)).toBe(true);
    expect(await fileOf(await parseForm(s.requests[1]!), "input_reference")).toMatchObject({ bytes: IMAGE });
  });
});

describe("validation before the upload", () => {
  it("a bad field uploads nothing: no request, and the stream is not read", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const stream = Readable.from([IMAGE]);
    const error = await client.videos
      .create({ model: "kling-v2.5", prompt: "x", size: "720x1280" as "1080x1080", input_reference: stream })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.pointer)).toEqual(["/size"]);
    const missing = await client.videos
      .create({ model: "kling-v2.5", input_reference: stream } as never)
      .catch((e: unknown) => e);
    expect((missing as Error).message).toMatch(/prompt/);
    expect(s.requests).toHaveLength(0);
    expect(stream.readableDidRead).toBe(false);
  });

  it("the multipart text fields are checked with their JSON types (kling's cfg_scale is a number 0 to 1)", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await client.videos
      .create({ model: "kling-v2.5", prompt: "x", cfg_scale: 2, input_reference: IMAGE })
      .catch((e: unknown) => e);
    expect((error as ValidationError).issues.map((i) => i.pointer)).toEqual(["/cfg_scale"]);
    expect(s.requests).toHaveLength(0);
  });

  it("a model whose document takes no file refuses one", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await client.videos
      .create({ model: "veo-3.1", prompt: "x", input_reference: IMAGE } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/input_reference/);
    expect(s.requests).toHaveLength(0);
  });

  it("a path given as a string is refused with a hint to use toFile", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const error = await client.videos
      .create({ model: "sora-2", prompt: "x", input_reference: "./ref.png" } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toContain("toFile(path)");
    expect(s.requests).toHaveLength(0);
  });

  it("a stream that was already read is refused, not sent truncated", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test" });
    const stream = Readable.from([IMAGE]);
    for await (const _ of stream) {
      // drain it
    }
    const error = await client.videos
      .create({ model: "sora-2", prompt: "x", input_reference: stream })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as Error).message).toMatch(/already read/);
    expect(s.requests).toHaveLength(0);
  });
});

describe("retries of an upload", () => {
  it("in-memory data is sent again after a 503; a stream, once read, is not", async () => {
    const busy = (res: Parameters<Parameters<typeof serve>[0]>[1]) =>
      sendJson(res, 503, { error: { message: "busy", type: "server_error" } });
    const s = await serve((_req, res, _body, i) => (i === 0 ? busy(res) : sendJson(res, 200, soraTask())));
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", clock: recordingClock().clock });
    await client.videos.create({ model: "sora-2", prompt: "x", input_reference: IMAGE });
    expect(s.requests).toHaveLength(2);
    expect(s.requests[1]!.raw.equals(s.requests[0]!.raw)).toBe(true);

    const t = await serve((_req, res) => busy(res));
    const again = createClient({ baseURL: t.url, apiKey: "sk-test", clock: recordingClock().clock });
    const error = await again.videos
      .create({ model: "sora-2", prompt: "x", input_reference: Readable.from([IMAGE]) })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect((error as Error).message).toContain("not retried: the upload was read from a stream");
    expect(t.requests).toHaveLength(1);
  });

  it("a stream that fails while being sent gives UploadError, not a retry", async () => {
    const s = await taskServer();
    const client = createClient({ baseURL: s.url, apiKey: "sk-test", clock: recordingClock().clock });
    const failing = Readable.from(
      (async function* () {
        yield IMAGE.subarray(0, 100);
        throw new Error("disk on fire");
      })(),
    );
    const error = await client.videos
      .create({ model: "sora-2", prompt: "x", input_reference: failing })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UploadError);
    expect((error as UploadError).field).toBe("input_reference");
    expect((error as Error).message).toMatch(/input_reference.*sora-2.*disk on fire/);
    expect(s.requests.length).toBeLessThanOrEqual(1);
  });

  it("toFile of a missing path fails at toFile, before any call", async () => {
    await expect(toFile(path.join(dir, "missing.png"))).rejects.toThrow(/ENOENT.*missing\.png/);
    await expect(toFile(dir)).rejects.toThrow(/is not a file/);
  });
});
