import { checkDocument } from "../openapi/check.js";
import { type ChatContract, locateChatContract, withStandardChunk } from "../openapi/document.js";
import { appendPointer } from "../shared/json-pointer.js";
import { ToolError } from "../shared/tool-error.js";
import { schemaRuleId, schemaRuleSeverity } from "./rules.js";
import { SchemaDiff } from "./schema/diff.js";
import { humanPath } from "./schema/human-path.js";
import { Normalizer } from "./schema/normalize.js";
import type { Change, SchemaLocation } from "./types.js";

const SCHEMA_LOCATIONS: readonly SchemaLocation[] = ["request", "response", "chunk"];

/**
 * Refuse a document that fails the check every stage shares (sync applies it
 * to the live side as it fetches; a committed snapshot may hold anything).
 */
export function checkComparable(model: string, document: unknown, side: "committed" | "live"): void {
  const problems = checkDocument(document, model);
  if (problems.length > 0)
    throw new ToolError(`drift: the ${side} document of model ${JSON.stringify(model)} cannot be compared`, {
      problems,
    });
}

/** The contract of a document that passed checkComparable (which guarantees request and response). */
function contractOf(document: unknown): ChatContract {
  return locateChatContract(document) as ChatContract;
}

/**
 * The contract changes of one model between two OpenAPI documents, for the
 * request, the non-stream response and the stream chunk. Pure: the same two
 * documents always give the same changes, in the same order.
 */
export function compareModel(model: string, before: unknown, after: unknown): Change[] {
  checkComparable(model, before, "committed");
  checkComparable(model, after, "live");
  return compareCheckedModel(model, before, after);
}

/** compareModel for two documents that already passed checkComparable. */
export function compareCheckedModel(model: string, before: unknown, after: unknown): Change[] {
  const oldContract = contractOf(before);
  const newContract = contractOf(after);
  const oldSchemas = new Normalizer(withStandardChunk(before, oldContract));
  const newSchemas = new Normalizer(withStandardChunk(after, newContract));
  const diff = new SchemaDiff();
  const changes: Change[] = [];

  if (oldContract.chunk.standard !== newContract.chunk.standard) {
    const rule = newContract.chunk.standard ? "chunk-stream-schema-removed" : "chunk-stream-schema-added";
    changes.push({
      model,
      location: "chunk",
      pointer: "",
      rule,
      severity: "info",
      message: newContract.chunk.standard
        ? "the document no longer declares a text/event-stream schema: the standard chunk applies"
        : "the document now declares a text/event-stream schema instead of relying on the standard chunk",
    });
  }

  for (const location of SCHEMA_LOCATIONS) {
    const findings = diff.compare(
      oldSchemas.at(oldContract[location].pointer),
      newSchemas.at(newContract[location].pointer),
    );
    for (const finding of findings) {
      changes.push({
        model,
        location,
        pointer: finding.keyword === undefined ? finding.path : appendPointer(finding.path, finding.keyword),
        rule: schemaRuleId(location, finding.kind),
        severity: schemaRuleSeverity(location, finding.kind),
        message: `${humanPath(finding.path)}: ${finding.detail}`,
      });
    }
  }
  return changes;
}
