import { checkDocument } from "../openapi/check.js";
import { fileStemsForModels } from "../shared/model-names.js";
import { type Problem, ToolError } from "../shared/tool-error.js";
import type { CatalogBody } from "../snapshot/format.js";
import { checkCatalog } from "../snapshot/read.js";

/*
 * What a fetched body must be before it enters a snapshot. The transport
 * already refused bodies over the size limit, non-JSON documents and error
 * envelopes; these are the checks on content.
 */

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The catalog, checked: a model list, non-empty, ids unique and each mappable to its own folder. */
export function acceptCatalog(body: unknown, where: string): CatalogBody {
  const catalog = checkCatalog(body, where);
  if (catalog.data.length === 0) {
    throw new ToolError(`${where} lists no models; refusing to replace the snapshot with an empty one`);
  }
  const malformed = catalog.data.filter((entry) => LONE_SURROGATE.test(entry.id));
  if (malformed.length > 0) {
    throw new ToolError(
      `${where}: model ids that are not well-formed Unicode cannot be stored (their file names and manifest entries would not round-trip)`,
      {
        problems: malformed.map((entry) => ({
          model: entry.id,
          message: "the id contains an unpaired UTF-16 surrogate",
        })),
      },
    );
  }
  try {
    fileStemsForModels(catalog.data.map((entry) => entry.id));
  } catch (error) {
    throw new ToolError(`${where}: cannot store every model safely: ${(error as Error).message}`, { cause: error });
  }
  return catalog;
}

/** Problems that keep a model's openapi.json out of the snapshot, each with its JSON pointer. */
export function documentProblems(document: unknown, model: string): Problem[] {
  return checkDocument(document, model).map((problem) => ({ ...problem, message: `openapi.json: ${problem.message}` }));
}
