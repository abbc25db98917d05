import { request } from "undici";
import { ToolError } from "../shared/tool-error.js";

/*
 * The few GitHub REST calls the codegen workflow makes, over undici. Written
 * by hand rather than taking Octokit: five endpoints, and the base URL must
 * come from GITHUB_API_URL (GitHub Enterprise, or a fake server in tests).
 * The token is sent, never printed: errors name the method, path and status.
 */

export interface GitHubOptions {
  /** `https://api.github.com`, `https://HOST/api/v3`, or a test server. */
  apiURL: string;
  token: string;
  /** `owner/name`. */
  repository: string;
}

export interface PullRequest {
  number: number;
  html_url?: string;
  labels: Array<{ name: string }>;
}

const TIMEOUT_MS = 30_000;

export class GitHubClient {
  readonly #base: string;
  readonly #token: string;
  readonly #repo: string;

  constructor(options: GitHubOptions) {
    if (!/^[\w.-]+\/[\w.-]+$/.test(options.repository))
      throw new ToolError(`pr: the repository must be owner/name, got ${JSON.stringify(options.repository)}`);
    this.#base = options.apiURL.replace(/\/+$/, "");
    this.#token = options.token;
    this.#repo = options.repository;
  }

  get owner(): string {
    return this.#repo.split("/")[0]!;
  }

  async #call<T>(method: string, path: string, body?: unknown, allow: readonly number[] = []): Promise<T | undefined> {
    const url = `${this.#base}/repos/${this.#repo}${path}`;
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(url, {
        method: method as "GET",
        headers: {
          accept: "application/vnd.github+json",
          authorization: `Bearer ${this.#token}`,
          "user-agent": "apifree-codegen",
          "x-github-api-version": "2022-11-28",
          ...(body === undefined ? {} : { "content-type": "application/json" }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        headersTimeout: TIMEOUT_MS,
        bodyTimeout: TIMEOUT_MS,
      });
    } catch (error) {
      throw new ToolError(`pr: GitHub API ${method} ${url} failed: ${(error as Error).message}`);
    }
    const text = await response.body.text();
    if (allow.includes(response.statusCode)) return undefined;
    if (response.statusCode < 200 || response.statusCode >= 300) {
      let message = text.slice(0, 300);
      try {
        message = (JSON.parse(text) as { message?: string }).message ?? message;
      } catch {}
      throw new ToolError(
        `pr: GitHub API ${method} ${url} answered ${response.statusCode}: ${message}` +
          (response.statusCode === 401 || response.statusCode === 403
            ? " (does the workflow grant `contents: write` and `pull-requests: write`?)"
            : ""),
      );
    }
    return text === "" ? undefined : (JSON.parse(text) as T);
  }

  async defaultBranch(): Promise<string> {
    const repo = await this.#call<{ default_branch: string }>("GET", "");
    return repo!.default_branch;
  }

  /** Open pull requests whose head is `branch` of this repository. */
  async openPulls(branch: string): Promise<PullRequest[]> {
    const query = new URLSearchParams({ state: "open", head: `${this.owner}:${branch}`, per_page: "100" });
    return (await this.#call<PullRequest[]>("GET", `/pulls?${query}`)) ?? [];
  }

  async openPull(fields: { title: string; body: string; head: string; base: string }): Promise<PullRequest> {
    return (await this.#call<PullRequest>("POST", "/pulls", fields))!;
  }

  async updatePull(number: number, fields: { title?: string; body?: string; state?: "closed" }): Promise<void> {
    await this.#call("PATCH", `/pulls/${number}`, fields);
  }

  async comment(number: number, body: string): Promise<void> {
    await this.#call("POST", `/issues/${number}/comments`, { body });
  }

  async addLabels(number: number, labels: readonly string[]): Promise<void> {
    await this.#call("POST", `/issues/${number}/labels`, { labels });
  }

  /** A label already gone is fine. */
  async removeLabel(number: number, label: string): Promise<void> {
    await this.#call("DELETE", `/issues/${number}/labels/${encodeURIComponent(label)}`, undefined, [404]);
  }
}
