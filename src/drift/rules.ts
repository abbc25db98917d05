import type { Location, SchemaLocation, Severity } from "./types.js";

/*
 * Every rule drift can report, with its severity. This table is the single
 * source of truth: the classifier emits rule kinds from it, severities are
 * read from it, and the tests check every kind both ways.
 *
 * How the severities were chosen. A schema is a set of accepted values; a
 * change either narrows that set, widens it, or moves it sideways.
 *   - request (what the client sends): narrowing is breaking (a body that
 *     passed may now be rejected), widening is non-breaking.
 *   - response and chunk (what the client reads): widening is breaking (the
 *     client may now receive something its types, validators and switch
 *     statements never saw), narrowing is non-breaking.
 *   - sideways (neither contains the other: a changed pattern, const or type)
 *     is breaking on both sides.
 *   - annotations (description, title, examples, format, discriminator,
 *     deprecated, x-*) do not change what is accepted: info. The project's
 *     shared semantics make `format` and `discriminator` annotations, so they
 *     are info here too.
 * Exceptions, each argued in its row: a removed property is breaking on both
 * sides (a request field the API no longer knows is at best ignored; generated
 * response types lose the field, so client code reading it stops compiling),
 * an added optional response property is non-breaking although it widens a
 * closed object (clients are expected to tolerate new fields), and a changed
 * request `default` is non-breaking rather than info (no request is rejected,
 * but clients that omit the field now get different behaviour).
 *
 * Ids are `<location>-<kind>`, modelled on oasdiff's (`request-property-max-decreased`,
 * `response-property-enum-value-added`...). Chunk rules are the response rules
 * applied to one stream chunk, with their own prefix so that an allow-list
 * entry (keyed on rule + model + pointer) tells the two apart.
 *
 * Pointers are into the model's normalised schema (schema/normalize.ts):
 * `$ref`s resolved, single-branch wrappers and `{type: "null"}` branches
 * folded away, so the same property has the same pointer in a 3.0 and a 3.1
 * document. Bounds always point at `/minimum` or `/maximum`, exclusive or not.
 */

interface SchemaRule {
  request: Severity;
  /** Also the chunk's severity. */
  response: Severity;
  /** What the pointer names. */
  pointer: string;
  meaning: string;
}

const NARROWS = { request: "breaking", response: "non-breaking" } as const;
const WIDENS = { request: "non-breaking", response: "breaking" } as const;
const SIDEWAYS = { request: "breaking", response: "breaking" } as const;
const ANNOTATION = { request: "info", response: "info" } as const;

export const SCHEMA_RULES = {
  // Properties and objects.
  "property-removed": {
    ...SIDEWAYS,
    pointer: ".../properties/NAME",
    meaning: "a property disappeared from the schema",
  },
  "required-property-added": {
    request: "breaking",
    response: "non-breaking",
    pointer: ".../properties/NAME",
    meaning: "a new property that must be present",
  },
  "optional-property-added": {
    request: "non-breaking",
    response: "non-breaking",
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
    request: "non-breaking",
    response: "info",
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

/** Rules that are not about a schema keyword: the catalog, the stream schema's presence, the generated tree. */
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
  "chunk-stream-schema-added": {
    location: "chunk",
    severity: "info",
    pointer: "",
    meaning:
      "the document now declares a text/event-stream schema (it replaces the standard chunk; differences follow as chunk rules)",
  },
  "chunk-stream-schema-removed": {
    location: "chunk",
    severity: "info",
    pointer: "",
    meaning:
      "the document no longer declares a text/event-stream schema: the standard chunk applies (differences follow as chunk rules)",
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

export function schemaRuleId(location: SchemaLocation, kind: SchemaRuleKind): string {
  return `${location}-${kind}`;
}

export function schemaRuleSeverity(location: SchemaLocation, kind: SchemaRuleKind): Severity {
  const rule = SCHEMA_RULES[kind];
  return location === "request" ? rule.request : rule.response;
}

export function isAnnotationKind(kind: SchemaRuleKind): boolean {
  const rule = SCHEMA_RULES[kind];
  return rule.request === "info" && rule.response === "info";
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
  for (const [id, rule] of Object.entries(MODEL_RULES)) {
    if (rule.location === "catalog") rows.push({ id, ...rule });
  }
  for (const location of ["request", "response", "chunk"] as const) {
    for (const [kind, rule] of Object.entries(SCHEMA_RULES) as Array<[SchemaRuleKind, SchemaRule]>) {
      rows.push({
        id: schemaRuleId(location, kind),
        location,
        severity: location === "request" ? rule.request : rule.response,
        pointer: rule.pointer,
        meaning: rule.meaning,
      });
    }
  }
  for (const [id, rule] of Object.entries(MODEL_RULES)) {
    if (rule.location !== "catalog") rows.push({ id, ...rule });
  }
  return rows;
}

/** Every id, for validating allow-list entries. */
export function isKnownRule(id: string): boolean {
  if (Object.hasOwn(MODEL_RULES, id)) return true;
  const match = /^(request|response|chunk)-(.+)$/.exec(id);
  return match !== null && Object.hasOwn(SCHEMA_RULES, match[2]!);
}
