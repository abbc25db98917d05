import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { emitSchemasModule } from "../../src/codegen/zod/index.js";
import { type Emulator, startEmulator } from "../../src/mock/index.js";
import { checkDocument } from "../../src/openapi/check.js";
import { formatProblem, type Problem } from "../../src/shared/tool-error.js";
import type { Snapshot } from "../../src/snapshot/format.js";
import { runCli } from "../support/cli.js";
import {
  groupDocument,
  SCHEMA_POINTER,
  SUITE_DIR,
  SUITE_SKIP_REASON,
  type SuiteGroup,
  suiteGroups,
} from "../support/json-schema-suite.js";
import { tempDirs } from "../support/temp.js";

/*
 * Conformance, measured against a suite no one here wrote: every group of
 * the official JSON Schema Test Suite (draft 2020-12) becomes a model whose
 * request body is the group's schema, in one OpenAPI 3.1 snapshot served by
 * the emulator. One sync, one generate, then each generated request
 * validator, loaded through the generated index as a user loads it, judges
 * every test of its group.
 *
 * A group is unsupported when the pipeline itself says so: the document
 * check refuses it (a remote or anchor `$ref`), or the generator reports a
 * keyword it does not enforce (`$dynamicRef`, `$id`...). Every unsupported
 * group is listed below by name and must stay listed: none passes silently.
 * Every test of every other group must pass.
 */

const ROOT = path.resolve(import.meta.dirname, "../..");
// Inside the repository, so generated code resolves `apifree-typed` the way the tests map it.
const temp = tempDirs(".tmp-suite", path.join(ROOT, "test/conformance"));

/**
 * Groups the pipeline reports as unsupported, by design (see the README),
 * with why: a reference the document check refuses (remote, relative to an
 * `$id`, or to an `$anchor`), or a keyword generate reports it does not
 * enforce (`$dynamicRef`, `$id`).
 */
