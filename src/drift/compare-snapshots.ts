import { type ComparedSide, checkComparable, compareCheckedModel } from "./compare-model.js";
import { byCodeUnitOrder, orderChanges } from "./order.js";
import { stableKey } from "./schema/stable-key.js";
import type { Change } from "./types.js";

/** What drift needs of a snapshot: `Snapshot` and `StoredSnapshot` both fit. */
export interface ComparableSnapshot {
  models: ReadonlyArray<{ id: string; document: unknown; apiMd?: string }>;
}

export interface SnapshotComparison {
  changes: Change[];
  added: string[];
  removed: string[];
}

/**
 * Committed snapshot (`before`) against the live API or a second local
 * snapshot (`after`, named `afterSide` in errors): models
 * added and removed, then each common model's contract. Identical documents
 * are skipped without normalising them, which keeps a large unchanged
 * catalog cheap.
 */
export function compareSnapshots(
  before: ComparableSnapshot,
  after: ComparableSnapshot,
  afterSide: ComparedSide = "live",
): SnapshotComparison {
  const oldModels = new Map(before.models.map((model) => [model.id, model]));
  const newModels = new Map(after.models.map((model) => [model.id, model]));
  const added = [...newModels.keys()].filter((id) => !oldModels.has(id)).sort(byCodeUnitOrder);
  const removed = [...oldModels.keys()].filter((id) => !newModels.has(id)).sort(byCodeUnitOrder);
  const changes: Change[] = [];
  for (const id of added) {
    changes.push({
      model: id,
      location: "catalog",
      pointer: "",
      rule: "model-added",
      severity: "info",
      message: "model added to the catalog",
    });
  }
  for (const id of removed) {
    changes.push({
      model: id,
      location: "catalog",
      pointer: "",
      rule: "model-removed",
      severity: "breaking",
      message: "model removed from the catalog: requests naming it will fail",
    });
  }
  for (const [id, oldModel] of oldModels) {
    const newModel = newModels.get(id);
    if (newModel === undefined) continue;
    if (oldModel.apiMd !== undefined && newModel.apiMd !== undefined && oldModel.apiMd !== newModel.apiMd) {
      changes.push({
        model: id,
        location: "catalog",
        pointer: "",
        rule: "model-api-md-changed",
        severity: "info",
        message: "api.md (the model's prose documentation) changed",
      });
    }
    // Checked before anything walks it, so no document can exhaust the stack here.
    checkComparable(id, oldModel.document, "committed");
    if (oldModel.document === newModel.document) continue;
    checkComparable(id, newModel.document, afterSide);
    if (stableKey(oldModel.document) === stableKey(newModel.document)) continue;
    changes.push(...compareCheckedModel(id, oldModel.document, newModel.document));
  }
  return { changes: orderChanges(changes), added, removed };
}
