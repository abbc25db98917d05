import { locateChatContract, withStandardChunk } from "../openapi/document.js";
import { appendPointer } from "../shared/json-pointer.js";
import { ToolError } from "../shared/tool-error.js";
import { schemaRuleId, schemaRuleSeverity } from "./rules.js";
import { SchemaDiff } from "./schema/diff.js";
import { humanPath } from "./schema/human-path.js";
import { Normalizer } from "./schema/normalize.js";
import type { Change, SchemaLocation } from "./types.js";

const SCHEMA_LOCATIONS: readonly SchemaLocation[] = ["request", "response", "chunk"];

function contractOf(model: string, document: unknown, side: string) {
  const contract = locateChatContract(document);
  for (const location of ["request", "response"] as const) {
    if (contract[location] === undefined) {
      throw new ToolError(
        `drift: the ${side} document of model ${JSON.stringify(model)} has no ${location} schema for POST /v1/chat/completions`,
        {
          problems: [{ model, message: `no application/json ${location} schema` }],
        },
      );
    }
  }
  return contract as Required<typeof contract>;
}

/**
 * The contract changes of one model between two OpenAPI documents, for the
 * request, the non-stream response and the stream chunk. Pure: the same two
 * documents always give the same changes, in the same order.
 */
export function compareModel(model: string, before: unknown, after: unknown): Change[] {
  const oldContract = contractOf(model, before, "committed");
  const newContract = contractOf(model, after, "live");
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