const UNSUPPORTED: Record<string, RegExp> = {
  "anchor.json: Location-independent identifier": /refused: .*does not resolve/,
  "anchor.json: Location-independent identifier with absolute URI": /refused: .*external \$ref/,
  "anchor.json: Location-independent identifier with base URI change in subschema": /refused: .*external \$ref/,
  "anchor.json: same $anchor with different base uri": /refused: .*external \$ref/,
  "defs.json: validate definition against metaschema": /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef to a $dynamicAnchor in the same schema resource behaves like a normal $ref to an $anchor":
    /not enforced: .*"\$dynamicRef"/,
  "dynamicRef.json: A $dynamicRef to an $anchor in the same schema resource behaves like a normal $ref to an $anchor":
    /not enforced: .*"\$dynamicRef"/,
  "dynamicRef.json: A $ref to a $dynamicAnchor in the same schema resource behaves like a normal $ref to an $anchor":
    /refused: .*does not resolve/,
  "dynamicRef.json: A $dynamicRef resolves to the first $dynamicAnchor still in scope that is encountered when the schema is evaluated":
    /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef without anchor in fragment behaves identical to $ref": /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef with intermediate scopes that don't include a matching $dynamicAnchor does not affect dynamic scope resolution":
    /refused: .*external \$ref/,
  "dynamicRef.json: An $anchor with the same name as a $dynamicAnchor is not used for dynamic scope resolution":
    /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef without a matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor":
    /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef with a non-matching $dynamicAnchor in the same schema resource behaves like a normal $ref to $anchor":
    /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef that initially resolves to a schema with a matching $dynamicAnchor resolves to the first $dynamicAnchor in the dynamic scope":
    /refused: .*external \$ref/,
  "dynamicRef.json: A $dynamicRef that initially resolves to a schema without a matching $dynamicAnchor behaves like a normal $ref to $anchor":
    /refused: .*external \$ref/,
  "dynamicRef.json: multiple dynamic paths to the $dynamicRef keyword": /refused: .*external \$ref/,
  "dynamicRef.json: after leaving a dynamic scope, it is not used by a $dynamicRef": /refused: .*external \$ref/,
  "dynamicRef.json: strict-tree schema, guards against misspelled properties": /refused: .*external \$ref/,
  "dynamicRef.json: tests for implementation dynamic anchor and reference link": /refused: .*external \$ref/,
  "dynamicRef.json: $ref and $dynamicAnchor are independent of order - $defs first": /refused: .*external \$ref/,
  "dynamicRef.json: $ref and $dynamicAnchor are independent of order - $ref first": /refused: .*external \$ref/,
  "dynamicRef.json: $ref to $dynamicRef finds detached $dynamicAnchor": /refused: .*external \$ref/,
  "dynamicRef.json: $dynamicRef points to a boolean schema": /not enforced: .*"\$dynamicRef"/,
  "dynamicRef.json: $dynamicRef skips over intermediate resources - direct reference": /refused: .*external \$ref/,
  "dynamicRef.json: $dynamicRef avoids the root of each schema, but scopes are still registered":
    /refused: .*external \$ref/,
  "ref.json: remote ref, containing refs itself": /refused: .*external \$ref/,
  "ref.json: Recursive references between schemas": /refused: .*external \$ref/,
  "ref.json: refs with relative uris and defs": /refused: .*external \$ref/,
  "ref.json: relative refs with absolute uris and defs": /refused: .*external \$ref/,
  "ref.json: $id must be resolved against nearest parent, not just immediate parent": /refused: .*external \$ref/,
  "ref.json: order of evaluation: $id and $ref": /refused: .*external \$ref/,
  "ref.json: order of evaluation: $id and $anchor and $ref": /refused: .*does not resolve/,
  "ref.json: order of evaluation: $id and $ref on nested schema": /refused: .*external \$ref/,
  "ref.json: simple URN base URI with $ref via the URN": /refused: .*external \$ref/,
  "ref.json: simple URN base URI with JSON pointer": /not enforced: .*"\$id"/,
  "ref.json: URN base URI with NSS": /not enforced: .*"\$id"/,
  "ref.json: URN base URI with r-component": /not enforced: .*"\$id"/,
  "ref.json: URN base URI with q-component": /not enforced: .*"\$id"/,
  "ref.json: URN base URI with URN and JSON pointer ref": /refused: .*external \$ref/,
  "ref.json: URN base URI with URN and anchor ref": /refused: .*external \$ref/,
  "ref.json: URN ref with nested pointer ref": /refused: .*external \$ref/,
  "ref.json: ref to if": /refused: .*external \$ref/,
  "ref.json: ref to then": /refused: .*external \$ref/,
  "ref.json: ref to else": /refused: .*external \$ref/,
  "ref.json: ref with absolute-path-reference": /refused: .*external \$ref/,
  "ref.json: $id with file URI still resolves pointers - *nix": /not enforced: .*"\$id"/,
  "ref.json: $id with file URI still resolves pointers - windows": /not enforced: .*"\$id"/,
  "refRemote.json: remote ref": /refused: .*external \$ref/,
  "refRemote.json: fragment within remote ref": /refused: .*external \$ref/,
  "refRemote.json: anchor within remote ref": /refused: .*external \$ref/,
  "refRemote.json: ref within remote ref": /refused: .*external \$ref/,
  "refRemote.json: base URI change": /refused: .*external \$ref/,
  "refRemote.json: base URI change - change folder": /refused: .*external \$ref/,
  "refRemote.json: base URI change - change folder in subschema": /refused: .*external \$ref/,
  "refRemote.json: root ref in remote ref": /refused: .*external \$ref/,
  "refRemote.json: remote ref with ref to defs": /refused: .*external \$ref/,
  "refRemote.json: Location-independent identifier in remote ref": /refused: .*external \$ref/,
  "refRemote.json: retrieved nested refs resolve relative to their URI not $id": /refused: .*external \$ref/,
  "refRemote.json: remote HTTP ref with different $id": /refused: .*external \$ref/,
  "refRemote.json: remote HTTP ref with different URN $id": /refused: .*external \$ref/,
  "refRemote.json: remote HTTP ref with nested absolute ref": /refused: .*external \$ref/,
  "refRemote.json: $ref to $ref finds detached $anchor": /refused: .*external \$ref/,
  "unevaluatedItems.json: unevaluatedItems with $dynamicRef": /refused: .*external \$ref/,
  "unevaluatedProperties.json: unevaluatedProperties with $dynamicRef": /refused: .*external \$ref/,
  "vocabulary.json: schema that uses custom metaschema with with no validation vocabulary": /not enforced: .*"\$id"/,
};

interface Classified {
  group: SuiteGroup;
  /** Why the pipeline does not take the group as fully supported; undefined when it does. */
  unsupported?: string;
  /** The pipeline refuses the document: it cannot be synced or generated at all. */
  refused: boolean;
}

