import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import type { Snapshot, SnapshotModel } from "../../src/snapshot/format.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { writeSnapshot } from "../../src/snapshot/write.js";
import { at, siteAt } from "./support/mutate.js";
import { imageDocument, messagesDocument, videoDocument } from "./support/platform-documents.js";

/*
 * The drift command end to end: the committed snapshot on one side, the
 * emulator serving the same or a mutated catalog on the other, every output
 * format, the exit codes and the allow-list.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const SNAPSHOT_DIR = path.join(ROOT, "snapshot");
const committed = await readSnapshot(SNAPSHOT_DIR);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(String(chunk));
      done();
    },
  });
  return { stream, text: () => chunks.join("") };
}

async function drift(args: string[], env: Record<string, string> = {}, snapshotDir = SNAPSHOT_DIR): Promise<Run> {
  const stdout = sink();
  const stderr = sink();
  const code = await main(["drift", "--snapshot", snapshotDir, ...args], {
    stdout: stdout.stream,
    stderr: stderr.stream,
    env,
    signal: new AbortController().signal,
  });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function model(id: string): SnapshotModel {
  const found = committed.models.find((entry) => entry.id === id);
  if (found === undefined) throw new Error(`the bundled catalog has no model ${id}`);
  return { id: found.id, document: structuredClone(found.document), apiMd: found.apiMd };
}

/** The committed catalog with six changes: one per kind a reviewer meets most. */
function mutatedCatalog(): Snapshot {
  const gpt41 = model("openai/gpt-4.1");
  at(gpt41.document, siteAt(gpt41.document, "request", "temperature").raw).maximum = 1.5;
  const created = siteAt(gpt41.document, "response", "created");
  at(gpt41.document, created.parentRaw).properties.drift_probe = { type: "string" };

  const gpt52 = model("openai/gpt-5.2");
  const finishReason = findFinishReason(gpt52.document);
  finishReason.enum = [...finishReason.enum, "pause_turn"];

  const deepseek = model("deepseek-chat");
  at(deepseek.document, siteAt(deepseek.document, "request", "temperature").raw).description = "Reworded for the test.";

  const removed = "x-ai/grok-3-mini";
  const added: SnapshotModel = { ...model("qwen/qwq-32b"), id: "acme/new-model" };
  const models = committed.models
    .filter((entry) => entry.id !== removed)
    .map((entry) => ({ id: entry.id, document: entry.document, apiMd: entry.apiMd }))
    .map((entry) => [gpt41, gpt52, deepseek].find((changed) => changed.id === entry.id) ?? entry);
  models.push(added);
  models.sort((a, b) => (a.id < b.id ? -1 : 1));
  const template = committed.catalog.data.find((entry) => entry.id === "qwen/qwq-32b")!;
  return {
    catalog: {
      ...committed.catalog,
      data: [...committed.catalog.data.filter((entry) => entry.id !== removed), { ...template, id: "acme/new-model" }],
    },
    models,
  };
}

function findFinishReason(document: unknown): { enum: unknown[] } {
  // choices[].finish_reason of the non-stream response.
  const choices = siteAt(document, "response", "choices");
  const items = at(document, choices.raw).items as { $ref?: string };
  const target = items.$ref!.slice(1).split("/").slice(1);
  let node: unknown = document;
  for (const segment of target) node = (node as Record<string, unknown>)[segment];
  return (node as { properties: { finish_reason: { enum: unknown[] } } }).properties.finish_reason;
}

