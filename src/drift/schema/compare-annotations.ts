import type { SchemaRuleKind } from "../rules.js";
import type { Out } from "./diff.js";
import type { NormalSchema } from "./types.js";

const KINDS: Record<string, SchemaRuleKind> = {
  description: "property-description-changed",
  title: "property-title-changed",
  default: "property-default-changed",
  format: "property-format-changed",
  examples: "property-example-changed",
  discriminator: "property-discriminator-changed",
};

function shortText(canonical: string | undefined): string {
  if (canonical === undefined) return "none";
  const text = canonical.replace(/\s+/g, " ");
  return text.length <= 50 ? text : `${text.slice(0, 49)}…`;
}

export function compareAnnotations(before: NormalSchema, after: NormalSchema, out: Out): void {
  const keys = [...new Set([...before.annotations.keys(), ...after.annotations.keys()])].sort();
  for (const keyword of keys) {
    const a = before.annotations.get(keyword);
    const b = after.annotations.get(keyword);
    if (a === b) continue;
    if (keyword === "deprecated") {
      out.push({
        path: "",
        keyword,
        kind: b === undefined ? "property-deprecation-removed" : "property-became-deprecated",
        detail: b === undefined ? "no longer deprecated" : "now deprecated",
      });
      continue;
    }
    const kind =
      KINDS[keyword] ?? (keyword.startsWith("x-") ? "property-extension-changed" : "property-annotation-changed");
    // Descriptions are prose: say that they changed, not what they say.
    const detail =
      keyword === "description"
        ? `description ${a === undefined ? "added" : b === undefined ? "removed" : "changed"}`
        : `${keyword} ${shortText(a)} → ${shortText(b)}`;
    out.push({ path: "", keyword, kind, detail });
  }
}
