import path from "node:path";
import { describe, expect, it } from "vitest";
import { compareModel } from "../../src/drift/compare-model.js";
import { compareSnapshots } from "../../src/drift/compare-snapshots.js";
import { appendPointer, getAtPointer } from "../../src/shared/json-pointer.js";
import { readSnapshot } from "../../src/snapshot/read.js";
import { CORPUS_DIR, corpusDocuments, corpusTitle } from "../support/corpus.js";
import { at, findSite, properties, type Site, siteAt, type Where } from "./support/mutate.js";
import type { JsonObject } from "./support/schema-walk.js";

/*
 * The mutation table: one real document of the bundled catalog (snapshot/),
 * one edit, the exact changes drift must report for that location: rule,
 * severity and pointer, and nothing else (no stray info either). Both
 * directions where a rule has two. OpenAPI 3.1 (openai/gpt-5.2) and 3.0
 * (openai/gpt-4.1) documents are both used.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
const committed = await readSnapshot(path.join(ROOT, "snapshot"));
const V31 = "openai/gpt-5.2";
const V30 = "openai/gpt-4.1";

const corpus = new Map(corpusDocuments().map((entry) => [`corpus:${entry.name}`, entry.document]));

function documentOf(model: string): unknown {
  if (model.startsWith("corpus:")) {
    const document = corpus.get(model);
    if (document === undefined) throw new Error(`the corpus has no document ${model}`);
    return document;
  }
  const found = committed.models.find((entry) => entry.id === model);
  if (found === undefined) throw new Error(`the bundled catalog has no model ${model}`);
  return found.document;
}

type Expected = [rule: string, severity: string, pointerSuffix: string];

interface Case {
  name: string;
  model: string;
  where: Where;
  site: (doc: unknown) => Site;
  /** Applied to both sides first, to test the opposite direction of an edit. */
  prepare?: (doc: unknown, site: Site) => void;
  mutate: (doc: unknown, site: Site) => void;
  expect: Expected[];
}

const hasNumber = (key: string) => (schema: JsonObject) => typeof schema[key] === "number";
const prop =
  (...names: string[]) =>
  (doc: unknown, where: Where) =>
    siteAt(doc, where, ...names);

function req(
  name: string,
  model: string,
  site: (doc: unknown) => Site,
  mutate: Case["mutate"],
  ...expected: Expected[]
): Case {
  return { name, model, where: "request", site, mutate, expect: expected };
}
/** A case whose base document is first edited by `prepare`: the opposite direction of another case. */
function back(entry: Case, prepare: Case["mutate"]): Case {
  return { ...entry, prepare };
}
function res(
  name: string,
  model: string,
  site: (doc: unknown) => Site,
  mutate: Case["mutate"],
  ...expected: Expected[]
): Case {
  return { name, model, where: "response", site, mutate, expect: expected };
}
function chunk(
  name: string,
  model: string,
  site: (doc: unknown) => Site,
  mutate: Case["mutate"],
  ...expected: Expected[]
): Case {
  return { name, model, where: "chunk", site, mutate, expect: expected };
}

const inRequest =
  (...names: string[]) =>
  (doc: unknown) =>
    prop(...names)(doc, "request");
const inResponse =
  (...names: string[]) =>
  (doc: unknown) =>
    prop(...names)(doc, "response");
const inChunk =
  (...names: string[]) =>
  (doc: unknown) =>
    prop(...names)(doc, "chunk");