const EXPECTED_JSON = {
  summary: { breaking: 3, "non-breaking": 1, info: 2 },
  models: { added: ["acme/new-model"], removed: ["x-ai/grok-3-mini"] },
  changes: [
    {
      model: "acme/new-model",
      location: "catalog",
      pointer: "",
      rule: "model-added",
      severity: "info",
      message: "model added to the catalog",
    },
    {
      model: "deepseek-chat",
      operation: "chat.completions",
      location: "request",
      pointer: "/properties/temperature/description",
      rule: "request-property-description-changed",
      severity: "info",
      message: "temperature: description changed",
    },
    {
      model: "openai/gpt-4.1",
      operation: "chat.completions",
      location: "request",
      pointer: "/properties/temperature/maximum",
      rule: "request-property-max-decreased",
      severity: "breaking",
      message: "temperature: maximum 2 → 1.5",
    },
    {
      model: "openai/gpt-4.1",
      operation: "chat.completions",
      location: "response",
      pointer: "/properties/drift_probe",
      rule: "response-optional-property-added",
      severity: "non-breaking",
      message: "drift_probe: new optional property (string)",
    },
    {
      model: "openai/gpt-5.2",
      operation: "chat.completions",
      location: "response",
      pointer: "/properties/choices/items/properties/finish_reason/enum",
      rule: "response-property-enum-value-added",
      severity: "breaking",
      message: 'choices[].finish_reason: enum value added: "pause_turn"',
    },
    {
      model: "x-ai/grok-3-mini",
      location: "catalog",
      pointer: "",
      rule: "model-removed",
      severity: "breaking",
      message: "model removed from the catalog: requests naming it will fail",
    },
  ],
};

let same: Emulator;
let mutated: Emulator;
let locked: Emulator;
let temp: string;

beforeAll(async () => {
  temp = await mkdtemp(path.join(tmpdir(), "apifree-drift-test-"));
  same = await startEmulator({ snapshot: committed, port: 0 });
  mutated = await startEmulator({ snapshot: mutatedCatalog(), port: 0 });
  locked = await startEmulator({ snapshot: committed, port: 0, apiKeys: ["sk-right-key"], requireAuthForReads: true });
});

afterAll(async () => {
  await Promise.all([same?.close(), mutated?.close(), locked?.close()]);
  await rm(temp, { recursive: true, force: true });
});

describe("an unchanged API", () => {
  it("exits 0 and reports nothing, in every format", async () => {
    const text = await drift(["--base-url", same.url]);
    expect(text).toMatchObject({ code: 0, stderr: "" });
    expect(text.stdout).toBe(
      `drift: no changes; the live API matches the snapshot (${committed.models.length} models compared)\n`,
    );

    const json = await drift(["--base-url", same.url, "--format", "json"]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      summary: { breaking: 0, "non-breaking": 0, info: 0 },
      models: { added: [], removed: [] },
      changes: [],
    });

    const markdown = await drift(["--base-url", same.url, "--format", "markdown"]);
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toContain("No changes: the live API matches the committed snapshot");
  });

  it("takes the base URL from APIFREE_BASE_URL when no flag is given", async () => {
    const run = await drift(["--format", "json"], { APIFREE_BASE_URL: same.url });
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).changes).toEqual([]);
  });
});

