import { type ClientOptions, createClient, type Logger, type LogLevel } from "apifree-typed";
import { afterEach, describe, expect, it, vi } from "vitest";
import { recordingClock } from "./support/clock.js";
import { completion, hello } from "./support/fixtures.js";
import { sendJson, testServers } from "./support/server.js";

const serve = testServers();

const KEY = "sk-live-LOGGING-0123456789abcdef";
const ENCODED = [
  KEY,
  Buffer.from(KEY).toString("base64").slice(0, 40),
  Buffer.from(`Bearer ${KEY}`).toString("base64").slice(0, 40),
];

type Line = { level: Exclude<LogLevel, "off">; message: string; details: unknown[] };

/** A logger that keeps every line, by level. */
function capture(): { logger: Logger; lines: Line[]; text(): string } {
  const lines: Line[] = [];
  const at =
    (level: Line["level"]) =>
    (message: string, ...details: unknown[]) =>
      lines.push({ level, message, details });
  return {
    logger: { error: at("error"), warn: at("warn"), info: at("info"), debug: at("debug") },
    lines,
    text: () => JSON.stringify(lines),
  };
}

function client(url: string, logLevel: LogLevel | undefined, logger: Logger, more: Partial<ClientOptions> = {}) {
  return createClient<any>({
    baseURL: url,
    apiKey: KEY,
    clock: recordingClock(() => 0).clock,
    logger,
    ...(logLevel === undefined ? {} : { logLevel }),
    ...more,
  });
}

