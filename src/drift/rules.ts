import { LOCATIONS, type Location, type RootLocation, type Severity } from "./types.js";

/*
 * Every rule drift can report, with its severity. These tables are the single
 * source of truth: the classifier emits rule kinds from them, severities are
 * read from them, and the tests check every kind both ways.
 *
 * Every operation of a model's document is compared root by root (the roots
 * are the operation table's: src/openapi/families.ts). A root faces one of
 * two ways, and that alone decides a schema rule's severity there (ROOTS):
 *   - sent: what the client sends (request, multipart, remix);
 *   - read: what the client reads (response, task, remixResponse, and the
 *     stream's chunk or event).
 *
 * How the severities were chosen. A schema is a set of accepted values; a
 * change either narrows that set, widens it, or moves it sideways.
 *   - sent: narrowing is breaking (a body that passed may now be rejected),
 *     widening is non-breaking.
 *   - read: widening is breaking (the client may now receive something its
 *     types, validators and switch statements never saw), narrowing is
 *     non-breaking.
 *   - sideways (neither contains the other: a changed pattern, const or type)
 *     is breaking on both sides.
 *   - annotations (description, title, examples, format, discriminator,
 *     deprecated, x-*) do not change what is accepted: info. The project's
 *     shared semantics make `format` and `discriminator` annotations, so they
 *     are info here too.
 * Exceptions, each argued in its row: a removed property is breaking on both
 * sides (a sent field the API no longer knows is at best ignored; the types
 * of what is read lose the field, so client code reading it stops
 * compiling), an added optional property that is read is non-breaking
 * although it widens a closed object (clients are expected to tolerate new
 * fields), and a changed `default` of what is sent is non-breaking rather
 * than info (no request is rejected, but clients that omit the field now get
 * different behaviour).
 *
 * Ids are `<root>-<kind>`, modelled on oasdiff's (`request-property-max-decreased`,
 * `response-property-enum-value-added`...), with the root's rule prefix from
 * ROOTS. The operation is not part of the id: it is the change's own
 * `operation` field, which an allow-list entry names too (allow-list.ts), so
 * `request-property-max-decreased` at `/properties/temperature/maximum` in
 * chat.completions and the same in messages are two changes, never confused.
 *
 * Pointers are into the root's normalised schema (schema/normalize.ts):
 * `$ref`s resolved, single-branch wrappers and `{type: "null"}` branches
 * folded away, so the same property has the same pointer in a 3.0 and a 3.1
 * document. Bounds always point at `/minimum` or `/maximum`, exclusive or not.
 */

/** Which way a root faces: what the client sends, or what it reads. */
type Side = "sent" | "read";

interface RootRow {
  side: Side;
  /** Rule ids of this root start with `<prefix>-`. */
  prefix: string;
  /** The root as a message names it: "the document no longer declares <what>". */
  what: string;
  /**
   * A stand-in replaces the root when a document declares none (the standard
   * chat chunk): the root is never absent, and its schema appearing in or
   * leaving the document has rules of its own (MODEL_RULES).
   */
  standIn: boolean;
}

/** Every root drift compares, one row each, in report order. */
export const ROOTS = {
  request: { side: "sent", prefix: "request", what: "an application/json request body", standIn: false },
  multipart: { side: "sent", prefix: "multipart", what: "a multipart/form-data request body", standIn: false },
  remix: { side: "sent", prefix: "remix", what: "a remix request body", standIn: false },
  response: { side: "read", prefix: "response", what: "an application/json success response", standIn: false },
  task: { side: "read", prefix: "task", what: "a task object to poll", standIn: false },
  remixResponse: { side: "read", prefix: "remix-response", what: "a remix response", standIn: false },
  chunk: { side: "read", prefix: "chunk", what: "a text/event-stream chunk schema", standIn: true },
  event: { side: "read", prefix: "event", what: "a text/event-stream event schema", standIn: false },
} as const satisfies Record<RootLocation, RootRow>;

/**
 * Roots of the operation table that drift reports under another name: chat's
 * stream event is its `chunk`, as everywhere on the chat surface (`ChunkOf`,
 * `loadSchemas(model).chunk`), which keeps the chunk rules of chat-only drift.
 */
