import { GitHubClient } from "../../ci/github-client.js";
import { readDriftReport, readMarkdown } from "../../ci/read-report.js";
import { DEFAULT_BRANCH, runPullRequestJob } from "../../ci/run-pr.js";
import { ToolError } from "../../shared/tool-error.js";
import type { Command } from "../context.js";
import { parseFlags } from "../flags.js";
import { CONFIG_USAGE, configOf, outDirFrom, snapshotDirFrom } from "../settings.js";

const PR_FLAGS = {
  report: { type: "string" },
  body: { type: "string" },
  branch: { type: "string" },
  base: { type: "string" },
  snapshot: { type: "string" },
  out: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

const USAGE = `usage: apifree-codegen pr --report FILE --body FILE [flags]

The pull-request step of the codegen workflow. From a drift report of the
synced snapshot against the committed one, it decides and acts:
  - no change: close any open pull request of the branch;
  - otherwise: commit the snapshot and generated folders to the branch,
    force-push it, and open or update exactly one pull request whose body is
    the markdown report and whose title says how many models changed; label it
    \`breaking\` while a breaking change is not accepted by the allow-list.

  --report FILE    drift report, from \`apifree-codegen drift --format json\`
  --body FILE      the same report, from \`apifree-codegen drift --format markdown\`
  --branch NAME    the pull request's branch (default ${DEFAULT_BRANCH})
  --base NAME      its base (default: env GITHUB_REF_NAME, else the repository's default branch)
  --snapshot DIR   snapshot folder to commit (default: the config's snapshot, else snapshot)
  --out DIR        generated folder to commit (default: the config's out, else generated)
${CONFIG_USAGE}

Reads GITHUB_TOKEN, GITHUB_REPOSITORY (owner/name) and GITHUB_API_URL (default
https://api.github.com), as GitHub Actions sets them. Runs git in the current
folder, which must be a clone whose \`origin\` accepts the push.
Exit codes: 0 done, 2 usage error or a failed git or API call.`;

export const prCommand: Command = async (argv, context) => {
  const flags = parseFlags("pr", argv, PR_FLAGS);
  if (flags.help === true) {
    context.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (flags.report === undefined || flags.body === undefined)
    throw new ToolError("pr: --report FILE and --body FILE are required (drift's json and markdown reports)");
  const token = context.env.GITHUB_TOKEN ?? "";
  const repository = context.env.GITHUB_REPOSITORY ?? "";
  if (token === "" || repository === "")
    throw new ToolError(
      "pr: GITHUB_TOKEN and GITHUB_REPOSITORY must be set (GitHub Actions sets GITHUB_REPOSITORY; give the step `GITHUB_TOKEN` from `github.token` in its env)",
    );
  const github = new GitHubClient({
    apiURL: context.env.GITHUB_API_URL || "https://api.github.com",
    token,
    repository,
  });
  const report = await readDriftReport(flags.report);
  const markdown = await readMarkdown(flags.body);
  const { log } = await runPullRequestJob({
    github,
    report,
    markdown,
    cwd: context.cwd ?? process.cwd(),
    branch: flags.branch ?? DEFAULT_BRANCH,
    base: flags.base ?? (context.env.GITHUB_REF_NAME || undefined),
    // The folders sync and generate wrote, found the way they found them.
    paths: [snapshotDirFrom(flags.snapshot, configOf(context)), outDirFrom(flags.out, configOf(context))],
  });
  for (const line of log) context.stdout.write(`pr: ${line}\n`);
  return 0;
};