const CASES: Case[] = [
  // Request: properties and requiredness.
  req(
    "request property removed",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => void delete (at(doc, s.parentRaw).properties as JsonObject)[s.name],
    ["request-property-removed", "breaking", ""],
  ),
  req(
    "request optional property added",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => {
      (at(doc, s.parentRaw).properties as JsonObject).drift_probe = { type: "string" };
    },
    ["request-optional-property-added", "non-breaking", "/../drift_probe"],
  ),
  req(
    "request required property added",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      (parent.properties as JsonObject).drift_probe = { type: "string" };
      parent.required = [...((parent.required as string[]) ?? []), "drift_probe"];
    },
    ["request-required-property-added", "breaking", "/../drift_probe"],
  ),
  req(
    "request property became required",
    V31,
    inRequest("temperature"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      parent.required = [...((parent.required as string[]) ?? []), s.name];
    },
    ["request-property-became-required", "breaking", ""],
  ),
  req(
    "request property became optional",
    V30,
    inRequest("messages"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      parent.required = (parent.required as string[]).filter((name) => name !== s.name);
    },
    ["request-property-became-optional", "non-breaking", ""],
  ),
  req(
    "request additionalProperties closed",
    V31,
    inRequest("stream_options"),
    (doc, s) => void (at(doc, s.raw).additionalProperties = false),
    ["request-property-additional-properties-closed", "breaking", "/additionalProperties"],
  ),
  back(
    req(
      "request additionalProperties opened",
      V31,
      inRequest("stream_options"),
      (doc, s) => void delete at(doc, s.raw).additionalProperties,
      ["request-property-additional-properties-opened", "non-breaking", "/additionalProperties"],
    ),
    (doc, s) => void (at(doc, s.raw).additionalProperties = false),
  ),

  // Request: types, null, values.
  req(
    "request type changed",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).type = "string"),
    ["request-property-type-changed", "breaking", "/type"],
  ),
  req(
    "request type narrowed (number -> integer)",
    V30,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).type = "integer"),
    ["request-property-type-specialized", "breaking", "/type"],
  ),
  req(
    "request type widened (integer -> number)",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).type = "number"),
    ["request-property-type-generalized", "non-breaking", "/type"],
  ),
  req(
    "request became nullable (3.0 nullable)",
    V30,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).nullable = true),
    ["request-property-became-nullable", "non-breaking", "/nullable"],
  ),
  req(
    "request became not nullable (3.0)",
    V30,
    inRequest("top_logprobs"),
    (doc, s) => void delete at(doc, s.raw).nullable,
    ["request-property-became-not-nullable", "breaking", "/nullable"],
  ),
  req(
    "request became not nullable (3.1 type array)",
    V31,
    inRequest("verbosity"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.type = "string";
      node.enum = (node.enum as unknown[]).filter((value) => value !== null);
    },
    ["request-property-became-not-nullable", "breaking", "/nullable"],
  ),
  req(
    "request enum value removed",
    V31,
    inRequest("verbosity"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = (node.enum as unknown[]).filter((value) => value !== "high");
    },
    ["request-property-enum-value-removed", "breaking", "/enum"],
  ),
  req(
    "request enum value added",
    V30,
    inRequest("service_tier"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = [...(node.enum as unknown[]), "scale"];
    },
    ["request-property-enum-value-added", "non-breaking", "/enum"],
  ),
  req(
    "request const changed (3.1 const)",
    V31,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).const = 0.5),
    ["request-property-const-changed", "breaking", "/const"],
  ),
  req(
    "request const changed (3.0 one-value enum)",
    V30,
    inRequest("model"),
    (doc, s) => void (at(doc, s.raw).enum = ["openai/gpt-4.1-renamed"]),
    ["request-property-const-changed", "breaking", "/const"],
  ),
  req("request const removed", V31, inRequest("top_p"), (doc, s) => void delete at(doc, s.raw).const, [
    "request-property-const-removed",
    "non-breaking",
    "/const",
  ]),
  req("request became enum", V30, inRequest("safety_identifier"), (doc, s) => void (at(doc, s.raw).enum = ["a", "b"]), [
    "request-property-became-enum",
    "breaking",
    "/enum",
  ]),

  // Request: bounds.
  req(
    "request minimum raised",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).minimum = 16),
    ["request-property-min-increased", "breaking", "/minimum"],
  ),
  req(
    "request minimum lowered",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).minimum = 0),
    ["request-property-min-decreased", "non-breaking", "/minimum"],
  ),
  req(
    "request minimum made exclusive (3.0 boolean)",
    V30,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).exclusiveMinimum = true),
    ["request-property-min-increased", "breaking", "/minimum"],
  ),
  req(
    "request maximum lowered",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).maximum = 4096),
    ["request-property-max-decreased", "breaking", "/maximum"],
  ),
  req(
    "request maximum raised",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).maximum = 1_000_000),
    ["request-property-max-increased", "non-breaking", "/maximum"],
  ),
  req(
    "request maximum made exclusive (3.1 numeric)",
    V31,
    inRequest("max_completion_tokens"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.exclusiveMaximum = node.maximum!;
      delete node.maximum;
    },
    ["request-property-max-decreased", "breaking", "/maximum"],
  ),
  req(
    "request maxLength lowered",
    V30,
    inRequest("safety_identifier"),
    (doc, s) => void (at(doc, s.raw).maxLength = 32),
    ["request-property-max-length-decreased", "breaking", "/maxLength"],
  ),
  req(
    "request maxLength raised",
    V30,
    inRequest("safety_identifier"),
    (doc, s) => void (at(doc, s.raw).maxLength = 128),
    ["request-property-max-length-increased", "non-breaking", "/maxLength"],
  ),
  req("request minLength set", V30, inRequest("safety_identifier"), (doc, s) => void (at(doc, s.raw).minLength = 8), [
    "request-property-min-length-increased",
    "breaking",
    "/minLength",
  ]),
  req("request maxItems lowered", V31, inRequest("tools"), (doc, s) => void (at(doc, s.raw).maxItems = 64), [
    "request-property-max-items-decreased",
    "breaking",
    "/maxItems",
  ]),
  req("request maxItems raised", V31, inRequest("tools"), (doc, s) => void (at(doc, s.raw).maxItems = 256), [
    "request-property-max-items-increased",
    "non-breaking",
    "/maxItems",
  ]),
  req("request minItems raised", V30, inRequest("messages"), (doc, s) => void (at(doc, s.raw).minItems = 2), [
    "request-property-min-items-increased",
    "breaking",
    "/minItems",
  ]),
  req("request minItems removed", V30, inRequest("messages"), (doc, s) => void delete at(doc, s.raw).minItems, [
    "request-property-min-items-decreased",
    "non-breaking",
    "/minItems",
  ]),
  req(
    "request maxProperties lowered",
    V31,
    inRequest("metadata"),
    (doc, s) => void (at(doc, s.raw).maxProperties = 8),
    ["request-property-max-properties-decreased", "breaking", "/maxProperties"],
  ),
  req("request minProperties set", V31, inRequest("metadata"), (doc, s) => void (at(doc, s.raw).minProperties = 1), [
    "request-property-min-properties-increased",
    "breaking",
    "/minProperties",
  ]),
  req(
    "request multipleOf set",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).multipleOf = 8),
    ["request-property-multiple-of-narrowed", "breaking", "/multipleOf"],
  ),
  req("request uniqueItems set", V31, inRequest("tools"), (doc, s) => void (at(doc, s.raw).uniqueItems = true), [
    "request-property-unique-items-added",
    "breaking",
    "/uniqueItems",
  ]),
  req(
    "request pattern added",
    V30,
    inRequest("safety_identifier"),
    (doc, s) => void (at(doc, s.raw).pattern = "^[a-f0-9]+$"),
    ["request-property-pattern-added", "breaking", "/pattern"],
  ),
  req("request not added", V30, inRequest("safety_identifier"), (doc, s) => void (at(doc, s.raw).not = { const: "" }), [
    "request-property-not-added",
    "breaking",
    "/not",
  ]),
  req(
    "request other validation keyword changed (propertyNames)",
    V31,
    inRequest("metadata"),
    (doc, s) => void (at(doc, s.raw).propertyNames = { maxLength: 32 }),
    ["request-property-keyword-changed", "breaking", "/propertyNames"],
  ),

  // Request: unions.
  req(
    "request oneOf branch removed",
    V31,
    inRequest("function_call"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.oneOf = (node.oneOf as unknown[]).slice(1);
    },
    ["request-property-one-of-removed", "breaking", "/oneOf/0"],
  ),
  req(
    "request oneOf branch added",
    V30,
    inRequest("function_call"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.oneOf = [...(node.oneOf as unknown[]), { type: "boolean" }];
    },
    ["request-property-one-of-added", "non-breaking", "/oneOf/2"],
  ),
  req(
    "request plain schema became a union",
    V30,
    inRequest("safety_identifier"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      const old = (parent.properties as JsonObject)[s.name]!;
      (parent.properties as JsonObject)[s.name] = { anyOf: [old, { type: "integer" }] };
    },
    ["request-property-any-of-added", "non-breaking", "/anyOf/1"],
  ),

  // Request: annotations.
  req("request default changed", V30, inRequest("temperature"), (doc, s) => void (at(doc, s.raw).default = 0.7), [
    "request-property-default-changed",
    "non-breaking",
    "/default",
  ]),
  req("request became deprecated", V30, inRequest("temperature"), (doc, s) => void (at(doc, s.raw).deprecated = true), [
    "request-property-became-deprecated",
    "info",
    "/deprecated",
  ]),
  req("request deprecation removed", V30, inRequest("user"), (doc, s) => void delete at(doc, s.raw).deprecated, [
    "request-property-deprecation-removed",
    "info",
    "/deprecated",
  ]),
  req(
    "request format set",
    V30,
    inRequest("max_completion_tokens"),
    (doc, s) => void (at(doc, s.raw).format = "int32"),
    ["request-property-format-changed", "info", "/format"],
  ),
  req(
    "request description changed: info only",
    V31,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).description = "Reworded."),
    ["request-property-description-changed", "info", "/description"],
  ),

  // Response.
  res(
    "response property removed",
    V31,
    inResponse("system_fingerprint"),
    (doc, s) => void delete (at(doc, s.parentRaw).properties as JsonObject)[s.name],
    ["response-property-removed", "breaking", ""],
  ),
  res(
    "response required property made optional",
    V31,
    inResponse("created"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      parent.required = (parent.required as string[]).filter((name) => name !== s.name);
    },
    ["response-property-became-optional", "breaking", ""],
  ),
  res(
    "response optional property made required",
    V30,
    inResponse("usage"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      parent.required = [...(parent.required as string[]), s.name];
    },
    ["response-property-became-required", "non-breaking", ""],
  ),
  res(
    "response property added",
    V31,
    inResponse("created"),
    (doc, s) => {
      (at(doc, s.parentRaw).properties as JsonObject).drift_probe = { type: "string" };
    },
    ["response-optional-property-added", "non-breaking", "/../drift_probe"],
  ),
  res(
    "response type widened (integer -> number)",
    V30,
    inResponse("created"),
    (doc, s) => void (at(doc, s.raw).type = "number"),
    ["response-property-type-generalized", "breaking", "/type"],
  ),
  res("response format set: info", V30, inResponse("created"), (doc, s) => void (at(doc, s.raw).format = "int64"), [
    "response-property-format-changed",
    "info",
    "/format",
  ]),
  res(
    "response type narrowed (number -> integer)",
    V31,
    inResponse("usage", "cost"),
    (doc, s) => void (at(doc, s.raw).type = "integer"),
    ["response-property-type-specialized", "non-breaking", "/type"],
  ),
  res(
    "response enum value added",
    V31,
    (doc) =>
      findSite(
        doc,
        "response",
        (schema, site) => site.name === "finish_reason" && Array.isArray(schema.enum),
        "finish_reason with an enum",
      ),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = [...(node.enum as unknown[]), "pause_turn"];
    },
    ["response-property-enum-value-added", "breaking", "/enum"],
  ),
  res(
    "response enum value removed",
    V30,
    (doc) =>
      findSite(
        doc,
        "response",
        (schema, site) => site.name === "finish_reason" && Array.isArray(schema.enum),
        "finish_reason with an enum",
      ),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = (node.enum as unknown[]).filter((value) => value !== "function_call");
    },
    ["response-property-enum-value-removed", "non-breaking", "/enum"],
  ),
  res(
    "response became nullable (3.1)",
    V31,
    inResponse("created"),
    (doc, s) => void (at(doc, s.raw).type = ["integer", "null"]),
    ["response-property-became-nullable", "breaking", "/nullable"],
  ),
  res(
    "response became not nullable (3.0)",
    V30,
    inResponse("system_fingerprint"),
    (doc, s) => void delete at(doc, s.raw).nullable,
    ["response-property-became-not-nullable", "non-breaking", "/nullable"],
  ),
  res(
    "response minimum removed",
    V31,
    (doc) => findSite(doc, "response", hasNumber("minimum"), "bounded below"),
    (doc, s) => void delete at(doc, s.raw).minimum,
    ["response-property-min-decreased", "breaking", "/minimum"],
  ),
  res(
    "response minimum raised",
    V31,
    (doc) => findSite(doc, "response", hasNumber("minimum"), "bounded below"),
    (doc, s) => void (at(doc, s.raw).minimum = 1),
    ["response-property-min-increased", "non-breaking", "/minimum"],
  ),
  res("response pattern added", V31, inResponse("id"), (doc, s) => void (at(doc, s.raw).pattern = "^chatcmpl-"), [
    "response-property-pattern-added",
    "non-breaking",
    "/pattern",
  ]),
  res(
    "response description changed: info only",
    V30,
    inResponse("created"),
    (doc, s) => void (at(doc, s.raw).description = "Reworded."),
    ["response-property-description-changed", "info", "/description"],
  ),

  // Chunk.
  chunk(
    "chunk enum value added",
    V31,
    (doc) => findSite(doc, "chunk", (schema, site) => site.name === "role" && Array.isArray(schema.enum), "delta.role"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = [...(node.enum as unknown[]), "critic"];
    },
    ["chunk-property-enum-value-added", "breaking", "/enum"],
  ),
  chunk(
    "chunk property removed",
    V31,
    inChunk("system_fingerprint"),
    (doc, s) => void delete (at(doc, s.parentRaw).properties as JsonObject)[s.name],
    ["chunk-property-removed", "breaking", ""],
  ),
  chunk("chunk nullability removed", V30, inChunk("service_tier"), (doc, s) => void delete at(doc, s.raw).nullable, [
    "chunk-property-became-not-nullable",
    "non-breaking",
    "/nullable",
  ]),
  chunk(
    "chunk required made optional",
    V30,
    inChunk("model"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      parent.required = (parent.required as string[]).filter((name) => name !== s.name);
    },
    ["chunk-property-became-optional", "breaking", ""],
  ),
  // Opposite directions and the remaining keywords.
  back(
    req(
      "request pattern changed",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => void (at(doc, s.raw).pattern = "^[A-Z]+$"),
      ["request-property-pattern-changed", "breaking", "/pattern"],
    ),
    (doc, s) => void (at(doc, s.raw).pattern = "^[a-f0-9]+$"),
  ),
  back(
    req(
      "request pattern removed",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => void delete at(doc, s.raw).pattern,
      ["request-property-pattern-removed", "non-breaking", "/pattern"],
    ),
    (doc, s) => void (at(doc, s.raw).pattern = "^[a-f0-9]+$"),
  ),
  back(
    req(
      "request multipleOf relaxed",
      V30,
      inRequest("max_completion_tokens"),
      (doc, s) => void (at(doc, s.raw).multipleOf = 4),
      ["request-property-multiple-of-widened", "non-breaking", "/multipleOf"],
    ),
    (doc, s) => void (at(doc, s.raw).multipleOf = 8),
  ),
  back(
    req(
      "request multipleOf changed sideways",
      V30,
      inRequest("max_completion_tokens"),
      (doc, s) => void (at(doc, s.raw).multipleOf = 6),
      ["request-property-multiple-of-changed", "breaking", "/multipleOf"],
    ),
    (doc, s) => void (at(doc, s.raw).multipleOf = 4),
  ),
  back(
    req("request uniqueItems dropped", V31, inRequest("tools"), (doc, s) => void delete at(doc, s.raw).uniqueItems, [
      "request-property-unique-items-removed",
      "non-breaking",
      "/uniqueItems",
    ]),
    (doc, s) => void (at(doc, s.raw).uniqueItems = true),
  ),
  back(
    req("request not removed", V30, inRequest("safety_identifier"), (doc, s) => void delete at(doc, s.raw).not, [
      "request-property-not-removed",
      "non-breaking",
      "/not",
    ]),
    (doc, s) => void (at(doc, s.raw).not = { const: "" }),
  ),
  back(
    req(
      "request not changed",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => void (at(doc, s.raw).not = { const: "x" }),
      ["request-property-not-changed", "breaking", "/not"],
    ),
    (doc, s) => void (at(doc, s.raw).not = { const: "" }),
  ),
  back(
    req(
      "request minLength lowered",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => void (at(doc, s.raw).minLength = 2),
      ["request-property-min-length-decreased", "non-breaking", "/minLength"],
    ),
    (doc, s) => void (at(doc, s.raw).minLength = 8),
  ),
  req(
    "request maxProperties raised",
    V31,
    inRequest("metadata"),
    (doc, s) => void (at(doc, s.raw).maxProperties = 32),
    ["request-property-max-properties-increased", "non-breaking", "/maxProperties"],
  ),
  back(
    req(
      "request minProperties lowered",
      V31,
      inRequest("metadata"),
      (doc, s) => void (at(doc, s.raw).minProperties = 1),
      ["request-property-min-properties-decreased", "non-breaking", "/minProperties"],
    ),
    (doc, s) => void (at(doc, s.raw).minProperties = 2),
  ),
  req("request enum dropped", V31, inRequest("verbosity"), (doc, s) => void delete at(doc, s.raw).enum, [
    "request-property-enum-removed",
    "non-breaking",
    "/enum",
  ]),
  req(
    "request const added (3.0 one-value enum)",
    V30,
    inRequest("top_p"),
    (doc, s) => void (at(doc, s.raw).enum = [1]),
    ["request-property-const-added", "breaking", "/const"],
  ),
  back(
    req(
      "request anyOf branch removed (union collapsed)",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => {
        const parent = at(doc, s.parentRaw);
        const union = (parent.properties as JsonObject)[s.name] as JsonObject;
        (parent.properties as JsonObject)[s.name] = (union.anyOf as JsonObject[])[0]!;
      },
      ["request-property-any-of-removed", "breaking", "/anyOf/1"],
    ),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      (parent.properties as JsonObject)[s.name] = {
        anyOf: [(parent.properties as JsonObject)[s.name]!, { type: "integer" }],
      };
    },
  ),
  req(
    "request oneOf became anyOf",
    V30,
    inRequest("function_call"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.anyOf = node.oneOf!;
      delete node.oneOf;
    },
    ["request-property-one-of-became-any-of", "non-breaking", "/anyOf"],
  ),
  req(
    "request allOf conjuncts added",
    V30,
    inRequest("safety_identifier"),
    (doc, s) => void (at(doc, s.raw).allOf = [{ pattern: "^a" }, { pattern: "b$" }]),
    ["request-property-all-of-added", "breaking", "/allOf/0"],
    ["request-property-all-of-added", "breaking", "/allOf/1"],
  ),
  back(
    req(
      "request allOf conjuncts removed",
      V30,
      inRequest("safety_identifier"),
      (doc, s) => void delete at(doc, s.raw).allOf,
      ["request-property-all-of-removed", "non-breaking", "/allOf/0"],
      ["request-property-all-of-removed", "non-breaking", "/allOf/1"],
    ),
    (doc, s) => void (at(doc, s.raw).allOf = [{ pattern: "^a" }, { pattern: "b$" }]),
  ),
  req(
    "request x- extension changed: info",
    V31,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw)["x-internal"] = true),
    ["request-property-extension-changed", "info", "/x-internal"],
  ),
  req(
    "request title set: info",
    V31,
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).title = "Temperature"),
    ["request-property-title-changed", "info", "/title"],
  ),
  req("request example changed: info", V30, inRequest("temperature"), (doc, s) => void (at(doc, s.raw).example = 0.2), [
    "request-property-example-changed",
    "info",
    "/examples",
  ]),
  res(
    "response union widened",
    V31,
    inResponse("id"),
    (doc, s) => {
      const parent = at(doc, s.parentRaw);
      (parent.properties as JsonObject)[s.name] = {
        anyOf: [(parent.properties as JsonObject)[s.name]!, { type: "integer" }],
      };
    },
    ["response-property-any-of-added", "breaking", "/anyOf/1"],
  ),
  back(
    res(
      "response maximum raised",
      V31,
      inResponse("usage", "total_tokens"),
      (doc, s) => void (at(doc, s.raw).maximum = 2000),
      ["response-property-max-increased", "breaking", "/maximum"],
    ),
    (doc, s) => void (at(doc, s.raw).maximum = 1000),
  ),
  res(
    "response maximum set",
    V31,
    inResponse("usage", "total_tokens"),
    (doc, s) => void (at(doc, s.raw).maximum = 1000),
    ["response-property-max-decreased", "non-breaking", "/maximum"],
  ),
  res(
    "response additionalProperties closed",
    V31,
    inResponse("usage"),
    (doc, s) => void (at(doc, s.raw).additionalProperties = false),
    ["response-property-additional-properties-closed", "non-breaking", "/additionalProperties"],
  ),
  res("response default changed: info", V30, inResponse("created"), (doc, s) => void (at(doc, s.raw).default = 0), [
    "response-property-default-changed",
    "info",
    "/default",
  ]),
  chunk(
    "chunk enum value removed",
    V30,
    (doc) =>
      findSite(
        doc,
        "chunk",
        (schema, site) => site.name === "finish_reason" && Array.isArray(schema.enum),
        "finish_reason",
      ),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = (node.enum as unknown[]).filter((value) => value !== "function_call");
    },
    ["chunk-property-enum-value-removed", "non-breaking", "/enum"],
  ),
  chunk(
    "chunk property added",
    V31,
    inChunk("model"),
    (doc, s) => {
      (at(doc, s.parentRaw).properties as JsonObject).obfuscation = { type: "string" };
    },
    ["chunk-optional-property-added", "non-breaking", "/../obfuscation"],
  ),
  chunk("chunk became nullable", V31, inChunk("model"), (doc, s) => void (at(doc, s.raw).type = ["string", "null"]), [
    "chunk-property-became-nullable",
    "breaking",
    "/nullable",
  ]),
];

