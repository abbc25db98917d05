import type { SnapshotModel } from "../../src/snapshot/format.js";
import { bundledCatalog } from "../../tools/catalog/bundled.js";
import { BUNDLED_MODELS } from "../../tools/catalog/models.js";
import {
  type ImageModelSpec,
  type ModelSpec,
  type OperationKey,
  operationsOf,
  type TextModelSpec,
  type VideoModelSpec,
} from "../../tools/catalog/spec.js";

/* The bundled catalog, built once per test file, and its models looked up by spec. */

export const snapshot = bundledCatalog();
const specs = new Map<string, ModelSpec>(BUNDLED_MODELS.map((spec) => [spec.id, spec]));

export function specOf(id: string): ModelSpec {
  const spec = specs.get(id);
  if (spec === undefined) throw new Error(`no spec for ${id}`);
  return spec;
}

export function textSpecOf(id: string): TextModelSpec {
  const spec = specOf(id);
  if (spec.kind !== undefined && spec.kind !== "text") throw new Error(`${id} is not a text model`);
  return spec;
}

export function videoSpecOf(id: string): VideoModelSpec {
  const spec = specOf(id);
  if (spec.kind !== "video") throw new Error(`${id} is not a video model`);
  return spec;
}

export function imageSpecOf(id: string): ImageModelSpec {
  const spec = specOf(id);
  if (spec.kind !== "image") throw new Error(`${id} is not an image model`);
  return spec;
}

export function documentOf(id: string): unknown {
  const model = snapshot.models.find((m) => m.id === id);
  if (model === undefined) throw new Error(`no model ${id}`);
  return model.document;
}

/** The built models whose spec lists `operation`. */
export function modelsServing(operation: OperationKey): SnapshotModel[] {
  return snapshot.models.filter((model) => operationsOf(specOf(model.id)).includes(operation));
}
