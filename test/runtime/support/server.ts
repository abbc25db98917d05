/*
 * A tiny scriptable HTTP server on 127.0.0.1:0 for runtime tests: each
 * request is logged (headers, raw body, socket id) and answered by the
 * test's handler; closed sockets are counted so tests can see a stream's
 * connection being released.
 */
import http from "node:http";
import type { AddressInfo, Socket } from "node:net";
import { afterEach } from "vitest";

interface LoggedRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** The body's bytes (a multipart upload is not UTF-8). */
  raw: Buffer;
  socket: number;
}

export type Handler = (
  req: http.IncomingMessage,
  res: http.ServerResponse,
  body: string,
  index: number,
) => void | Promise<void>;

export interface TestServer {
  /** Base URL including /v1. */
  url: string;
  requests: LoggedRequest[];
  /** How many client sockets have closed so far. */
  closedSockets(): number;
  /** Resolves once `n` sockets have closed. */
  waitForClosedSockets(n: number): Promise<void>;
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<TestServer> {
  const requests: LoggedRequest[] = [];
  const sockets = new Map<Socket, number>();
  let closed = 0;
  const closeWaiters: Array<{ n: number; resolve: () => void }> = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const raw = Buffer.concat(chunks);
      const body = raw.toString("utf8");
      const index = requests.length;
      requests.push({
        method: req.method ?? "",
        url: req.url ?? "",
        headers: req.headers,
        body,
        raw,
        socket: sockets.get(req.socket) ?? -1,
      });
      Promise.resolve(handler(req, res, body, index)).catch((error: unknown) => {
        res.destroy(error instanceof Error ? error : new Error(String(error)));
      });
    });
  });
  server.on("connection", (socket) => {
    sockets.set(socket, sockets.size);
    socket.on("close", () => {
      closed++;
      for (const waiter of closeWaiters.filter((w) => closed >= w.n)) waiter.resolve();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    closedSockets: () => closed,
    waitForClosedSockets: (n) =>
      closed >= n ? Promise.resolve() : new Promise((resolve) => closeWaiters.push({ n, resolve })),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

/** Writes an SSE response: each item is a chunk object (sent as JSON) or a raw string written as is. */
export function sendEvents(res: http.ServerResponse, items: Array<unknown>, options: { done?: boolean } = {}): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  for (const item of items) res.write(typeof item === "string" ? item : `data: ${JSON.stringify(item)}\n\n`);
  if (options.done !== false) res.write("data: [DONE]\n\n");
  res.end();
}

/**
 * Writes `head`, then `piece` over and over (respecting backpressure) until
 * `limit` bytes were written or the client closed the connection. Resolves
 * with the bytes written when the response closes: a client that stops
 * reading at a cap closes it long before `limit`.
 */
export function flood(res: http.ServerResponse, head: string, piece: string, limit: number): Promise<number> {
  let written = Buffer.byteLength(head);
  const closed = new Promise<number>((resolve) => res.on("close", () => resolve(written)));
  res.write(head);
  const chunk = Buffer.from(piece);
  const pump = (): void => {
    while (written < limit && !res.destroyed) {
      written += chunk.length;
      if (!res.write(chunk)) {
        res.once("drain", pump);
        return;
      }
    }
    res.end();
  };
  pump();
  return closed;
}

/** The servers of one test file: `serve(handler)` starts one; all are closed after each test. */
export function testServers(): (handler: Handler) => Promise<TestServer> {
  let servers: TestServer[] = [];
  afterEach(async () => {
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });
  return async (handler) => {
    const s = await startServer(handler);
    servers.push(s);
    return s;
  };
}