const RENAMED_ROOTS: Readonly<Record<string, Readonly<Record<string, RootLocation>>>> = {
  "chat.completions": { event: "chunk" },
};

/** Where drift reports an operation's root; undefined when ROOTS has no row for it (a test keeps the table complete). */
export function rootLocation(operation: string, root: string): RootLocation | undefined {
  const renamed = RENAMED_ROOTS[operation]?.[root];
  if (renamed !== undefined) return renamed;
  return Object.hasOwn(ROOTS, root) && !ROOTS[root as RootLocation].standIn ? (root as RootLocation) : undefined;
}

interface SchemaRule {
  sent: Severity;
  read: Severity;
  /** What the pointer names. */
  pointer: string;
  meaning: string;
}

const NARROWS = { sent: "breaking", read: "non-breaking" } as const;
const WIDENS = { sent: "non-breaking", read: "breaking" } as const;
const SIDEWAYS = { sent: "breaking", read: "breaking" } as const;
const ANNOTATION = { sent: "info", read: "info" } as const;

export const SCHEMA_RULES = {
  // Properties and objects.
  "property-removed": {
    ...SIDEWAYS,
    pointer: ".../properties/NAME",
    meaning: "a property disappeared from the schema",
  },
  "required-property-added": {
    sent: "breaking",
    read: "non-breaking",
    pointer: ".../properties/NAME",
    meaning: "a new property that must be present",
  },
  "optional-property-added": {
    sent: "non-breaking",
    read: "non-breaking",
    pointer: ".../properties/NAME",
    meaning: "a new optional property",
  },
  "property-became-required": {
    ...NARROWS,
    pointer: ".../properties/NAME",
    meaning: "an existing property must now be present",
  },
  "property-became-optional": {
    ...WIDENS,
    pointer: ".../properties/NAME",
    meaning: "an existing property may now be absent",
  },
  "property-additional-properties-closed": {
    ...NARROWS,
    pointer: ".../additionalProperties",
    meaning: "additionalProperties became false: unknown keys are rejected",
  },
  "property-additional-properties-opened": {
    ...WIDENS,
    pointer: ".../additionalProperties",
    meaning: "additionalProperties was false and now admits extra keys",
  },
  // Types and values.
  "property-type-changed": {
    ...SIDEWAYS,
    pointer: ".../type",
    meaning: "the type changed to one that neither contains nor is contained in the old",
  },
  "property-type-specialized": {
    ...NARROWS,
    pointer: ".../type",
    meaning: "the type accepts fewer kinds of value (e.g. number -> integer, any -> object)",
  },
  "property-type-generalized": {
    ...WIDENS,
    pointer: ".../type",
    meaning: "the type accepts more kinds of value (e.g. integer -> number, string -> string|array)",
  },
  "property-became-nullable": {
    ...WIDENS,
    pointer: ".../nullable",
    meaning: "null is now accepted (3.0 nullable, a 'null' type, a null enum value or a {type: null} branch)",
  },
  "property-became-not-nullable": { ...NARROWS, pointer: ".../nullable", meaning: "null is no longer accepted" },
  "property-enum-value-added": { ...WIDENS, pointer: ".../enum", meaning: "enum values were added" },
  "property-enum-value-removed": { ...NARROWS, pointer: ".../enum", meaning: "enum values were removed" },
  "property-became-enum": { ...NARROWS, pointer: ".../enum", meaning: "an unrestricted value became an enum" },
  "property-enum-removed": { ...WIDENS, pointer: ".../enum", meaning: "an enum restriction was dropped" },
  "property-const-added": {
    ...NARROWS,
    pointer: ".../const",
    meaning: "an unrestricted value became a single allowed value (const or one-value enum)",
  },
  "property-const-removed": { ...WIDENS, pointer: ".../const", meaning: "a single allowed value is no longer imposed" },
  "property-const-changed": { ...SIDEWAYS, pointer: ".../const", meaning: "the single allowed value changed" },
  // Bounds.
  "property-min-increased": {
    ...NARROWS,
    pointer: ".../minimum",
    meaning: "the lower bound was raised, set, or made exclusive",
  },
  "property-min-decreased": {
    ...WIDENS,
    pointer: ".../minimum",
    meaning: "the lower bound was lowered, removed, or made inclusive",
  },
  "property-max-decreased": {
    ...NARROWS,
    pointer: ".../maximum",
    meaning: "the upper bound was lowered, set, or made exclusive",
  },
  "property-max-increased": {
    ...WIDENS,
    pointer: ".../maximum",
    meaning: "the upper bound was raised, removed, or made inclusive",
  },
  "property-min-length-increased": { ...NARROWS, pointer: ".../minLength", meaning: "minLength raised or set" },
  "property-min-length-decreased": { ...WIDENS, pointer: ".../minLength", meaning: "minLength lowered or removed" },
  "property-max-length-decreased": { ...NARROWS, pointer: ".../maxLength", meaning: "maxLength lowered or set" },
  "property-max-length-increased": { ...WIDENS, pointer: ".../maxLength", meaning: "maxLength raised or removed" },
  "property-min-items-increased": { ...NARROWS, pointer: ".../minItems", meaning: "minItems raised or set" },
  "property-min-items-decreased": { ...WIDENS, pointer: ".../minItems", meaning: "minItems lowered or removed" },
  "property-max-items-decreased": { ...NARROWS, pointer: ".../maxItems", meaning: "maxItems lowered or set" },
  "property-max-items-increased": { ...WIDENS, pointer: ".../maxItems", meaning: "maxItems raised or removed" },
  "property-min-properties-increased": {
    ...NARROWS,
    pointer: ".../minProperties",
    meaning: "minProperties raised or set",
  },
  "property-min-properties-decreased": {
    ...WIDENS,
    pointer: ".../minProperties",
    meaning: "minProperties lowered or removed",
  },
  "property-max-properties-decreased": {
    ...NARROWS,
    pointer: ".../maxProperties",
    meaning: "maxProperties lowered or set",
  },
  "property-max-properties-increased": {
    ...WIDENS,
    pointer: ".../maxProperties",
    meaning: "maxProperties raised or removed",
  },
  "property-multiple-of-narrowed": {
    ...NARROWS,
    pointer: ".../multipleOf",
    meaning: "multipleOf set, or changed to a multiple of the old one",
  },
  "property-multiple-of-widened": {
    ...WIDENS,
    pointer: ".../multipleOf",
    meaning: "multipleOf removed, or changed to a divisor of the old one",
  },
  "property-multiple-of-changed": {
    ...SIDEWAYS,
    pointer: ".../multipleOf",
    meaning: "multipleOf changed to a value neither a multiple nor a divisor of the old",
  },
  "property-unique-items-added": { ...NARROWS, pointer: ".../uniqueItems", meaning: "array items must now be unique" },
  "property-unique-items-removed": { ...WIDENS, pointer: ".../uniqueItems", meaning: "array items may now repeat" },
  "property-pattern-added": { ...NARROWS, pointer: ".../pattern", meaning: "a string pattern was set" },
  "property-pattern-removed": { ...WIDENS, pointer: ".../pattern", meaning: "a string pattern was removed" },
  "property-pattern-changed": {
    ...SIDEWAYS,
    pointer: ".../pattern",
    meaning: "the string pattern changed (regular expressions cannot be compared, so both directions are assumed)",
  },
  // Composition.
  "property-one-of-added": { ...WIDENS, pointer: ".../oneOf/INDEX", meaning: "a oneOf branch was added" },
  "property-one-of-removed": {
    ...NARROWS,
    pointer: ".../oneOf/INDEX (old index)",
    meaning: "a oneOf branch was removed",
  },
  "property-any-of-added": {
    ...WIDENS,
    pointer: ".../anyOf/INDEX",
    meaning: "an anyOf branch was added (or a plain schema became a union)",
  },
  "property-any-of-removed": {
    ...NARROWS,
    pointer: ".../anyOf/INDEX (old index)",
    meaning: "an anyOf branch was removed (or a union collapsed to one branch)",
  },
  "property-all-of-added": { ...NARROWS, pointer: ".../allOf/INDEX", meaning: "an allOf conjunct was added" },
  "property-all-of-removed": {
    ...WIDENS,
    pointer: ".../allOf/INDEX (old index)",
    meaning: "an allOf conjunct was removed",
  },
  "property-one-of-became-any-of": {
    ...WIDENS,
    pointer: ".../anyOf",
    meaning: "oneOf became anyOf (a value may now match several branches)",
  },
  "property-any-of-became-one-of": {
    ...NARROWS,
    pointer: ".../oneOf",
    meaning: "anyOf became oneOf (a value matching several branches is now rejected)",
  },
  "property-not-added": { ...NARROWS, pointer: ".../not", meaning: "a `not` exclusion was added" },
  "property-not-removed": { ...WIDENS, pointer: ".../not", meaning: "a `not` exclusion was removed" },
  "property-not-changed": { ...SIDEWAYS, pointer: ".../not", meaning: "the `not` exclusion changed" },
  "property-keyword-changed": {
    ...SIDEWAYS,
    pointer: ".../KEYWORD",
    meaning:
      "another validation keyword changed (if/then/else, contains, propertyNames, patternProperties, prefixItems, dependent*, unevaluated*), or an anyOf/oneOf constraint was added to or removed from a schema with other keywords: not analysed further, so both directions are assumed",
  },
  // Annotations.
  "property-description-changed": {
    ...ANNOTATION,
    pointer: ".../description",
    meaning: "description added, changed or removed",
  },
  "property-title-changed": { ...ANNOTATION, pointer: ".../title", meaning: "title added, changed or removed" },
  "property-default-changed": {
    sent: "non-breaking",
    read: "info",
    pointer: ".../default",
    meaning: "default added, changed or removed (for a request: what the API does when the client omits the field)",
  },
  "property-became-deprecated": {
    ...ANNOTATION,
    pointer: ".../deprecated",
    meaning: "marked deprecated: plan to stop using it",
  },
  "property-deprecation-removed": { ...ANNOTATION, pointer: ".../deprecated", meaning: "no longer marked deprecated" },
  "property-format-changed": {
    ...ANNOTATION,
    pointer: ".../format",
    meaning: "format added, changed or removed (an annotation: never asserted)",
  },
  "property-example-changed": { ...ANNOTATION, pointer: ".../examples", meaning: "example(s) changed" },
  "property-discriminator-changed": {
    ...ANNOTATION,
    pointer: ".../discriminator",
    meaning: "discriminator changed (an annotation: validation follows oneOf/anyOf)",
  },
  "property-extension-changed": { ...ANNOTATION, pointer: ".../x-NAME", meaning: "a vendor extension (x-*) changed" },
  "property-annotation-changed": {
    ...ANNOTATION,
    pointer: ".../KEYWORD",
    meaning: "another annotation changed (readOnly, writeOnly, externalDocs, $comment...)",
  },
} as const satisfies Record<string, SchemaRule>;

