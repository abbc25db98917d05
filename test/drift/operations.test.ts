import { describe, expect, it } from "vitest";
import { applyAllowList, parseAllowList } from "../../src/drift/allow-list.js";
import { compareModel } from "../../src/drift/compare-model.js";
import { compareSnapshots } from "../../src/drift/compare-snapshots.js";
import { checkDocument } from "../../src/openapi/check.js";
import {
  chatAndMessagesDocument,
  geminiDocument,
  imageDocument,
  MESSAGES_EVENT,
  messagesDocument,
  PLATFORM_DOCUMENTS,
  responsesDocument,
  videoDocument,
} from "./support/platform-documents.js";
import { inlineRefs, moveToComponents, reorderKeys, to31 } from "./support/rewrite.js";
import type { JsonObject } from "./support/schema-walk.js";

/*
 * Every operation a document declares is compared, root by root, on small
 * hand-written documents per protocol: the exact changes (operation, root,
 * rule, severity, pointer) one edit must give, and nothing else.
 */

/** A document being edited in place: loosely typed on purpose. */
type Doc = Record<string, any>;

const schemas = (doc: Doc): Doc => doc.components.schemas;

/** `[operation, location, rule, severity, pointer]` of each change, in report order. */
function changes(before: JsonObject, edit: (doc: Doc) => void, model = "m"): string[][] {
  const after = structuredClone(before) as Doc;
  edit(after);
  const { changes: found } = compareSnapshots(
    { models: [{ id: model, document: before }] },
    { models: [{ id: model, document: after }] },
  );
  return found.map((change) => [change.operation ?? "", change.location, change.rule, change.severity, change.pointer]);
}

describe("the test documents are valid platform documents", () => {
  it.each(PLATFORM_DOCUMENTS)("%s", (name, build) => {
    expect(checkDocument(build(), name)).toEqual([]);
  });
});

describe("each protocol is compared, with the operation named", () => {
  it("Messages: narrowing temperature's maximum breaks the request", () => {
    expect(
      changes(messagesDocument(), (doc) => {
        schemas(doc).MessagesRequest.properties.temperature.maximum = 0.8;
      }),
    ).toEqual([
      ["messages", "request", "request-property-max-decreased", "breaking", "/properties/temperature/maximum"],
    ]);
  });

  it("Messages: a stop_reason the client never saw breaks the response", () => {
    expect(
      changes(messagesDocument(), (doc) => {
        schemas(doc).Message.properties.stop_reason.enum.push("pause_turn");
      }),
    ).toEqual([
      ["messages", "response", "response-property-enum-value-added", "breaking", "/properties/stop_reason/enum"],
    ]);
  });

  it("Responses: a reasoning.effort value removed breaks the request", () => {
    expect(
      changes(responsesDocument(), (doc) => {
        const effort = schemas(doc).ResponsesRequest.properties.reasoning.properties.effort;
        effort.enum = effort.enum.filter((value: string) => value !== "minimal");
      }),
    ).toEqual([
      [
        "responses",
        "request",
        "request-property-enum-value-removed",
        "breaking",
        "/properties/reasoning/properties/effort/enum",
      ],
    ]);
  });

  it("Responses: the stream event widened is breaking for the event, under its own rule prefix", () => {
    expect(
      changes(responsesDocument(), (doc) => {
        delete schemas(doc).ResponseStreamEvent.properties.sequence_number.minimum;
      }),
    ).toEqual([
      ["responses", "event", "event-property-min-decreased", "breaking", "/properties/sequence_number/minimum"],
    ]);
  });

  it("Gemini: a response field added is non-breaking, in the response and in the stream event it shares", () => {
    expect(
      changes(geminiDocument(), (doc) => {
        schemas(doc).GenerateContentResponse.properties.modelVersion = { type: "string" };
      }),
    ).toEqual([
      ["gemini", "response", "response-optional-property-added", "non-breaking", "/properties/modelVersion"],
      ["gemini", "event", "event-optional-property-added", "non-breaking", "/properties/modelVersion"],
    ]);
  });

  it("Gemini: a generationConfig range narrowed breaks the request", () => {
    expect(
      changes(geminiDocument(), (doc) => {
        schemas(doc).GenerateContentRequest.properties.generationConfig.properties.temperature.maximum = 1;
      }),
    ).toEqual([
      [
        "gemini",
        "request",
        "request-property-max-decreased",
        "breaking",
        "/properties/generationConfig/properties/temperature/maximum",
      ],
    ]);
  });

  it("videos: a size removed breaks both create bodies, JSON and multipart", () => {
    expect(
      changes(videoDocument(), (doc) => {
        schemas(doc).VideoSize.enum = ["1280x720", "720x1280"];
      }),
    ).toEqual([
      ["videos", "request", "request-property-enum-value-removed", "breaking", "/properties/size/enum"],
      ["videos", "multipart", "multipart-property-enum-value-removed", "breaking", "/properties/size/enum"],
    ]);
  });

  it("videos: a task status the client never saw breaks every root that reads the task", () => {
    expect(
      changes(videoDocument(), (doc) => {
        schemas(doc).VideoTask.properties.status.enum.push("cancelled");
      }),
    ).toEqual([
      ["videos", "response", "response-property-enum-value-added", "breaking", "/properties/status/enum"],
      ["videos", "task", "task-property-enum-value-added", "breaking", "/properties/status/enum"],
      ["videos", "remixResponse", "remix-response-property-enum-value-added", "breaking", "/properties/status/enum"],
    ]);
  });

  it("videos: the remix prompt shortened breaks the remix body; a task field dropped breaks what reads it", () => {
    expect(
      changes(videoDocument(), (doc) => {
        doc.paths["/v1/videos/{video_id}/remix"].post.requestBody.content[
          "application/json"
        ].schema.properties.prompt.maxLength = 1000;
      }),
    ).toEqual([["videos", "remix", "remix-property-max-length-decreased", "breaking", "/properties/prompt/maxLength"]]);
    expect(
      changes(videoDocument(), (doc) => {
        // Only the poll's task loses the field: the others keep the shared component.
        const task = structuredClone(schemas(doc).VideoTask);
        delete task.properties.progress;
        doc.paths["/v1/videos/{task_id}"].get.responses["200"].content["application/json"].schema = task;
      }),
    ).toEqual([["videos", "task", "task-property-removed", "breaking", "/properties/progress"]]);
  });

  it("an operation outside the table is compared under its METHOD /path", () => {
    expect(
      changes(imageDocument(), (doc) => {
        delete doc.paths["/v1/images/generations"].post.responses["200"].content["application/json"].schema.properties
          .data.items.properties.b64_json;
      }),
    ).toEqual([
      [
        "POST /v1/images/generations",
        "response",
        "response-property-removed",
        "breaking",
        "/properties/data/items/properties/b64_json",
      ],
    ]);
  });
});

