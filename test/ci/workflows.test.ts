import { execFile } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { tempDirs } from "../support/temp.js";

/*
 * Every workflow this repository ships or runs passes the workflow linter
 * (@action-validator/cli: GitHub's workflow schema), and the two templates
 * that `init` writes keep the promises the README makes about them.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
// The package's own bin script (action-validator compiled to WebAssembly), run with this Node.
const VALIDATOR = path.join(
  path.dirname(createRequire(import.meta.url).resolve("@action-validator/cli/package.json")),
  "cli.mjs",
);
const TEMPLATES = path.join(ROOT, "templates", "workflows");
const OWN = path.join(ROOT, ".github", "workflows");
const temps = tempDirs("apifree-workflows");
afterAll(() => temps.cleanup());

const files = [TEMPLATES, OWN].flatMap((dir) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".yml"))
    .map((name) => path.join(dir, name)),
);

async function validate(file: string): Promise<{ code: number; output: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [VALIDATOR, file]);
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string };
    return { code: failed.code ?? -1, output: `${failed.stdout ?? ""}${failed.stderr ?? ""}` };
  }
}

// A parsed workflow is read loosely and checked field by field.
const load = (name: string): any => parse(readFileSync(path.join(TEMPLATES, name), "utf8"));

describe("the workflow linter", () => {
  it.each(files.map((file) => [path.relative(ROOT, file), file]))("passes %s", async (_name, file) => {
    const result = await validate(file);
    expect(result.output).not.toContain('"errors"');
    expect(result.code).toBe(0);
  });

  it("fails a workflow with a misspelt permission (the check can fail)", async () => {
    const broken = readFileSync(path.join(TEMPLATES, "apifree-codegen.yml"), "utf8").replace(
      "pull-requests: write",
      "pull-requests: wrote",
    );
    const file = path.join(await temps.make(), "broken.yml");
    await writeFile(file, broken);
    const result = await validate(file);
    expect(result.code).not.toBe(0);
    expect(result.output).toContain("/permissions");
  });

  it("covers both templates and this repository's drift workflow", () => {
    expect(files.map((file) => path.relative(ROOT, file)).sort()).toEqual([
      ".github/workflows/drift.yml",
      "templates/workflows/apifree-codegen.yml",
      "templates/workflows/apifree-drift.yml",
    ]);
  });
});

describe("the templates", () => {
  it("codegen: on a schedule and by hand, the least permissions that push a branch and manage its pull request", () => {
    const workflow = load("apifree-codegen.yml");
    expect(Object.keys(workflow.on).sort()).toEqual(["schedule", "workflow_dispatch"]);
    expect(workflow.permissions).toEqual({ contents: "write", "pull-requests": "write" });
    const runs: string[] = workflow.jobs.codegen.steps.map((step: { run?: string }) => step.run ?? "");
    expect(runs.join("\n")).toMatch(/sync --snapshot "\$RUNNER_TEMP\/apifree-snapshot"/);
    expect(runs.join("\n")).toContain('--against "$RUNNER_TEMP/apifree-snapshot"');
    expect(runs.join("\n")).toContain("npx apifree-codegen pr ");
  });

  it("drift: on pull requests touching the snapshot, generated code or config; read-only; the installed CLI", () => {
    const workflow = load("apifree-drift.yml");
    expect(workflow.on.pull_request.paths).toEqual(
      expect.arrayContaining(["snapshot/**", "generated/**", "apifree.config.ts", "drift-allow.json"]),
    );
    expect(workflow.permissions).toEqual({ contents: "read" });
    expect(JSON.stringify(workflow.jobs)).toContain("npx apifree-codegen drift");
  });

  it.each(["apifree-codegen.yml", "apifree-drift.yml"])(
    "%s: the key only from the secret, and no expression inside a shell script (no injection)",
    (name) => {
      const workflow = load(name);
      const steps: Array<{ run?: string; env?: Record<string, string> }> = Object.values(workflow.jobs).flatMap(
        (job) => (job as { steps: [] }).steps,
      );
      for (const step of steps) expect(step.run ?? "").not.toContain("${{");
      const keyed = steps.filter((step) => step.env?.APIFREE_API_KEY !== undefined);
      expect(keyed.length).toBeGreaterThan(0);
      for (const step of keyed) expect(step.env!.APIFREE_API_KEY).toBe("${{ secrets.APIFREE_API_KEY }}");
    },
  );
});
