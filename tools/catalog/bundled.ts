import type { Snapshot } from "../../src/snapshot/format.js";
import { snapshotFromSpecs } from "./catalog.js";
import { BUNDLED_MODELS } from "./models.js";

/** The bundled APIFree catalog, as `snapshot/` holds it. A pure function: same bytes on every run. */
export function bundledCatalog(): Snapshot {
  return snapshotFromSpecs(BUNDLED_MODELS);
}