describe("operations and roots that appear or disappear", () => {
  it("an operation removed is breaking, and its schemas are not compared further", () => {
    expect(
      changes(chatAndMessagesDocument(), (doc) => {
        delete doc.paths["/v1/messages"];
      }),
    ).toEqual([["messages", "operation", "operation-removed", "breaking", ""]]);
  });

  it("an operation added is non-breaking, a table family or any other", () => {
    expect(
      changes(messagesDocument(), (doc) => {
        doc.paths["/v1/responses"] = (responsesDocument().paths as Doc)["/v1/responses"];
        Object.assign(schemas(doc), (responsesDocument().components as Doc).schemas);
        doc.paths["/v1/images/generations"] = (imageDocument().paths as Doc)["/v1/images/generations"];
      }),
    ).toEqual([
      ["POST /v1/images/generations", "operation", "operation-added", "non-breaking", ""],
      ["responses", "operation", "operation-added", "non-breaking", ""],
    ]);
  });

  it("the message names the operation and its route", () => {
    const before = chatAndMessagesDocument();
    const after = structuredClone(before) as Doc;
    delete after.paths["/v1/messages"];
    expect(compareModel("m", before, after)).toEqual([
      {
        model: "m",
        operation: "messages",
        location: "operation",
        pointer: "",
        rule: "operation-removed",
        severity: "breaking",
        message: "the document no longer declares messages (POST /v1/messages): calls to it will fail",
      },
    ]);
    expect(compareModel("m", after, before)[0]?.message).toBe("the document now declares messages (POST /v1/messages)");
  });

  it("a Messages document that gains an event-stream schema: event-schema-added, nothing else", () => {
    expect(
      changes(messagesDocument(), (doc) => {
        doc.paths["/v1/messages"].post.responses["200"].content["text/event-stream"] = { schema: MESSAGES_EVENT };
      }),
    ).toEqual([["messages", "event", "event-schema-added", "non-breaking", ""]]);
  });

  it("a Responses document that drops its event-stream schema: event-schema-removed is breaking", () => {
    expect(
      changes(responsesDocument(), (doc) => {
        delete doc.paths["/v1/responses"].post.responses["200"].content["text/event-stream"];
      }),
    ).toEqual([["responses", "event", "event-schema-removed", "breaking", ""]]);
  });

  it("a video model that gains multipart, or loses its poll route", () => {
    const withoutMultipart = videoDocument() as Doc;
    delete withoutMultipart.paths["/v1/videos"].post.requestBody.content["multipart/form-data"];
    expect(
      changes(withoutMultipart, (doc) => {
        doc.paths["/v1/videos"].post.requestBody.content["multipart/form-data"] = {
          schema: { $ref: "#/components/schemas/VideoCreateMultipart" },
        };
      }),
    ).toEqual([["videos", "multipart", "multipart-schema-added", "non-breaking", ""]]);
    expect(
      changes(videoDocument(), (doc) => {
        delete doc.paths["/v1/videos/{task_id}"];
      }),
    ).toEqual([["videos", "task", "task-schema-removed", "breaking", ""]]);
  });
});

