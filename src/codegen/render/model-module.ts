import { importedName, SCHEMAS_FILE, TYPES_FILE } from "../layout.js";
import { GENERATED_BANNER, type IndexedModel, NO_CHECK } from "./index-module.js";
import { docComment, stringLiteral } from "./literals.js";

/**
 * A short doc: the api.md's title and first paragraph (the id, provider and
 * limits). The rest (summary, pricing, each operation's parameters and
 * example) is the index binding's comment; a thousand modules do not carry
 * it twice.
 */
function modelSummary(model: IndexedModel): string {
  const paragraphs = model.apiMd.split(/\n\s*\n/).map((paragraph) => paragraph.trim());
  const lead = paragraphs.filter((paragraph) => paragraph !== "").slice(0, 2);
  const more = `Parameters and examples: \`${model.identifier}\` in the generated index.`;
  return [...(lead.length === 0 ? [`Model ${model.id}.`] : lead), more].join("\n\n");
}

/*
 * models/<stem>/index.ts: one model's binding, typed by that model's types
 * alone and carrying a loader of that model's validators. A program that
 * imports a few of these never reads the rest of the catalog: tsc parses
 * only their types and validators, and Node loads only their modules, where
 * the index names every model. Calls validate through any client, even one
 * made by the runtime's own createClient. The validators are imported on
 * the binding's first call, through a literal specifier that tsc emits and
 * bundlers follow.
 *
 * `// @ts-nocheck` as on the index: checked when generated, and a consumer's
 * calls are checked against the binding's declared type.
 */
export function renderModelModule(model: IndexedModel): string {
  const id = stringLiteral(model.id);
  return [
    GENERATED_BANNER,
    NO_CHECK,
    'import { bindModel } from "apifree-typed";\n',
    'import type { ModelBinding, ModelModule } from "apifree-typed";\n',
    `import type { Operations } from ${stringLiteral(`./${importedName(TYPES_FILE)}`)};\n\n`,
    `export type * from ${stringLiteral(`./${importedName(TYPES_FILE)}`)};\n\n`,
    `const schemas = (): Promise<ModelModule> => import(${stringLiteral(`./${importedName(SCHEMAS_FILE)}`)});\n\n`,
    docComment(modelSummary(model)),
    `export const ${model.identifier}: ModelBinding<{ ${id}: Operations }, ${id}> =\n  bindModel(${id}, schemas);\n`,
  ].join("");
}
