import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { sha256 } from "../../src/shared/hash.js";
import { fileStemForModel } from "../../src/shared/model-names.js";

/*
 * A snapshot written from document *text*, for documents that JSON.stringify
 * cannot produce (nested 100,000 levels deep) or that must reach a reader
 * byte for byte. The layout and hashes are the snapshot format's, so every
 * reader accepts the folder as it would one written by sync.
 */

export interface RawModel {
  id: string;
  documentText: string;
}

export async function writeRawSnapshot(dir: string, models: readonly RawModel[]): Promise<void> {
  const catalogText = `${JSON.stringify({ data: models.map((model) => ({ id: model.id, object: "model" })), object: "list" }, null, 2)}\n`;
  const manifest = {
    catalog: { file: "models.json", sha256: sha256(catalogText) },
    format: "apifree-snapshot/1",
    models: {} as Record<string, { dir: string; files: Record<string, string> }>,
  };
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "models.json"), catalogText);
  for (const model of models) {
    const folder = `models/${fileStemForModel(model.id)}`;
    const apiMd = `# ${model.id}\n`;
    await mkdir(path.join(dir, folder), { recursive: true });
    await writeFile(path.join(dir, folder, "openapi.json"), model.documentText);
    await writeFile(path.join(dir, folder, "api.md"), apiMd);
    manifest.models[model.id] = {
      dir: folder,
      files: { "api.md": sha256(apiMd), "openapi.json": sha256(model.documentText) },
    };
  }
  await writeFile(path.join(dir, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
}

/** The request schema nested `levels` deep (`{type: object, properties: {a: ...}}`), as the text of a whole document. */
export function deepDocumentText(levels: number): string {
  const schema = `${'{"type":"object","properties":{"a":'.repeat(levels)}{"type":"string"}${"}}".repeat(levels)}`;
  return documentTextWithRequest(schema);
}

/** A valid chat document around the request schema given as JSON text, with optional components as JSON text. */
export function documentTextWithRequest(requestSchema: string, componentsSchemas = "{}"): string {
  return `{"components":{"schemas":${componentsSchemas}},"info":{"title":"t","version":"1"},"openapi":"3.1.0","paths":{"/v1/chat/completions":{"post":{"requestBody":{"content":{"application/json":{"schema":${requestSchema}}}},"responses":{"200":{"content":{"application/json":{"schema":{"type":"object"}}},"description":"ok"}}}}}}\n`;
}

/** The pointer of the request schema in those documents. */
export const REQUEST_POINTER = "/paths/~1v1~1chat~1completions/post/requestBody/content/application~1json/schema";