/** OpenAI's top_logprobs is in two allOf parts: `anyOf [integer, null]` in one, `integer` in the other. */
function plainTopLogprobs(doc: unknown): Site {
  for (const site of properties(doc, "request", 1)) {
    if (
      site.name === "top_logprobs" &&
      (getAtPointer(doc, appendPointer(site.parentRaw, "properties", site.name)) as JsonObject).type === "integer"
    )
      return site;
  }
  throw new Error("openai.openapi.json has no plain integer top_logprobs");
}

/*
 * The same on the shared corpus of documents nobody on this project wrote
 * (skipped without APIFREE_CORPUS_DIR): allOf layers, 3.0 wrappers, type
 * arrays, SSE envelopes, inline unions.
 */
const CORPUS_CASES: Case[] = [
  req(
    "openai 3.1: temperature (anyOf [number, null] inside nested allOf parts) maximum lowered",
    "corpus:openai",
    inRequest("temperature"),
    (doc, s) => void (at(doc, s.raw).maximum = 1),
    ["request-property-max-decreased", "breaking", "/maximum"],
  ),
  req(
    "openai 3.1: a property defined in two allOf parts, loosened in one: the other still bounds it, no change",
    "corpus:openai",
    plainTopLogprobs,
    (doc, s) => void (at(doc, s.raw).maximum = 30),
  ),
  req(
    "openai 3.1: a property defined in two allOf parts, tightened in one",
    "corpus:openai",
    plainTopLogprobs,
    (doc, s) => void (at(doc, s.raw).maximum = 10),
    ["request-property-max-decreased", "breaking", "/maximum"],
  ),
  res(
    "groq 3.0: enum with null beside nullable, value removed",
    "corpus:groq",
    inResponse("service_tier"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = (node.enum as unknown[]).filter((value) => value !== "flex");
    },
    ["response-property-enum-value-removed", "non-breaking", "/enum"],
  ),
  res(
    "groq 3.0: null dropped from the enum while nullable stays: still nullable, no change",
    "corpus:groq",
    inResponse("service_tier"),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.enum = (node.enum as unknown[]).filter((value) => value !== null);
    },
  ),
  req(
    "tgi 3.0: allOf [$ref] + nullable wrapper loses nullable",
    "corpus:huggingface-tgi",
    inRequest("stream_options"),
    (doc, s) => {
      delete ((at(doc, s.parentRaw).properties as JsonObject)[s.name] as JsonObject).nullable;
    },
    ["request-property-became-not-nullable", "breaking", "/nullable"],
  ),
  chunk(
    "openrouter 3.1: type array loses null in the enveloped chunk",
    "corpus:openrouter",
    (doc) =>
      findSite(
        doc,
        "chunk",
        (schema) => Array.isArray(schema.type) && schema.type.includes("null") && schema.type.length === 2,
        "a [T, null] type",
      ),
    (doc, s) => {
      const node = at(doc, s.raw);
      node.type = (node.type as string[]).filter((type) => type !== "null");
      if (Array.isArray(node.enum)) node.enum = node.enum.filter((value: unknown) => value !== null);
    },
    ["chunk-property-became-not-nullable", "non-breaking", "/nullable"],
  ),
  chunk(
    "together 3.1: SSE envelope unwrapped, chunk property removed",
    "corpus:together",
    inChunk("system_fingerprint"),
    (doc, s) => void delete (at(doc, s.parentRaw).properties as JsonObject)[s.name],
    ["chunk-property-removed", "breaking", ""],
  ),
  {
    name: "cloudflare: inline oneOf request body loses its prompt form",
    model: "corpus:cloudflare-workers-ai-llama-3.1-8b-instruct",
    where: "request",
    site: () => ({ raw: "", parentRaw: "", name: "", pointer: "" }),
    mutate: (doc) => {
      const media = getAtPointer(
        doc,
        "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json",
      ) as JsonObject;
      const schema = media.schema as JsonObject;
      schema.oneOf = (schema.oneOf as JsonObject[]).filter(
        (branch) => !("prompt" in (branch.properties as JsonObject)),
      );
    },
    expect: [["request-property-one-of-removed", "breaking", "/oneOf/0"]],
  },
];

