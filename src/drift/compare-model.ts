import { checkDocument } from "../openapi/check.js";
import { type LocatedOperation, locateOperations, withStandardEvents } from "../openapi/operations.js";
import { appendPointer } from "../shared/json-pointer.js";
import { ToolError } from "../shared/tool-error.js";
import {
  MODEL_RULES,
  PRESENCE_RULES,
  type PresenceKind,
  ROOTS,
  rootLocation,
  schemaRuleId,
  schemaRuleSeverity,
} from "./rules.js";
import { SchemaDiff } from "./schema/diff.js";
import { humanPath } from "./schema/human-path.js";
import { Normalizer } from "./schema/normalize.js";
import { type Change, LOCATIONS, type RootLocation } from "./types.js";

type RootSchema = LocatedOperation["roots"][string];

/** One side of a model: its operations by key, and its schemas normalised on demand. */
interface Side {
  operations: ReadonlyMap<string, LocatedOperation>;
  schemas: Normalizer;
}

function sideOf(document: unknown): Side {
  const { operations } = locateOperations(document);
  return {
    operations: new Map(operations.map((operation) => [operation.key, operation])),
    // The standard chat chunk is placed in the document, so every root resolves inside it.
    schemas: new Normalizer(withStandardEvents(document, operations)),
  };
}

/** Which side a document comes from, as an error names it: `compared` is the snapshot given to `drift --against`. */
export type ComparedSide = "committed" | "live" | "compared";

/**
 * Refuse a document that fails the check every stage shares (sync applies it
 * to the live side as it fetches; a committed snapshot may hold anything).
 */
export function checkComparable(model: string, document: unknown, side: ComparedSide): void {
  const problems = checkDocument(document, model);
  if (problems.length > 0)
    throw new ToolError(`drift: the ${side} document of model ${JSON.stringify(model)} cannot be compared`, {
      problems,
    });
}

/** `messages (POST /v1/messages)`; an operation outside the table is already named by its route. */
function describeOperation(operation: LocatedOperation): string {
  const route = operation.routes[0];
  return operation.family === undefined || route === undefined
    ? operation.key
    : `${operation.key} (${route.method.toUpperCase()} ${route.path})`;
}

function operationChange(model: string, operation: LocatedOperation, kind: "added" | "removed"): Change {
  const rule = `operation-${kind}` as const;
  return {
    model,
    operation: operation.key,
    location: "operation",
    pointer: "",
    rule,
    severity: MODEL_RULES[rule].severity,
    message:
      kind === "added"
        ? `the document now declares ${describeOperation(operation)}`
        : `the document no longer declares ${describeOperation(operation)}: calls to it will fail`,
  };
}

/** The operation's roots under drift's names, in report order. */
function rootsOf(operation: LocatedOperation): Map<RootLocation, RootSchema> {
  const found = new Map<RootLocation, RootSchema>();
  for (const [name, root] of Object.entries(operation.roots)) {
    const location = rootLocation(operation.key, name);
    // A root the table of ROOTS lacks is a programming error: rules.test.ts keeps the two tables in step.
    if (location === undefined) throw new Error(`drift has no rules for root ${name} of ${operation.key}`);
    found.set(location, root);
  }
  return new Map([...found].sort(([a], [b]) => LOCATIONS.indexOf(a) - LOCATIONS.indexOf(b)));
}

function presenceChange(model: string, operation: string, root: RootLocation, kind: PresenceKind): Change {
  return {
    model,
    operation,
    location: root,
    pointer: "",
    rule: schemaRuleId(root, kind),
    severity: PRESENCE_RULES[kind].severity,
    message: `the document ${kind === "schema-added" ? "now declares" : "no longer declares"} ${ROOTS[root].what}`,
  };
}

/** Chat's stream schema declared or left to the standard chunk: info, and the chunks are then compared as usual. */
function standInChange(model: string, operation: string, nowStandard: boolean): Change {
  const rule = nowStandard ? "chunk-stream-schema-removed" : "chunk-stream-schema-added";
  return {
    model,
    operation,
    location: MODEL_RULES[rule].location,
    pointer: "",
    rule,
    severity: MODEL_RULES[rule].severity,
    message: nowStandard
      ? "the document no longer declares a text/event-stream schema: the standard chunk applies"
      : "the document now declares a text/event-stream schema instead of relying on the standard chunk",
  };
}

function compareOperation(
  model: string,
  before: LocatedOperation,
  after: LocatedOperation,
  sides: { old: Side; new: Side; diff: SchemaDiff },
  changes: Change[],
): void {
  const oldRoots = rootsOf(before);
  const newRoots = rootsOf(after);
  for (const root of new Set([...oldRoots.keys(), ...newRoots.keys()])) {
    const oldRoot = oldRoots.get(root);
    const newRoot = newRoots.get(root);
    if (oldRoot === undefined || newRoot === undefined) {
      changes.push(presenceChange(model, before.key, root, oldRoot === undefined ? "schema-added" : "schema-removed"));
      continue;
    }
    if ((oldRoot.standard === true) !== (newRoot.standard === true))
      changes.push(standInChange(model, before.key, newRoot.standard === true));
    const findings = sides.diff.compare(sides.old.schemas.at(oldRoot.pointer), sides.new.schemas.at(newRoot.pointer));
    for (const finding of findings) {
      changes.push({
        model,
        operation: before.key,
        location: root,
        pointer: finding.keyword === undefined ? finding.path : appendPointer(finding.path, finding.keyword),
        rule: schemaRuleId(root, finding.kind),
        severity: schemaRuleSeverity(root, finding.kind),
        message: `${humanPath(finding.path)}: ${finding.detail}`,
      });
    }
  }
}

/**
 * The contract changes of one model between two OpenAPI documents: every
 * operation either document declares (operation table families and any other
 * `METHOD /path`), added, removed, or compared root by root (request,
 * multipart, remix, response, task, remixResponse, and the stream's chunk or
 * event). A document with no chat operation is compared like any other.
 * Pure: the same two documents always give the same changes, in the same order.
 */
export function compareModel(model: string, before: unknown, after: unknown): Change[] {
  checkComparable(model, before, "committed");
  checkComparable(model, after, "live");
  return compareCheckedModel(model, before, after);
}

/** compareModel for two documents that already passed checkComparable. */
export function compareCheckedModel(model: string, before: unknown, after: unknown): Change[] {
  const sides = { old: sideOf(before), new: sideOf(after), diff: new SchemaDiff() };
  const changes: Change[] = [];
  for (const [key, operation] of sides.old.operations)
    if (!sides.new.operations.has(key)) changes.push(operationChange(model, operation, "removed"));
  for (const [key, operation] of sides.new.operations)
    if (!sides.old.operations.has(key)) changes.push(operationChange(model, operation, "added"));
  for (const [key, operation] of sides.old.operations) {
    const now = sides.new.operations.get(key);
    if (now !== undefined) compareOperation(model, operation, now, sides, changes);
  }
  return changes;
}