const okServer = () =>
  serve((_req, res) => sendJson(res, 200, completion(), { "x-request-id": "req-42", "x-echo": `token ${KEY}` }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

describe("client logging", () => {
  it("info: one line per attempt with method, path, model, status, duration, attempt and request id", async () => {
    const s = await okServer();
    const log = capture();
    await client(s.url, "info", log.logger).chat.completions.create(hello);
    expect(log.lines.map((l) => l.level)).toEqual(["info"]);
    expect(log.lines[0]!.message).toMatch(
      /^\[apifree\] POST \/v1\/chat\/completions model=acme\/chat-1 status=200 duration=\d+ms attempt=1\/3 request_id=req-42$/,
    );
  });

  it("retries are logged at info with the reason and the delay; the call that gives up at warn", async () => {
    const s = await serve((_req, res) =>
      sendJson(res, 503, { error: { message: "overloaded", type: "server_error" } }, { "retry-after-ms": "250" }),
    );
    const log = capture();
    await client(s.url, "info", log.logger)
      .chat.completions.create(hello)
      .catch(() => undefined);
    const lines = log.lines.map((l) => `${l.level} ${l.message}`);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(
      /^info .* status=503 error=server_error .*attempt=1\/3: retrying in 250 ms \(.*overloaded/,
    );
    expect(lines[1]).toMatch(/^info .*attempt=2\/3: retrying in 250 ms/);
    expect(lines[2]).toMatch(/^warn .* status=503 .*attempt=3\/3: .*overloaded.*gave up after 3 attempts/);
  });

  it("warn (the default): quiet on success, one line for a call that ran out of retries", async () => {
    const ok = await okServer();
    const log = capture();
    await client(ok.url, undefined, log.logger).chat.completions.create(hello);
    expect(log.lines).toEqual([]);

    const down = await serve((_req, res) => sendJson(res, 500, {}));
    await client(down.url, undefined, log.logger, { maxRetries: 1 })
      .chat.completions.create(hello)
      .catch(() => undefined);
    expect(log.lines.map((l) => l.level)).toEqual(["warn"]);
    expect(log.lines[0]!.message).toContain("attempt=2/2");
  });

  it("error: only a response the client could not read", async () => {
    const s = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("{not json");
    });
    const log = capture();
    await client(s.url, "error", log.logger)
      .chat.completions.create(hello)
      .catch(() => undefined);
    const down = await serve((_req, res) => sendJson(res, 500, {}));
    await client(down.url, "error", log.logger)
      .chat.completions.create(hello)
      .catch(() => undefined);
    expect(log.lines.map((l) => l.level)).toEqual(["error"]);
    expect(log.lines[0]!.message).toMatch(/status=200 error=invalid_response .*unreadable response/);
  });

  it("off: nothing at all", async () => {
    const down = await serve((_req, res) => sendJson(res, 500, {}));
    const log = capture();
    await client(down.url, "off", log.logger)
      .chat.completions.create(hello)
      .catch(() => undefined);
    expect(log.lines).toEqual([]);
  });

  it("debug: headers and bodies, with the key scrubbed wherever it appears", async () => {
    const s = await okServer();
    const log = capture();
    const c = client(s.url, "debug", log.logger, { defaultHeaders: { "x-api-key": KEY, "x-note": `key=${KEY}` } });
    const body = { ...hello, messages: [{ role: "user", content: `my key is ${KEY}` }] };
    await c.chat.completions.create(body as typeof hello);
    const debug = log.lines.filter((l) => l.level === "debug");
    expect(debug).toHaveLength(2);
    const [request, response] = debug as [Line, Line];
    expect(request.message).toBe("[apifree] sending POST /v1/chat/completions model=acme/chat-1 attempt=1");
    const sent = request.details[0] as { headers: Record<string, string>; body: string };
    expect(sent.headers.authorization).toBe("[redacted]");
    expect(sent.headers["x-api-key"]).toBe("[redacted]");
    expect(sent.headers["x-note"]).toBe("key=[redacted]");
    expect(sent.body).toContain('"content":"my key is [redacted]"');
    const got = response.details[0] as { headers: Record<string, string>; body: string };
    expect(response.message).toBe("[apifree] response status=200");
    expect(got.headers["x-request-id"]).toBe("req-42");
    expect(got.headers["x-echo"]).toBe("token [redacted]");
    expect(got.body).toContain('"object":"chat.completion"');
    for (const form of ENCODED) expect(log.text()).not.toContain(form);
    // The key was on the wire: what was scrubbed is the log, not the request.
    expect(s.requests[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it("below debug, no header or body is logged", async () => {
    const s = await okServer();
    const log = capture();
    const body = { ...hello, messages: [{ role: "user", content: `secret text ${KEY}` }] };
    await client(s.url, "info", log.logger).chat.completions.create(body as typeof hello);
    expect(log.lines.every((l) => l.details.length === 0)).toBe(true);
    expect(log.text()).not.toContain("secret text");
    for (const form of ENCODED) expect(log.text()).not.toContain(form);
  });

  it("a server echoing the key into the request id cannot put it in a line", async () => {
    const s = await serve((_req, res) => sendJson(res, 200, completion(), { "x-request-id": `id-${KEY}` }));
    const log = capture();
    await client(s.url, "info", log.logger).chat.completions.create(hello);
    expect(log.lines[0]!.message).toContain("request_id=id-[redacted]");
    expect(log.text()).not.toContain(KEY);
  });

  it("APIFREE_LOG sets the level; the option overrides it; an unknown value is warned about", async () => {
    const s = await okServer();
    vi.stubEnv("APIFREE_LOG", "info");
    const fromEnv = capture();
    await client(s.url, undefined, fromEnv.logger).chat.completions.create(hello);
    expect(fromEnv.lines.map((l) => l.level)).toEqual(["info"]);

    vi.stubEnv("APIFREE_LOG", "debug");
    const overridden = capture();
    await client(s.url, "off", overridden.logger).chat.completions.create(hello);
    expect(overridden.lines).toEqual([]);

    vi.stubEnv("APIFREE_LOG", "verbose");
    const typo = capture();
    await client(s.url, undefined, typo.logger).chat.completions.create(hello);
    expect(typo.lines.map((l) => `${l.level} ${l.message}`)).toEqual([
      'warn [apifree] APIFREE_LOG="verbose" is not a log level (off, error, warn, info, debug); using "warn"',
    ]);
  });

  it("an unknown logLevel option or a logger without a method fails at construction", () => {
    const log = capture();
    expect(() => client("http://127.0.0.1:9/v1", "loud" as LogLevel, log.logger)).toThrow(
      /logLevel must be one of off, error, warn, info, debug, got "loud"/,
    );
    expect(() => client("http://127.0.0.1:9/v1", "info", { ...log.logger, debug: undefined } as never)).toThrow(
      /logger.debug must be a function/,
    );
  });

  it("without a logger, lines go to the console", async () => {
    const s = await okServer();
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    await createClient<any>({ baseURL: s.url, apiKey: KEY, logLevel: "info" }).chat.completions.create(hello);
    expect(info).toHaveBeenCalledTimes(1);
    expect(String(info.mock.calls[0]![0])).toMatch(/^\[apifree\] POST \/v1\/chat\/completions .*status=200/);
  });
});