function resolvePointer(base: string, suffix: string): string {
  if (suffix.startsWith("/../")) return appendPointer(base.split("/").slice(0, -1).join("/"), suffix.slice(4));
  return base + suffix;
}

describe("the mutation table, on the bundled catalog's real documents", () => {
  it("covers at least 40 mutations", () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
  });

  it.each(CASES.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => runCase(entry));
});

function runCase(entry: Case): void {
  {
    const before = structuredClone(documentOf(entry.model));
    if (entry.prepare !== undefined) entry.prepare(before, entry.site(before));
    const after = structuredClone(before);
    const site = entry.site(after);
    entry.mutate(after, site);
    // The table is about chat; a shared component also moves other operations (a Responses request's
    // metadata), which operations.test.ts covers.
    const reported = compareModel(entry.model, before, after)
      .filter((change) => change.location === entry.where && change.operation === "chat.completions")
      .map((change) => [change.rule, change.severity, change.pointer]);
    expect(reported).toEqual(
      entry.expect.map(([rule, severity, suffix]) => [rule, severity, resolvePointer(site.pointer, suffix)]),
    );
  }
}

describe.skipIf(CORPUS_DIR === undefined)(corpusTitle("the mutation table, on the corpus's real documents"), () => {
  it.each(CORPUS_CASES.map((entry) => [entry.name, entry] as const))("%s", (_name, entry) => runCase(entry));
});