export type SchemaRuleKind = keyof typeof SCHEMA_RULES;

/**
 * A root that appears in or disappears from an operation both documents
 * declare (a Messages operation that gains an event-stream schema, a video
 * model that gains multipart): `<root>-schema-added` and
 * `<root>-schema-removed`, for every root without a stand-in. Removed is
 * breaking whichever way the root faces: the bindings lose that body, task
 * or stream, so the calls and the code built on it stop working. Added is
 * non-breaking: a new way to call, or types for what had none; nothing that
 * worked stops working. The root's schema is not compared further.
 */
export const PRESENCE_RULES = {
  "schema-added": {
    severity: "non-breaking",
    meaning: "the operation now declares this root schema (a new body, task or stream); nothing to compare it with",
  },
  "schema-removed": {
    severity: "breaking",
    meaning: "the operation no longer declares this root schema: its bindings go, and calls or code using it break",
  },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type PresenceKind = keyof typeof PRESENCE_RULES;

/** Rules that are not about a root's schema keywords: the catalog, operations, the chat stream schema's presence, the generated tree. */
export const MODEL_RULES = {
  "model-added": { location: "catalog", severity: "info", pointer: "", meaning: "a model appeared in the catalog" },
  "model-removed": {
    location: "catalog",
    severity: "breaking",
    pointer: "",
    meaning: "a model disappeared from the catalog: calls naming it will fail",
  },
  "model-api-md-changed": {
    location: "catalog",
    severity: "info",
    pointer: "",
    meaning: "the model's api.md prose changed",
  },
  // Non-breaking rather than info (unlike model-added): the new operation is
  // on a model the team already binds, its bindings change when regenerated,
  // and `--fail-on any` should say so; nothing that worked breaks.
  "operation-added": {
    location: "operation",
    severity: "non-breaking",
    pointer: "",
    meaning: "the model's document declares an operation it did not (a family of the operation table, or METHOD /path)",
  },
  "operation-removed": {
    location: "operation",
    severity: "breaking",
    pointer: "",
    meaning: "the model's document no longer declares an operation: calls to it will fail, and its bindings disappear",
  },
  "chunk-stream-schema-added": {
    location: "chunk",
    severity: "info",
    pointer: "",
    meaning:
      "the document now declares a text/event-stream schema for chat (it replaces the standard chunk; differences follow as chunk rules)",
  },
  "chunk-stream-schema-removed": {
    location: "chunk",
    severity: "info",
    pointer: "",
    meaning:
      "the document no longer declares a text/event-stream schema for chat: the standard chunk applies (differences follow as chunk rules)",
  },
  "generated-file-differs": {
    location: "generated",
    severity: "breaking",
    pointer: "/PATH",
    meaning: "a committed generated file differs from what generate makes from the committed snapshot",
  },
  "generated-file-missing": {
    location: "generated",
    severity: "breaking",
    pointer: "/PATH",
    meaning: "generate makes a file that is not committed",
  },
  "generated-file-extra": {
    location: "generated",
    severity: "breaking",
    pointer: "/PATH",
    meaning: "a committed generated file that generate no longer makes",
  },
} as const satisfies Record<string, { location: Location; severity: Severity; pointer: string; meaning: string }>;

/** The id of a rule about one root: `request-property-max-decreased`, `remix-response-schema-removed`. */
export function schemaRuleId(root: RootLocation, kind: SchemaRuleKind | PresenceKind): string {
  return `${ROOTS[root].prefix}-${kind}`;
}

export function schemaRuleSeverity(root: RootLocation, kind: SchemaRuleKind): Severity {
  return SCHEMA_RULES[kind][ROOTS[root].side];
}

export function isAnnotationKind(kind: SchemaRuleKind): boolean {
  const rule = SCHEMA_RULES[kind];
  return rule.sent === "info" && rule.read === "info";
}

export interface RuleRow {
  id: string;
  location: Location;
  severity: Severity;
  pointer: string;
  meaning: string;
}

/** Every rule id drift can emit, in a stable order: the documentation table. */
export function ruleTable(): RuleRow[] {
  const rows: RuleRow[] = [];
  for (const location of LOCATIONS) {
    for (const [id, rule] of Object.entries(MODEL_RULES)) if (rule.location === location) rows.push({ id, ...rule });
    if (!Object.hasOwn(ROOTS, location)) continue;
    const root = location as RootLocation;
    if (!ROOTS[root].standIn) {
      for (const [kind, rule] of Object.entries(PRESENCE_RULES) as Array<
        [PresenceKind, (typeof PRESENCE_RULES)[PresenceKind]]
      >)
        rows.push({
          id: schemaRuleId(root, kind),
          location: root,
          severity: rule.severity,
          pointer: "",
          meaning: rule.meaning,
        });
    }
    for (const [kind, rule] of Object.entries(SCHEMA_RULES) as Array<[SchemaRuleKind, SchemaRule]>) {
      rows.push({
        id: schemaRuleId(root, kind),
        location: root,
        severity: rule[ROOTS[root].side],
        pointer: rule.pointer,
        meaning: rule.meaning,
      });
    }
  }
  return rows;
}

let locations: Map<string, Location> | undefined;

/** Where a rule fires, or undefined for an id that is no drift rule (allow-list validation). */
export function ruleLocation(id: string): Location | undefined {
  locations ??= new Map(ruleTable().map((row) => [row.id, row.location]));
  return locations.get(id);
}

export function isKnownRule(id: string): boolean {
  return ruleLocation(id) !== undefined;
}