function classify(group: SuiteGroup): Classified {
  const document = groupDocument(group);
  const refusedBy = (problems: Problem[]) => problems.map((problem) => formatProblem(problem)).join("; ");
  const checked = checkDocument(document, group.model);
  if (checked.length > 0) return { group, unsupported: `refused: ${refusedBy(checked)}`, refused: true };
  const emitted = emitSchemasModule({
    model: group.model,
    document,
    roots: [{ exportName: "request", pointer: SCHEMA_POINTER }],
  });
  if (emitted.problems.length > 0)
    return { group, unsupported: `refused: ${refusedBy(emitted.problems)}`, refused: true };
  if (emitted.warnings.length > 0)
    return { group, unsupported: `not enforced: ${refusedBy(emitted.warnings)}`, refused: false };
  return { group, refused: false };
}

const groups = suiteGroups();
const classified = groups.map(classify);
const title = (text: string) => (SUITE_DIR === undefined ? `${text} [skipped: ${SUITE_SKIP_REASON}]` : text);

let emulator: Emulator | undefined;
let loadSchemas: (model: string) => Promise<{ request: z.ZodType }>;
let warnedModels: Set<string>;

beforeAll(async () => {
  if (SUITE_DIR === undefined) return;
  const served = classified.filter((entry) => !entry.refused).map((entry) => entry.group);
  const snapshot: Snapshot = {
    catalog: { object: "list", data: served.map((group) => ({ id: group.model, object: "model" })) },
    models: served.map((group) => ({ id: group.model, document: groupDocument(group), apiMd: `# ${group.name}\n` })),
  };
  emulator = await startEmulator({ snapshot });
  const dir = await temp.make();
  const synced = await runCli(["sync", "--base-url", emulator.url, "--snapshot", path.join(dir, "snapshot")]);
  expect(synced.stderr).toBe("");
  expect(synced.code).toBe(0);
  const generated = await runCli([
    "generate",
    "--snapshot",
    path.join(dir, "snapshot"),
    "--out",
    path.join(dir, "generated"),
    "--no-cache",
  ]);
  expect(generated.code, generated.stderr).toBe(0);
  warnedModels = new Set([...generated.stderr.matchAll(/^warning: model "([^"]+)"/gm)].map((match) => match[1]!));
  // A plain path, as the generated index's own relative import() of each model expects.
  const index = await import(/* @vite-ignore */ path.join(dir, "generated", "index.ts"));
  loadSchemas = index.loadSchemas;
}, 600_000);

afterAll(async () => {
  await emulator?.close();
  await temp.cleanup();
});

describe("the JSON Schema Test Suite, draft 2020-12, through sync, generate and the generated validators", () => {
  it(title("every group the pipeline does not support is reported by name, and only those"), () => {
    if (SUITE_DIR === undefined) return;
    const reported = Object.fromEntries(
      classified
        .filter((entry) => entry.unsupported !== undefined)
        .map((entry) => [entry.group.name, entry.unsupported!]),
    );
    expect(Object.keys(reported).sort()).toEqual(Object.keys(UNSUPPORTED).sort());
    for (const [name, why] of Object.entries(UNSUPPORTED)) expect(reported[name], name).toMatch(why);
  });

  it(title("generate warns about exactly the groups classified as not enforced"), () => {
    if (SUITE_DIR === undefined) return;
    const notEnforced = classified.filter((entry) => entry.unsupported?.startsWith("not enforced"));
    expect([...warnedModels].sort()).toEqual(notEnforced.map((entry) => entry.group.model).sort());
  });

  it(title("every test of every supported group passes"), async () => {
    if (SUITE_DIR === undefined) return;
    const failures: string[] = [];
    let tests = 0;
    let supportedGroups = 0;
    let unsupportedPassed = 0;
    let unsupportedTests = 0;
    for (const entry of classified) {
      if (entry.refused) continue;
      const { request } = await loadSchemas(entry.group.model);
      for (const test of entry.group.tests) {
        const accepted = request.safeParse(test.data).success;
        if (entry.unsupported === undefined) {
          tests += 1;
          if (accepted !== test.valid)
            failures.push(`${entry.group.name} / ${test.description}: expected ${test.valid ? "valid" : "invalid"}`);
        } else {
          unsupportedTests += 1;
          if (accepted === test.valid) unsupportedPassed += 1;
        }
      }
      if (entry.unsupported === undefined) supportedGroups += 1;
    }
    console.log(
      `JSON Schema Test Suite: ${groups.length} groups; ${supportedGroups} supported, ${tests - failures.length}/${tests} of their tests pass; ` +
        `${groups.length - supportedGroups} unsupported (reported), of whose runnable tests ${unsupportedPassed}/${unsupportedTests} happen to pass`,
    );
    expect(failures).toEqual([]);
  }, 300_000);
});