describe("catalog changes", () => {
  it("reports a removed model as breaking and an added one as info, listing both", () => {
    const [first, second, ...rest] = committed.models;
    const live = { models: [...rest, { id: "new/model", document: first!.document, apiMd: first!.apiMd }] };
    const comparison = compareSnapshots({ models: [first!, second!, ...rest] }, live);
    expect(comparison.added).toEqual(["new/model"]);
    expect(comparison.removed).toEqual([first!.id, second!.id].sort());
    expect(comparison.changes.map((change) => [change.model, change.location, change.rule, change.severity])).toEqual(
      [
        ["new/model", "catalog", "model-added", "info"],
        [first!.id, "catalog", "model-removed", "breaking"],
        [second!.id, "catalog", "model-removed", "breaking"],
      ].sort((a, b) => (a[0]! < b[0]! ? -1 : 1)),
    );
  });

  it("reports a changed api.md as info", () => {
    const model = committed.models[0]!;
    const comparison = compareSnapshots(
      { models: [model] },
      { models: [{ ...model, apiMd: `${model.apiMd}\nMore prose.\n` }] },
    );
    expect(comparison.changes.map((change) => [change.rule, change.severity])).toEqual([
      ["model-api-md-changed", "info"],
    ]);
  });

  it("reports the stream schema going away as info, then the chunk's differences", () => {
    const before = documentOf(V31) as JsonObject;
    const after = structuredClone(before);
    const responses = (
      (((after.paths as JsonObject)["/v1/chat/completions"] as JsonObject).post as JsonObject).responses as JsonObject
    )["200"] as JsonObject;
    delete (responses.content as JsonObject)["text/event-stream"];
    const changes = compareModel(V31, before, after).filter((change) => change.location === "chunk");
    expect(changes[0]).toMatchObject({ rule: "chunk-stream-schema-removed", severity: "info", pointer: "" });
    expect(changes.length).toBeGreaterThan(1);
  });
});
