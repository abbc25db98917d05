import { ToolError } from "../shared/tool-error.js";

/** The base URL as requests are built from it: http(s), no credentials, no query, no trailing slash. */
export function normalizeBaseURL(value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ToolError(
      `the base URL ${JSON.stringify(value)} is not a URL (expected something like https://api.apifree.ai/v1)`,
    );
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new ToolError(`the base URL ${JSON.stringify(value)} must be http or https`);
  }
  if (url.username !== "" || url.password !== "")
    throw new ToolError("the base URL must not carry credentials; put the key in APIFREE_API_KEY");
  if (url.search !== "" || url.hash !== "")
    throw new ToolError(`the base URL ${JSON.stringify(value)} must not have a query or fragment`);
  return url.href.replace(/\/+$/, "");
}

/** An option that must be an integer >= min, or its default when absent. */
export function checkedCount(name: string, value: number | undefined, fallback: number, min = 1): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value < min)
    throw new ToolError(`sync: ${name} must be an integer of at least ${min}, got ${value}`);
  return value;
}