describe("a mutated API", () => {
  it("exits 1 with the exact JSON report, byte-identical across runs", async () => {
    const first = await drift(["--base-url", mutated.url, "--format", "json"]);
    expect(first.code).toBe(1);
    expect(JSON.parse(first.stdout)).toEqual(EXPECTED_JSON);
    expect(first.stdout).toBe(`${JSON.stringify(EXPECTED_JSON, null, 2)}\n`);
    const second = await drift(["--base-url", mutated.url, "--format", "json"]);
    expect(second.stdout).toBe(first.stdout);
  });

  it("prints a text report grouped by model, breaking first, without colour off a terminal", async () => {
    const run = await drift(["--base-url", mutated.url]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe(
      `drift: 3 breaking, 1 non-breaking, 2 info in 5 models (${committed.models.length - 1} compared, 1 added, 1 removed)`,
    );
    expect(lines).toContain("openai/gpt-4.1  (1 breaking, 1 non-breaking, 0 info)");
    const gpt41 = lines.indexOf("openai/gpt-4.1  (1 breaking, 1 non-breaking, 0 info)");
    expect(lines[gpt41 + 1]).toBe(
      "  breaking     chat.completions request   temperature: maximum 2 → 1.5  [request-property-max-decreased /properties/temperature/maximum]",
    );
    expect(lines[gpt41 + 2]).toBe(
      "  non-breaking chat.completions response  drift_probe: new optional property (string)  [response-optional-property-added /properties/drift_probe]",
    );
    expect(run.stdout).not.toContain("\u001b[");
    expect(lines.at(-2)).toBe("result: FAIL: 3 changes at or above --fail-on breaking");
  });

  it("prints a markdown report with a summary table and a section per model", async () => {
    const run = await drift(["--base-url", mutated.url, "--format", "markdown"]);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("## APIFree drift report");
    expect(lines).toContain("❌ **3 changes at or above `--fail-on breaking`.**");
    expect(lines).toContain("| **all models** | 3 | 1 | 2 |");
    expect(lines).toContain("| `openai/gpt-4.1` | 1 | 1 | 0 |");
    expect(lines).toContain("**Models removed:** `x-ai/grok-3-mini`");
    expect(lines).toContain("### `openai/gpt-5.2`: 1 breaking, 0 non-breaking, 0 info");
    expect(lines).toContain(
      '| 🔴 breaking | chat.completions response | choices[].finish_reason: enum value added: "pause_turn" | `response-property-enum-value-added` | `/properties/choices/items/properties/finish_reason/enum` |  |',
    );
  });

  it("--fail-on none exits 0 and --fail-on any counts info too", async () => {
    expect((await drift(["--base-url", mutated.url, "--fail-on", "none", "--format", "json"])).code).toBe(0);
    expect((await drift(["--base-url", mutated.url, "--fail-on", "any", "--format", "json"])).code).toBe(1);
  });
});

describe("--fail-on with only harmless changes", () => {
  let infoOnly: Emulator;
  beforeAll(async () => {
    const deepseek = model("deepseek-chat");
    at(deepseek.document, siteAt(deepseek.document, "request", "temperature").raw).description =
      "Reworded for the test.";
    infoOnly = await startEmulator({
      snapshot: {
        catalog: committed.catalog,
        models: committed.models.map((entry) => (entry.id === deepseek.id ? deepseek : entry)),
      },
      port: 0,
    });
  });
  afterAll(async () => infoOnly?.close());

  it("passes on breaking (the default), fails on any", async () => {
    const byDefault = await drift(["--base-url", infoOnly.url]);
    expect(byDefault.code).toBe(0);
    expect(byDefault.stdout).toContain("result: ok");
    expect((await drift(["--base-url", infoOnly.url, "--fail-on", "any"])).code).toBe(1);
  });
});

describe("the allow-list", () => {
  async function allowFile(name: string, content: unknown): Promise<string> {
    const file = path.join(temp, name);
    await writeFile(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  }

  it("accepts listed changes until they expire: shown as accepted, no longer failing", async () => {
    const file = await allowFile("allow.json", {
      accepted: [
        {
          model: "openai/gpt-4.1",
          rule: "request-property-max-decreased",
          pointer: "/properties/temperature/maximum",
          reason: "capped upstream",
          expires: "2999-12-31",
        },
        {
          model: "openai/*",
          rule: "response-property-enum-value-added",
          pointer: "/properties/choices/items/properties/*/enum",
          reason: "we handle unknown finish reasons",
        },
        { model: "x-ai/grok-3-mini", rule: "model-removed", pointer: "", reason: "retired" },
      ],
    });
    const run = await drift(["--base-url", mutated.url, "--format", "json", "--allow", file]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    const report = JSON.parse(run.stdout) as { summary: unknown; changes: Array<{ rule: string; accepted?: unknown }> };
    expect(report.summary).toEqual(EXPECTED_JSON.summary);
    expect(
      report.changes.filter((change) => change.accepted !== undefined).map((change) => [change.rule, change.accepted]),
    ).toEqual([
      ["request-property-max-decreased", { reason: "capped upstream", expires: "2999-12-31" }],
      ["response-property-enum-value-added", { reason: "we handle unknown finish reasons" }],
      ["model-removed", { reason: "retired" }],
    ]);
    const text = await drift(["--base-url", mutated.url, "--allow", file]);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain("(accepted until 2999-12-31: capped upstream)");
  });

  it("an expired entry no longer accepts its change, and the report and stderr say so", async () => {
    const file = await allowFile("expired.json", {
      accepted: [
        {
          model: "openai/gpt-4.1",
          rule: "request-property-max-decreased",
          pointer: "/properties/temperature/maximum",
          reason: "capped upstream",
          expires: "2000-01-01",
        },
        {
          model: "openai/gpt-5.2",
          rule: "response-property-enum-value-added",
          pointer: "/properties/choices/items/properties/finish_reason/enum",
          reason: "ok",
        },
        { model: "x-ai/grok-3-mini", rule: "model-removed", pointer: "", reason: "retired" },
        { model: "nobody", rule: "model-removed", pointer: "", reason: "stale" },
      ],
    });
    const run = await drift(["--base-url", mutated.url, "--format", "json", "--allow", file]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as {
      changes: Array<{ rule: string; acceptanceExpired?: unknown; accepted?: unknown }>;
    };
    expect(report.changes.find((change) => change.rule === "request-property-max-decreased")).toMatchObject({
      acceptanceExpired: { reason: "capped upstream", expires: "2000-01-01" },
    });
    expect(report.changes.find((change) => change.rule === "request-property-max-decreased")).not.toHaveProperty(
      "accepted",
    );
    expect(run.stderr).toContain("expired on 2000-01-01");
    expect(run.stderr).toContain('model-removed "nobody" "" matches no change');
  });

  it("a malformed allow-list is an error (exit 2) naming the entry and field", async () => {
    const file = await allowFile("bad.json", {
      accepted: [
        { model: "x", rule: "request-property-nonsense", pointer: "properties", reason: "", expires: "2026-02-30" },
      ],
    });
    const run = await drift(["--base-url", mutated.url, "--allow", file]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("is malformed");
    expect(run.stderr).toContain("at /accepted/0/rule: is not a drift rule id");
    expect(run.stderr).toContain("at /accepted/0/pointer: must be a JSON pointer");
    expect(run.stderr).toContain("at /accepted/0/reason: must not be empty");
    expect(run.stderr).toContain("at /accepted/0/expires: must be a date written YYYY-MM-DD");
    const notJson = await allowFile("not-json.json", "{ nope");
    const second = await drift(["--base-url", mutated.url, "--allow", notJson]);
    expect(second.code).toBe(2);
    expect(second.stderr).toContain("is not valid JSON");
  });
});

describe("a catalog without chat: Messages-only, video and image models", () => {
  function catalogOf(documents: Record<string, unknown>): Snapshot {
    const ids = Object.keys(documents).sort();
    return {
      catalog: { object: "list", data: ids.map((id) => ({ id, object: "model" })) },
      models: ids.map((id) => ({ id, document: documents[id], apiMd: `# ${id}\n` })),
    };
  }
  let live: Emulator;
  let snapshotDir: string;
  beforeAll(async () => {
    snapshotDir = path.join(temp, "platform-snapshot");
    await writeSnapshot(
      snapshotDir,
      catalogOf({ "claude-test": messagesDocument(), "sora-test": videoDocument(), "image-test": imageDocument() }),
    );
    const claude = messagesDocument() as {
      components: { schemas: Record<string, { properties: Record<string, { maximum?: number }> }> };
    };
    claude.components.schemas.MessagesRequest!.properties.temperature!.maximum = 0.8;
    const sora = videoDocument() as { paths: Record<string, unknown> };
    delete sora.paths["/v1/videos/{video_id}/remix"];
    live = await startEmulator({
      snapshot: catalogOf({ "claude-test": claude, "sora-test": sora, "image-test": imageDocument() }),
      port: 0,
    });
  });
  afterAll(async () => live?.close());

  it("compares every operation and names it in each format", async () => {
    const json = await drift(["--base-url", live.url, "--format", "json"], {}, snapshotDir);
    expect(json.stderr).toBe("");
    expect(json.code).toBe(1);
    expect(
      (JSON.parse(json.stdout) as { changes: Array<Record<string, string>> }).changes.map((change) => [
        change.model,
        change.operation,
        change.location,
        change.rule,
        change.severity,
        change.pointer,
      ]),
    ).toEqual([
      [
        "claude-test",
        "messages",
        "request",
        "request-property-max-decreased",
        "breaking",
        "/properties/temperature/maximum",
      ],
      ["sora-test", "videos", "remix", "remix-schema-removed", "breaking", ""],
      ["sora-test", "videos", "remixResponse", "remix-response-schema-removed", "breaking", ""],
    ]);
    const text = await drift(["--base-url", live.url], {}, snapshotDir);
    expect(text.stdout.split("\n")).toContain(
      "  breaking     messages request  temperature: maximum 1 → 0.8  [request-property-max-decreased /properties/temperature/maximum]",
    );
    expect(text.stdout).toContain(
      "  breaking     videos remix          the document no longer declares a remix request body",
    );
  });

  it("an allow-list entry names the operation; one without it means chat and accepts nothing here", async () => {
    const entry = {
      model: "claude-test",
      rule: "request-property-max-decreased",
      pointer: "/properties/temperature/maximum",
      reason: "capped",
    };
    const file = path.join(temp, "platform-allow.json");
    await writeFile(
      file,
      JSON.stringify({
        accepted: [
          { ...entry, operation: "messages" },
          entry,
          { ...entry, operation: "responses" },
          { model: "sora-test", operation: "videos", rule: "remix-schema-removed", pointer: "", reason: "no remix" },
          {
            model: "sora-test",
            operation: "videos",
            rule: "remix-response-schema-removed",
            pointer: "",
            reason: "no remix",
          },
        ],
      }),
    );
    const run = await drift(["--base-url", live.url, "--allow", file], {}, snapshotDir);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe(
      [
        `drift: allow-list ${file}: the entry for request-property-max-decreased "claude-test" /properties/temperature/maximum matches no change; remove it`,
        `drift: allow-list ${file}: the entry for request-property-max-decreased "claude-test" "responses" /properties/temperature/maximum matches no change; remove it`,
        "",
      ].join("\n"),
    );
  });
});

describe("errors exit 2 with sync's messages", () => {
  it("a rejected key", async () => {
    const run = await drift(["--base-url", locked.url], { APIFREE_API_KEY: "sk-wrong-key" });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain("refused the API key read from APIFREE_API_KEY");
    expect(run.stderr).not.toContain("sk-wrong-key");
  });

  it("an unreachable API", async () => {
    const closed = await startEmulator({ snapshot: committed, port: 0 });
    const url = closed.url;
    await closed.close();
    const run = await drift(["--base-url", url]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`cannot reach the API at ${url}`);
  }, 60_000);

  it("--help prints the flags and exits 0", async () => {
    const run = await drift(["--help"]);
    expect(run.code).toBe(0);
    for (const flag of ["--base-url", "--snapshot", "--format", "--fail-on", "--allow", "--check-generated"])
      expect(run.stdout).toContain(flag);
  });

  it("a usage error", async () => {
    const run = await drift(["--format", "yaml"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("--format must be one of text, json, markdown");
  });

  it("a missing snapshot", async () => {
    const stdout = sink();
    const stderr = sink();
    const code = await main(["drift", "--snapshot", path.join(temp, "no-snapshot"), "--base-url", same.url], {
      stdout: stdout.stream,
      stderr: stderr.stream,
      env: {},
      signal: new AbortController().signal,
    });
    expect(code).toBe(2);
    expect(stderr.text()).toContain("cannot read snapshot manifest");
  });
});