describe("two operations, the same rule at the same pointer", () => {
  function narrowBoth(doc: Doc): void {
    schemas(doc).MessagesRequest.properties.temperature.maximum = 0.8;
    doc.paths["/v1/chat/completions"].post.requestBody.content[
      "application/json"
    ].schema.properties.temperature.maximum = 1.5;
  }

  it("are two changes, never merged, each naming its operation", () => {
    expect(changes(chatAndMessagesDocument(), narrowBoth)).toEqual([
      ["chat.completions", "request", "request-property-max-decreased", "breaking", "/properties/temperature/maximum"],
      ["messages", "request", "request-property-max-decreased", "breaking", "/properties/temperature/maximum"],
    ]);
  });

  it("an allow-list entry accepts only the operation it names; without one it means chat.completions", () => {
    const before = chatAndMessagesDocument();
    const after = structuredClone(before) as Doc;
    narrowBoth(after);
    const found = compareSnapshots(
      { models: [{ id: "claude-x", document: before }] },
      { models: [{ id: "claude-x", document: after }] },
    ).changes;
    const entry = {
      model: "claude-x",
      rule: "request-property-max-decreased",
      pointer: "/properties/temperature/maximum",
    };
    const accepted = (entries: object[]) =>
      applyAllowList(found, parseAllowList(JSON.stringify({ accepted: entries }), "allow.json"), "2026-01-01")
        .changes.filter((change) => change.accepted !== undefined)
        .map((change) => change.operation);
    expect(accepted([{ ...entry, operation: "messages", reason: "r" }])).toEqual(["messages"]);
    expect(accepted([{ ...entry, reason: "written before drift knew operations" }])).toEqual(["chat.completions"]);
    expect(accepted([{ ...entry, operation: "*", reason: "r" }])).toEqual(["chat.completions", "messages"]);
    expect(accepted([{ ...entry, operation: "responses", reason: "r" }])).toEqual([]);
  });
});

describe("a document with no chat operation", () => {
  it.each(PLATFORM_DOCUMENTS)("%s against itself reports nothing", (_name, build) => {
    expect(compareModel("m", build(), build())).toEqual([]);
  });

  it("a model moving from chat to Messages only: chat removed (breaking), messages added", () => {
    const before = chatAndMessagesDocument() as Doc;
    delete before.paths["/v1/messages"];
    expect(changes(before, (doc) => Object.assign(doc, messagesDocument()))).toEqual([
      ["chat.completions", "operation", "operation-removed", "breaking", ""],
      ["messages", "operation", "operation-added", "non-breaking", ""],
    ]);
  });
});

describe("refactors of non-chat documents report nothing", () => {
  const documents = PLATFORM_DOCUMENTS.map(([name, build]) => [name, build()] as const);

  function reported(before: JsonObject, after: JsonObject): string[] {
    // The refactor must really have rewritten the document, or the test proves nothing.
    expect(JSON.stringify(after)).not.toBe(JSON.stringify(before));
    return compareModel("m", before, after).map((change) => `${change.operation} ${change.rule} ${change.pointer}`);
  }

  it.each(documents)("%s: keys reordered, $refs inlined, inline schemas moved into components", (_name, doc) => {
    expect(reported(doc, reorderKeys(doc) as JsonObject)).toEqual([]);
    if (JSON.stringify(doc).includes('"$ref"')) expect(reported(doc, inlineRefs(doc))).toEqual([]);
    expect(reported(doc, moveToComponents(doc))).toEqual([]);
    expect(reported(doc, moveToComponents(inlineRefs(doc)))).toEqual([]);
  });

  it.each(documents.filter(([, doc]) => doc.openapi === "3.0.3"))("%s: migrated from 3.0 to 3.1", (_name, doc) => {
    const migrated = to31(doc, "type-array");
    expect(JSON.stringify(migrated)).not.toMatch(/"nullable":true|"exclusiveM(in|ax)imum":(true|false)|"example":/);
    expect(reported(doc, migrated)).toEqual([]);
    expect(reported(doc, to31(doc, "any-of"))).toEqual([]);
    expect(reported(to31(doc), doc)).toEqual([]);
  });
});
