import type { Problem } from "../shared/tool-error.js";
import type { SnapshotModel } from "../snapshot/format.js";
import { documentProblems } from "./checks.js";
import { type FetchContext, FetchFailure, fetchWithRetries } from "./fetch-with-retries.js";

/*
 * One model: its openapi.json and api.md fetched side by side (each request
 * takes its own slot of the shared limit), the document checked. A model
 * either yields its snapshot entry or the problems that keep it out; a fatal
 * failure (refused key, unknown host) is thrown to stop the whole run.
 */

export type ModelOutcome = { ok: true; model: SnapshotModel } | { ok: false; problems: Problem[] };

function documentURL(baseURL: string, file: "openapi.json" | "api.md", id: string): string {
  return `${baseURL}/model/${file}?model=${encodeURIComponent(id)}`;
}

export async function fetchModel(context: FetchContext, baseURL: string, id: string): Promise<ModelOutcome> {
  const [document, apiMd] = await Promise.allSettled([
    fetchWithRetries(context, documentURL(baseURL, "openapi.json", id), "json"),
    fetchWithRetries(context, documentURL(baseURL, "api.md", id), "text"),
  ]);
  const problems: Problem[] = [];
  for (const [file, result] of [
    ["openapi.json", document],
    ["api.md", apiMd],
  ] as const) {
    if (result.status === "fulfilled") continue;
    const error: unknown = result.reason;
    if (!(error instanceof FetchFailure) || error.fatal) throw error;
    problems.push({ model: id, message: `${file}: ${error.reason}` });
  }
  if (document.status === "fulfilled") problems.push(...documentProblems(document.value.json, id));
  if (problems.length > 0 || document.status !== "fulfilled" || apiMd.status !== "fulfilled")
    return { ok: false, problems };
  return { ok: true, model: { id, document: document.value.json, apiMd: apiMd.value.text } };
}
