import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createConcurrencyGate } from "./concurrency-gate.js";
import { FaultSelector } from "./fault-injection.js";
import { createRouter } from "./router.js";
import { loadServedSnapshot } from "./served-snapshot.js";
import type { Emulator, EmulatorOptions, MockRequestLog } from "./types.js";
import { createVideoTasks } from "./videos/video-tasks.js";

/**
 * Serve a snapshot as an APIFree-compatible HTTP server (the wire of
 * design.md and wire.md) on loopback.
 *
 * ```ts
 * const emulator = await startEmulator({ snapshot: "snapshot" });   // or a StoredSnapshot / in-memory Snapshot
 * const client = new OpenAI({ apiKey: "sk-test", baseURL: emulator.url });  // url = "http://127.0.0.1:PORT/v1"
 * ...
 * expect(emulator.requests.map((r) => r.status)).toEqual([503, 200]);
 * await emulator.close();
 * ```
 *
 * Endpoints: `GET /v1/models`, `GET /v1/model/openapi.json?model=ID`,
 * `GET /v1/model/api.md?model=ID` (stored bytes; missing `model` -> HTTP 400,
 * unknown model -> HTTP 404, body `{"code":N,"error":{...}}`), and the text
 * protocols: `POST /v1/chat/completions`, `POST /v1/messages` (Anthropic),
 * `POST /v1/responses` (OpenAI Responses) and `POST /google/gemini` (at the
 * origin, outside /v1), and the video tasks: `POST /v1/videos` (JSON or
 * multipart), `GET /v1/videos/{task_id}`, `POST /v1/videos/{video_id}/remix`,
 * `GET /v1/videos/{video_id}/content`, the same under `/v1/openai/videos`
 * (see endpoints/videos.ts). Each needs a bearer key (401 otherwise; Messages also
 * takes `x-api-key`); body failures, and a model whose document does not
 * declare the operation, are HTTP-200 envelopes; replies are deterministic,
 * valid against the model's schemas for that operation, and stream in the
 * protocol's own wire format.
 *
 * Options: `maxConcurrency` (completion requests in flight beyond it get the
 * `max_concurrency_exceeded` envelope, HTTP `concurrencyStatus`, default 200);
 * `apiKeys` (only these keys pass); `requireAuthForReads`; `fault` (a hook
 * returning the Fault for a request; when it returns undefined the
 * `x-apifree-mock-fault` header decides, see fault-header.ts for its grammar);
 * `recordRequests` (default true; keep every request in `requests`);
 * `taskDurationMs` (a video task's time from queued to completed, default
 * 5000; the `x-apifree-mock-task-duration` header sets it per task),
 * `maxTasks` (default 1000, the oldest evicted first), `maxUploadBytes`
 * (multipart create bodies, default 64 MiB, else HTTP 413) and `now` (the
 * clock tasks are timed by).
 * The request header `x-apifree-mock-chunks: N` makes a reply carry exactly N
 * answer pieces, whatever the body's token limit (N content events when
 * streamed, in every protocol), for benchmarks.
 *
 * Rejects with a ToolError when the snapshot folder is missing or corrupt, and
 * with Node's listen error (code `EADDRINUSE`...) when the port is taken.
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const snapshot = await loadServedSnapshot(options.snapshot);
  const requests: MockRequestLog[] = [];
  const record = options.recordRequests === false ? () => {} : (log: MockRequestLog) => void requests.push(log);
  const router = createRouter(
    {
      snapshot,
      gate: createConcurrencyGate(options.maxConcurrency),
      faults: new FaultSelector(options.fault),
      apiKeys: options.apiKeys === undefined ? undefined : new Set(options.apiKeys),
      requireAuthForReads: options.requireAuthForReads ?? false,
      concurrencyStatus: options.concurrencyStatus ?? 200,
      videos: createVideoTasks(options),
    },
    record,
  );
  const server: Server = createServer({ keepAlive: true }, (request, response) => router.handle(request, response));
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const urlHost = host.includes(":") ? `[${host}]` : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${urlHost}:${port}/v1`,
    port,
    requests,
    close() {
      closing ??= new Promise<void>((resolve, reject) => {
        server.close((error) => (error === undefined ? resolve() : reject(error)));
        // Idle keep-alive sockets and stalled streams would hold close() open.
        server.closeAllConnections();
      });
      return closing;
    },
  };
}
