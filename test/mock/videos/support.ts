import path from "node:path";
import { locateOperations } from "../../../src/openapi/operations.js";
import { createOracle, type OracleResult } from "../../../src/oracle/index.js";
import type { StoredSnapshot } from "../../../src/snapshot/format.js";
import { readSnapshot } from "../../../src/snapshot/read.js";
import { ROOT } from "../../support/built-dist.js";

/*
 * The bundled catalog's video models, and the oracle over each one's own
 * document: a task the emulator sends must validate against the model's
 * task schema, as a real client would read it.
 */

export const VIDEO_MODELS = ["sora-2", "sora-2-pro", "veo-3.1", "kling-v2.5"] as const;

export function bundledSnapshot(): Promise<StoredSnapshot> {
  return readSnapshot(path.join(ROOT, "snapshot"));
}

const checkers = new WeakMap<StoredSnapshot, Map<string, (value: unknown) => OracleResult>>();

/** Checks a value against the model's task schema (`GET /v1/videos/{task_id}`'s reply); one oracle per model. */
export function taskChecker(snapshot: StoredSnapshot, model: string): (value: unknown) => OracleResult {
  let known = checkers.get(snapshot);
  if (known === undefined) checkers.set(snapshot, (known = new Map()));
  const found = known.get(model);
  if (found !== undefined) return found;
  const checker = makeChecker(snapshot, model);
  known.set(model, checker);
  return checker;
}

function makeChecker(snapshot: StoredSnapshot, model: string): (value: unknown) => OracleResult {
  const document = snapshot.models.find((candidate) => candidate.id === model)!.document;
  const videos = locateOperations(document).operations.find((operation) => operation.key === "videos")!;
  const oracle = createOracle(document);
  return (value) => oracle.validate(videos.roots.task!.pointer, value);
}
