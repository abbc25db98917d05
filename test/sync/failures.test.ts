import http from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { Fault } from "../../src/mock/index.js";
import { formatToolError, ToolError } from "../../src/shared/tool-error.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { sync } from "../../src/sync/index.js";
import {
  chatDocument,
  cleanup,
  emulator,
  isCatalog,
  isDocumentOf,
  previousSnapshot,
  type RequestLike,
  recordingSleep,
  smallSnapshot,
  tricklingAPI,
} from "./support.js";

afterEach(cleanup);

const KEY = "sk-live-7f3a9c1e5b2d8f4a6c0e";

/** Run sync into a previous snapshot; return the error, having checked it is a ToolError, exit 2, keyless, and that the snapshot is untouched. */
async function failingSync(options: Omit<Parameters<typeof sync>[0], "snapshotDir">): Promise<ToolError> {
  const previous = await previousSnapshot();
  const { sleep } = recordingSleep();
  const error = await sync({ sleep, ...options, snapshotDir: previous.dir }).then(
    () => {
      throw new Error("sync succeeded but was expected to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ToolError);
  const failure = error as ToolError;
  expect(failure.exitCode).toBe(2);
  expect(formatToolError(failure)).not.toContain(KEY);
  expect(failure.message).toMatch(/; nothing was written, .* is left as it was$/);
  expect(await previous.changes()).toEqual([]);
  return failure;
}

function rawCatalog(body: string, contentType = "application/json"): (request: RequestLike) => Fault | undefined {
  return (request) =>
    isCatalog(request) ? { raw: { status: 200, headers: { "content-type": contentType }, body } } : undefined;
}

async function closedPortURL(): Promise<string> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}/v1`;
}

describe("credentials", () => {
  it("a refused key: says so and where it came from, once, without retrying and without printing it", async () => {
    const served = await emulator({ apiKeys: ["sk-the-right-one"], requireAuthForReads: true });
    const error = await failingSync({ baseURL: served.url, apiKey: KEY, apiKeySource: "APIFREE_API_KEY" });
    expect(error.message).toMatch(
      new RegExp(
        `^the API at ${served.url} refused the API key read from APIFREE_API_KEY \\(HTTP 401 invalid_api_key: invalid API key\\); check that the key`,
      ),
    );
    expect(served.requests).toHaveLength(1);
  });

  it("no key where one is required: says which variable to set", async () => {
    const served = await emulator({ requireAuthForReads: true });
    const error = await failingSync({ baseURL: served.url, apiKeySource: "APIFREE_API_KEY" });
    expect(error.message).toMatch(/requires an API key and none was given \(HTTP 401 .*\); set APIFREE_API_KEY;/);
  });

  it("a 403 on one model's document stops the whole run", async () => {
    const served = await emulator({
      fault: (request) => (isDocumentOf("acme/beta:free")(request) ? { status: 403 } : undefined),
    });
    const error = await failingSync({
      baseURL: served.url,
      apiKey: KEY,
      apiKeySource: "APIFREE_API_KEY",
      concurrency: 1,
    });
    expect(error.message).toMatch(/refused the API key read from APIFREE_API_KEY \(HTTP 403 /);
    expect(error.problems).toEqual([]);
    // Concurrency 1, catalog then alpha's two files then beta's document: nothing after the refusal.
    expect(served.requests.length).toBeLessThanOrEqual(5);
  });

  it("a server that echoes the refused key does not get it printed", async () => {
    const body = JSON.stringify({
      error: { code: "invalid_api_key", message: `Incorrect API key provided: ${KEY}`, type: "authentication_error" },
    });
    const served = await emulator({
      fault: (request) =>
        isCatalog(request)
          ? { raw: { status: 401, headers: { "content-type": "application/json" }, body } }
          : undefined,
    });
    const error = await failingSync({ baseURL: served.url, apiKey: KEY, apiKeySource: "APIFREE_API_KEY" });
    expect(error.message).toContain("Incorrect API key provided: [redacted]");
  });
});

describe("the key in any encoding, in any part of the error", () => {
  const b64 = (text: string) => Buffer.from(text).toString("base64");
  const forms = [
    KEY,
    encodeURIComponent(KEY),
    b64(KEY),
    Buffer.from(KEY).toString("base64url"),
    b64(`Bearer ${KEY}`),
    Buffer.from(`Bearer ${KEY}`).toString("base64url"),
  ];
  const echo = (status: number) =>
    JSON.stringify({
      error: {
        code: encodeURIComponent(KEY),
        type: b64(`Bearer ${KEY}`),
        message: `refused ${KEY} (${b64(KEY)}, ${Buffer.from(`Bearer ${KEY}`).toString("base64url")})`,
      },
      status,
    });

  function expectClean(error: ToolError): void {
    for (const text of [formatToolError(error), inspect(error, { depth: 20, showHidden: true }), error.stack ?? ""]) {
      for (const form of forms) expect(text).not.toContain(form);
    }
  }

  it("a refused catalog that echoes it encoded", async () => {
    const served = await emulator({
      fault: (request) =>
        isCatalog(request)
          ? { raw: { status: 401, headers: { "content-type": "application/json" }, body: echo(401) } }
          : undefined,
    });
    const error = await failingSync({ baseURL: served.url, apiKey: KEY, apiKeySource: "APIFREE_API_KEY" });
    expect(error.message).toContain("refused [redacted] ([redacted]");
    expectClean(error);
  });

  it("a model's problem that echoes it encoded", async () => {
    const served = await emulator({
      fault: (request) =>
        isDocumentOf("acme/alpha")(request)
          ? { raw: { status: 400, headers: { "content-type": "application/json" }, body: echo(400) } }
          : undefined,
    });
    const error = await failingSync({ baseURL: served.url, apiKey: KEY });
    expect(error.problems).toHaveLength(1);
    expect(error.problems[0]!.message).toContain("refused [redacted]");
    expectClean(error);
  });
});

describe("reaching the API", () => {
  it("connection refused: retried, then one message naming the base URL", async () => {
    const baseURL = await closedPortURL();
    const error = await failingSync({ baseURL, maxRetries: 2 });
    expect(error.message).toMatch(
      new RegExp(`^cannot reach the API at ${baseURL}: connection refused \\(ECONNREFUSED\\) \\(after 3 attempts\\);`),
    );
  });

  it("an unknown host", async () => {
    const error = await failingSync({ baseURL: "http://apifree-sync-test.invalid/v1", maxRetries: 1 });
    expect(error.message).toMatch(
      /^cannot reach the API at http:\/\/apifree-sync-test\.invalid\/v1: the host "apifree-sync-test\.invalid" (was not found|could not be resolved)/,
    );
  });

  it("a catalog that never answers in time", async () => {
    const served = await emulator({ fault: (request) => (isCatalog(request) ? { delayMs: 2_000 } : undefined) });
    const error = await failingSync({ baseURL: served.url, timeoutMs: 100, maxRetries: 1 });
    expect(error.message).toMatch(/^cannot reach the API at .*: no answer within 0\.1 s \(after 2 attempts\);/);
  });

  it("a document that trickles a byte every 100 ms fails at the whole-request deadline, naming the URL and the model", async () => {
    const api = await tricklingAPI(["acme/fast", "acme/slow"], "acme/slow");
    const error = await failingSync({ baseURL: api.url, deadlineMs: 300, maxRetries: 1 });
    expect(error.message).toMatch(/^1 of 2 models could not be synced;/);
    expect(error.problems).toEqual([
      {
        model: "acme/slow",
        message: `openapi.json: no complete answer from ${api.url}/model/openapi.json?model=acme%2Fslow within 0.3 s (the deadline for a whole request) (after 2 attempts)`,
      },
    ]);
    // Retried as any timeout, and each attempt's connection was closed.
    expect(api.slowRequests()).toBe(2);
    await vi.waitFor(() => expect(api.closedWhileTrickling()).toBe(2));
  });

  it("a wrong base URL (404 on the catalog) hints at /v1", async () => {
    const served = await emulator();
    const error = await failingSync({ baseURL: served.url.replace(/\/v1$/, "") });
    expect(error.message).toMatch(
      /did not return the model catalog: HTTP 404 not_found: .*\(is the base URL right\? it should end in \/v1\)/,
    );
  });

  it("a base URL that is not http(s)", async () => {
    const error = await failingSync({ baseURL: "ftp://example.test/v1" });
    expect(error.message).toMatch(/must be http or https/);
  });
});

describe("the catalog", () => {
  it("duplicate ids are named with their position", async () => {
    const served = await emulator({
      fault: rawCatalog('{"object":"list","data":[{"id":"a/x"},{"id":"b/y"},{"id":"a/x"}]}'),
    });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(/^the catalog at .*\/v1\/models is not a usable model list;/);
    expect(error.problems).toEqual([
      { model: "a/x", pointer: "/data/2", message: "duplicate model id in the catalog" },
    ]);
  });

  it("entries without an id", async () => {
    const served = await emulator({
      fault: rawCatalog('{"object":"list","data":[{"id":"a/x"},{"name":"nameless"},{"id":""}]}'),
    });
    const error = await failingSync({ baseURL: served.url });
    expect(error.problems.map((problem) => problem.pointer)).toEqual(["/data/1", "/data/2"]);
  });

  it("an empty catalog", async () => {
    const served = await emulator({ fault: rawCatalog('{"object":"list","data":[]}') });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(
      /^the catalog at .* lists no models; refusing to replace the snapshot with an empty one;/,
    );
  });

  it("a catalog that is not a list", async () => {
    const served = await emulator({ fault: rawCatalog('{"models":["a"]}') });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(/is not a model list/);
  });

  it("a catalog that is not JSON", async () => {
    const served = await emulator({ fault: rawCatalog("<html>maintenance</html>", "text/html") });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(
      /^the model catalog from .* cannot be used: the body is not JSON \(served as text\/html\): /,
    );
  });

  it("an id that cannot be stored as a file name", async () => {
    const served = await emulator({
      fault: rawCatalog('{"object":"list","data":[{"id":"ok/model"},{"id":"bad/\\ud800"}]}'),
    });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(/model ids that are not well-formed Unicode cannot be stored/);
    expect(error.problems).toEqual([{ model: "bad/\ud800", message: "the id contains an unpaired UTF-16 surrogate" }]);
  });

  it("a catalog over the size limit", async () => {
    const served = await emulator();
    const error = await failingSync({ baseURL: served.url, maxDocumentBytes: 100 });
    expect(error.message).toMatch(
      /^the model catalog from .* cannot be used: the body is [\d.]+ (B|KB), over the 100 B limit;/,
    );
  });

  it("a body that never ends is cut at the limit rather than read to the end", async () => {
    let written = 0;
    const server = http.createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/json" });
      const chunk = Buffer.alloc(64 * 1024, 0x20);
      const pump = () => {
        while (written < 512 * 1024 * 1024 && response.write(chunk)) written += chunk.length;
      };
      response.on("drain", pump);
      response.on("close", () => response.off("drain", pump));
      pump();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const error = await failingSync({
        baseURL: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
        maxDocumentBytes: 1024 * 1024,
      });
      expect(error.message).toMatch(/the body is over the 1\.0 MB limit/);
      expect(written).toBeLessThan(64 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe("documents", () => {
  it("each failing model is listed with its reason; the others do not save the run", async () => {
    const served = await emulator({
      fault: (request) => {
        if (isDocumentOf("acme/alpha")(request))
          return { raw: { status: 200, headers: { "content-type": "text/html" }, body: "<!doctype html>" } };
        if (isDocumentOf("Other Vendor/Gamma 2")(request))
          return {
            raw: {
              status: 200,
              headers: { "content-type": "application/json" },
              body: `{"openapi":"3.1.0","pad":"${"x".repeat(3000)}"}`,
            },
          };
        return undefined;
      },
    });
    const error = await failingSync({ baseURL: served.url, maxDocumentBytes: 2048 });
    expect(error.message).toMatch(/^2 of 3 models could not be synced;/);
    expect(error.problems).toEqual([
      { model: "Other Vendor/Gamma 2", message: "openapi.json: the body is 3.0 KB, over the 2.0 KB limit" },
      {
        model: "acme/alpha",
        message: expect.stringMatching(/^openapi\.json: the body is not JSON \(served as text\/html\): /),
      },
    ]);
  });

  it("a document that is not a usable contract is named with its JSON pointers", async () => {
    const snapshot: Snapshot = smallSnapshot(["acme/alpha", "acme/broken"]);
    const broken = chatDocument("acme/broken", "3.1.0") as {
      openapi: string;
      paths: Record<string, { post: { requestBody: unknown } }>;
    };
    broken.openapi = "2.0";
    broken.paths["/v1/chat/completions"]!.post.requestBody = {
      content: { "application/json": { schema: { $ref: "#/components/schemas/Missing" } } },
    };
    snapshot.models[1]!.document = broken;
    const served = await emulator({ snapshot });
    const error = await failingSync({ baseURL: served.url });
    expect(error.message).toMatch(/^1 of 2 models could not be synced;/);
    expect(error.problems).toEqual(
      expect.arrayContaining([
        {
          model: "acme/broken",
          pointer: "/openapi",
          message: 'openapi.json: expected OpenAPI 3.0.x or 3.1.x, found "2.0"',
        },
        {
          model: "acme/broken",
          pointer: "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema/$ref",
          message: 'openapi.json: $ref "#/components/schemas/Missing" does not resolve',
        },
      ]),
    );
  });

  it("an api.md that is not UTF-8", async () => {
    const served = await emulator({
      fault: (request) =>
        request.path === "/v1/model/api.md" && request.model === "acme/alpha"
          ? { raw: { status: 200, body: new Uint8Array([0x23, 0x20, 0xff, 0xfe]) } }
          : undefined,
    });
    const error = await failingSync({ baseURL: served.url });
    expect(error.problems).toEqual([{ model: "acme/alpha", message: "api.md: the body is not valid UTF-8" }]);
  });
});

describe("interruption", () => {
  it("an abort mid-run stops every request, writes nothing and says it was interrupted", async () => {
    const controller = new AbortController();
    const served = await emulator({
      fault: (request) => {
        if (request.path === "/v1/models") return undefined;
        controller.abort();
        return { delayMs: 5_000 };
      },
    });
    const error = await failingSync({ baseURL: served.url, signal: controller.signal });
    expect(error.message).toMatch(/^sync was interrupted before it finished; nothing was written/);
  });

  it("the caller's own reason is kept when it is a ToolError (what the CLI passes on SIGINT)", async () => {
    const controller = new AbortController();
    const served = await emulator({
      fault: (request) => {
        if (request.path !== "/v1/models") return undefined;
        controller.abort(new ToolError("interrupted"));
        return { delayMs: 5_000 };
      },
    });
    const error = await failingSync({ baseURL: served.url, signal: controller.signal });
    expect(error.message).toMatch(/^interrupted; nothing was written/);
  });
});
