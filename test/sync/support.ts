import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Emulator, EmulatorOptions, Fault, MockRequestInfo } from "../../src/mock/index.js";
import { startEmulator } from "../../src/mock/index.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import type { Sleep } from "../../src/sync/types.js";

export const ROOT = path.resolve(import.meta.dirname, "../..");

/** A valid contract: POST /v1/chat/completions with a $ref'd JSON request and a JSON 200 response. */
export function chatDocument(id: string, version: "3.0.3" | "3.1.0" = "3.1.0"): Record<string, unknown> {
  return {
    openapi: version,
    info: { title: id, version: "1" },
    paths: {
      "/v1/chat/completions": {
        post: {
          requestBody: {
            required: true,
            content: { "application/json": { schema: { $ref: "#/components/schemas/Request" } } },
          },
          responses: {
            "200": {
              description: "ok",
              content: { "application/json": { schema: { $ref: "#/components/schemas/Response" } } },
            },
          },
        },
      },
    },
    components: {
      schemas: {
        Request: {
          type: "object",
          required: ["model", "messages"],
          properties: { model: { type: "string", enum: [id] }, messages: { type: "array" } },
        },
        Response: { type: "object", properties: { id: { type: "string" } } },
      },
    },
  };
}

/** A small snapshot whose ids exercise the file-name rules (plain, ':' and a hashed one) and a CRLF api.md. */
export function smallSnapshot(
  ids: readonly string[] = ["acme/alpha", "acme/beta:free", "Other Vendor/Gamma 2"],
): Snapshot {
  return {
    catalog: {
      object: "list",
      data: ids.map((id, index) => ({
        id,
        object: "model",
        created: 1_760_000_000 + index,
        owned_by: id.split("/")[0] ?? id,
      })),
    },
    models: ids.map((id, index) => ({
      id,
      document: chatDocument(id, index % 2 === 0 ? "3.1.0" : "3.0.3"),
      apiMd:
        index === 1 ? `# ${id}\r\n\r\nCRLF and no final newline — ünïcödé` : `# ${id}\n\nPOST /v1/chat/completions\n`,
    })),
  };
}

const cleanups: Array<() => Promise<void>> = [];

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "apifree-sync-"));
  cleanups.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

export async function emulator(
  options: Omit<EmulatorOptions, "snapshot"> & { snapshot?: EmulatorOptions["snapshot"] } = {},
): Promise<Emulator> {
  const started = await startEmulator({ snapshot: smallSnapshot(), ...options });
  cleanups.push(() => started.close());
  return started;
}

export async function cleanup(): Promise<void> {
  await Promise.all(cleanups.splice(0).map((close) => close()));
}

/** Every file under `dir`, relative path -> bytes, for byte-for-byte comparisons. */
export async function readTree(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    files.set(path.relative(dir, full).split(path.sep).join("/"), await readFile(full));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A previous snapshot on disk, and what has happened to it since: empty while it is byte-for-byte the same. */
export async function previousSnapshot(): Promise<{ dir: string; changes: () => Promise<string[]> }> {
  const dir = path.join(await tempDir(), "snapshot");
  await writeSnapshot(dir, smallSnapshot(["old/model"]));
  const before = await readTree(dir);
  const parent = path.dirname(dir);
  return {
    dir,
    changes: async () => {
      const after = await readTree(dir);
      const siblings = (await readdir(parent)).filter((name) => name !== "snapshot");
      return [
        ...siblings.map((name) => `left beside it: ${name}`),
        ...[...before.keys()].filter((file) => !after.has(file)).map((file) => `removed: ${file}`),
        ...[...after.keys()].filter((file) => !before.has(file)).map((file) => `added: ${file}`),
        ...[...before]
          .filter(([file, bytes]) => after.get(file)?.equals(bytes) === false)
          .map(([file]) => `changed: ${file}`),
      ];
    },
  };
}

/** A sleep that records what it was asked to wait and returns at once. */
export function recordingSleep(): { sleep: Sleep; delays: number[] } {
  const delays: number[] = [];
  return {
    delays,
    sleep: async (ms, signal) => {
      signal.throwIfAborted();
      delays.push(ms);
    },
  };
}

/** A fault for the first `times` requests that match. */
export function faultTimes(
  times: number,
  match: (request: MockRequestInfo) => boolean,
  fault: Fault,
): (request: MockRequestInfo) => Fault | undefined {
  let used = 0;
  return (request) => {
    if (!match(request) || used >= times) return undefined;
    used += 1;
    return fault;
  };
}

/** The part of a request (as the fault hook or the log sees it) the matchers look at. */
export type RequestLike = Pick<MockRequestInfo, "path" | "model">;

export const isCatalog = (request: RequestLike): boolean => request.path === "/v1/models";
export const isDocumentOf =
  (id: string) =>
  (request: RequestLike): boolean =>
    request.path === "/v1/model/openapi.json" && request.model === id;
export const isApiMdOf =
  (id: string) =>
  (request: RequestLike): boolean =>
    request.path === "/v1/model/api.md" && request.model === id;

/**
 * A hand-written API on 127.0.0.1:0 that serves `ids` normally, except the
 * openapi.json of `slowId`: its headers come at once, then one byte every
 * 100 ms for as long as the client stays (no wait between bytes is long, the
 * whole answer never ends). Counts the requests for that document and the
 * sockets that closed while it trickled.
 */
export async function tricklingAPI(
  ids: readonly string[],
  slowId: string,
): Promise<{ url: string; slowRequests: () => number; closedWhileTrickling: () => number }> {
  const snapshot = smallSnapshot(ids);
  let slow = 0;
  let closed = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const model = url.searchParams.get("model");
    const entry = snapshot.models.find((m) => m.id === model);
    if (url.pathname === "/v1/models") {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(snapshot.catalog));
    } else if (url.pathname === "/v1/model/openapi.json" && model === slowId) {
      slow += 1;
      res.writeHead(200, { "content-type": "application/json" });
      res.write("{");
      const timer = setInterval(() => res.write(" "), 100);
      timers.add(timer);
      res.on("close", () => {
        clearInterval(timer);
        timers.delete(timer);
        closed += 1;
      });
    } else if (url.pathname === "/v1/model/openapi.json" && entry) {
      res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(entry.document));
    } else if (url.pathname === "/v1/model/api.md" && entry) {
      res.writeHead(200, { "content-type": "text/markdown" }).end(entry.apiMd);
    } else {
      res.writeHead(404, { "content-type": "application/json" }).end('{"error":{"message":"not found"}}');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  cleanups.push(
    () =>
      new Promise<void>((resolve) => {
        for (const timer of timers) clearInterval(timer);
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  return { url: `http://127.0.0.1:${port}/v1`, slowRequests: () => slow, closedWhileTrickling: () => closed };
}
