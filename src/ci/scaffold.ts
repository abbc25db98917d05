import { readFileSync } from "node:fs";
import { ToolError } from "../shared/tool-error.js";

/*
 * What `apifree-codegen init` puts into a user's repository, and what it does
 * with each file already there: a pure plan from the files' current
 * contents, so "never overwrite without --force" and "a second run changes
 * nothing" are properties of one function.
 */

const CONFIG_FILE = "apifree.config.ts";
const ALLOW_FILE = "drift-allow.json";
const WORKFLOWS = ["apifree-codegen.yml", "apifree-drift.yml"] as const;

const CONFIG = `import { defineConfig } from "apifree-codegen";\n\nexport default defineConfig({ snapshot: "snapshot", out: "generated" });\n`;

const ALLOW_LIST = `${JSON.stringify(
  {
    $comment:
      'Changes drift reports that this team has looked at and accepts: each entry names one change by model, rule, operation and pointer exactly as the report prints them, with a reason and an optional expires date (YYYY-MM-DD). An accepted change no longer fails drift nor labels the codegen pull request breaking. Example entry: {"model": "gpt-5-mini", "rule": "request-property-enum-value-removed", "pointer": "/properties/reasoning_effort/enum", "reason": "we never send minimal", "expires": "2026-12-31"}',
    accepted: [],
  },
  null,
  2,
)}\n`;

const NPM_SCRIPTS: Readonly<Record<string, string>> = {
  codegen: "apifree-codegen codegen",
  drift: "apifree-codegen drift",
};

/** The workflow templates shipped in the package (templates/workflows, beside src/ and dist/). */
function readWorkflowTemplate(name: (typeof WORKFLOWS)[number]): string {
  return readFileSync(new URL(`../../templates/workflows/${name}`, import.meta.url), "utf8");
}

type Outcome = "wrote" | "overwrote" | "updated" | "unchanged" | "skipped";

export interface PlannedFile {
  /** Relative to the repository, `/`-separated. */
  path: string;
  outcome: Outcome;
  /** The content to write, when the outcome writes. */
  content?: string;
  /** Why a file was skipped or left as it is. */
  note?: string;
}

/** `existing` is a file's current content, undefined when there is none. */
function planFile(path: string, wanted: string, existing: string | undefined, force: boolean): PlannedFile {
  if (existing === undefined) return { path, outcome: "wrote", content: wanted };
  if (existing === wanted) return { path, outcome: "unchanged" };
  if (force) return { path, outcome: "overwrote", content: wanted };
  return { path, outcome: "skipped", note: "exists and differs; --force overwrites it" };
}

function detectIndent(text: string): string | number {
  return /^[{[]\r?\n([ \t]+)/.exec(text)?.[1] ?? 2;
}

/** package.json with the two scripts added; other keys and their order are kept. */
function planPackageJson(existing: string | undefined, force: boolean): PlannedFile {
  const path = "package.json";
  if (existing === undefined)
    return { path, outcome: "skipped", note: "no package.json here: run `npm init` first, then init again" };
  let manifest: Record<string, unknown>;
  try {
    manifest = JSON.parse(existing) as Record<string, unknown>;
  } catch (error) {
    throw new ToolError(`init: package.json is not valid JSON (${(error as Error).message}); nothing was written`);
  }
  const scripts = { ...((manifest.scripts as Record<string, string> | undefined) ?? {}) };
  const clashes: string[] = [];
  const added: string[] = [];
  for (const [name, command] of Object.entries(NPM_SCRIPTS)) {
    if (scripts[name] === command) continue;
    if (scripts[name] !== undefined && !force) clashes.push(name);
    else {
      scripts[name] = command;
      added.push(name);
    }
  }
  const notes = [
    added.length === 0 ? undefined : `scripts ${added.map((name) => `"${name}"`).join(", ")}`,
    clashes.length === 0
      ? undefined
      : `${clashes.map((name) => `"${name}"`).join(", ")} already defined differently: kept; --force replaces`,
  ].filter((note) => note !== undefined);
  const note = notes.length === 0 ? {} : { note: notes.join("; ") };
  if (added.length === 0) return { path, outcome: clashes.length === 0 ? "unchanged" : "skipped", ...note };
  const content = `${JSON.stringify({ ...manifest, scripts }, null, detectIndent(existing))}\n`;
  return { path, outcome: "updated", content, ...note };
}

/**
 * The plan for one repository. `read` returns a file's content, or undefined
 * when it does not exist. drift-allow.json is written only when absent, even
 * with --force: it holds the team's accepted changes.
 */
export function planScaffold(read: (path: string) => string | undefined, force: boolean): PlannedFile[] {
  const allow = read(ALLOW_FILE);
  return [
    planFile(CONFIG_FILE, CONFIG, read(CONFIG_FILE), force),
    planPackageJson(read("package.json"), force),
    ...WORKFLOWS.map((name) => {
      const path = `.github/workflows/${name}`;
      return planFile(path, readWorkflowTemplate(name), read(path), force);
    }),
    allow === undefined
      ? { path: ALLOW_FILE, outcome: "wrote", content: ALLOW_LIST }
      : { path: ALLOW_FILE, outcome: "unchanged", note: "kept: it holds your accepted changes" },
  ];
}
