import { scrubError, secretForms } from "../shared/redact.js";
import { ToolError } from "../shared/tool-error.js";
import type { FetchFailure } from "./fetch-with-retries.js";

/*
 * Turning what went wrong into the one message a user reads. The API key
 * never appears in it: some APIs echo the key they refused (raw, URL-encoded
 * or in base64), so every error leaving sync is scrubbed of all those forms,
 * in its message, stack, problems and causes.
 */

export interface KeyInfo {
  apiKey: string | undefined;
  apiKeySource: string | undefined;
}

function explainAuth(baseURL: string, reason: string, key: KeyInfo): ToolError {
  if (key.apiKey === undefined) {
    return new ToolError(
      `the API at ${baseURL} requires an API key and none was given (${reason}); set ${key.apiKeySource ?? "APIFREE_API_KEY"}`,
    );
  }
  const from = key.apiKeySource === undefined ? "the API key given" : `the API key read from ${key.apiKeySource}`;
  return new ToolError(
    `the API at ${baseURL} refused ${from} (${reason}); check that the key is current and allowed to read model contracts`,
  );
}

/** A failure to get the catalog, or a fatal one while getting documents. */
export function explainFailure(failure: FetchFailure, baseURL: string, what: string, key: KeyInfo): ToolError {
  switch (failure.kind) {
    case "auth":
      return explainAuth(baseURL, failure.reason, key);
    case "dns":
    case "unreachable":
      return new ToolError(`cannot reach the API at ${baseURL}: ${failure.reason}`);
    case "refused": {
      const hint = /^HTTP 404\b/.test(failure.reason) ? " (is the base URL right? it should end in /v1)" : "";
      return new ToolError(`the API at ${baseURL} did not return ${what}: ${failure.reason}${hint}`);
    }
    case "invalid":
      return new ToolError(`${what} from ${baseURL} cannot be used: ${failure.reason}`);
  }
}

/** The same error, scrubbed in place of the key and its encodings (every string field, problems and causes included). */
export function redactKey(error: unknown, apiKey: string | undefined): unknown {
  return scrubError(error, secretForms(apiKey));
}
