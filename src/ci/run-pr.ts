import type { DriftReport } from "../drift/types.js";
import { changedModels, decidePullRequest, type Plan } from "./decide.js";
import { pushRegenerated } from "./git.js";
import type { GitHubClient } from "./github-client.js";

export const DEFAULT_BRANCH = "apifree/codegen";

export interface PullRequestJob {
  github: GitHubClient;
  report: DriftReport;
  /** The markdown drift report. */
  markdown: string;
  /** The repository's working tree. */
  cwd: string;
  branch: string;
  /** Base branch; the repository's default branch when absent. */
  base?: string | undefined;
  /** What to commit: the snapshot and generated folders. */
  paths: readonly string[];
  /** Injectable for tests: the git side. */
  push?: typeof pushRegenerated;
}

const FOOTER = [
  "",
  "---",
  "_Opened by the `codegen` workflow (`apifree-codegen pr`): this branch holds the synced snapshot and the regenerated bindings, and is force-pushed on every run that finds drift._",
  "_To accept a known change, add an entry to `drift-allow.json` naming its model, rule, operation and pointer as the report prints them, with a reason._",
].join("\n");

const CLOSED_COMMENT = "The APIFree contracts match the committed snapshot again: nothing to regenerate, closing.";

/** Lines saying what was done, for the job log. */
export async function runPullRequestJob(job: PullRequestJob): Promise<{ plan: Plan; log: string[] }> {
  const { github } = job;
  const open = await github.openPulls(job.branch);
  const plan = decidePullRequest({
    report: job.report,
    body: `${job.markdown.trimEnd()}\n${FOOTER}\n`,
    openPulls: open.map((pull) => ({ number: pull.number, labels: pull.labels.map((label) => label.name) })),
  });
  const log: string[] = [];
  if (plan.kind === "close") {
    for (const number of plan.close) {
      await github.comment(number, CLOSED_COMMENT);
      await github.updatePull(number, { state: "closed" });
      log.push(`closed #${number}: nothing moved`);
    }
    if (plan.close.length === 0) log.push("nothing moved: no pull request to open or close");
    return { plan, log };
  }
  const base = job.base ?? (await github.defaultBranch());
  await (job.push ?? pushRegenerated)({
    cwd: job.cwd,
    branch: job.branch,
    paths: job.paths,
    message: `${plan.title}\n\nChanged: ${changedModels(job.report).join(", ")}`,
  });
  let number: number;
  if (plan.update === undefined) {
    number = (await github.openPull({ title: plan.title, body: plan.body, head: job.branch, base })).number;
    log.push(`opened #${number}: ${plan.title}`);
  } else {
    number = plan.update;
    await github.updatePull(number, { title: plan.title, body: plan.body });
    log.push(`updated #${number}: ${plan.title}`);
  }
  if (plan.addLabels.length > 0) {
    await github.addLabels(number, plan.addLabels);
    log.push(`labelled #${number}: ${plan.addLabels.join(", ")}`);
  }
  for (const label of plan.removeLabels) {
    await github.removeLabel(number, label);
    log.push(`unlabelled #${number}: ${label}`);
  }
  for (const extra of plan.close) {
    await github.comment(extra, `Superseded by #${number}.`);
    await github.updatePull(extra, { state: "closed" });
    log.push(`closed #${extra}: superseded by #${number}`);
  }
  return { plan, log };
}
