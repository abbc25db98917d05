import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import type { SchemaRoot } from "../../../src/codegen/zod/index.js";
import { emitPooledSchemas, type PooledSchemas } from "../../../src/codegen/zod/pooled.js";
import { CORPUS_SKIP_REASON, corpusDocuments } from "../../support/corpus.js";
import { schemaCases } from "../../support/schema-values/index.js";
import { bundledDocuments, cleanTmp, compileSchemas, contractDocument, TMP_DIR, type Validators } from "./support.js";

/*
 * Validators pooled between models by Merkle hash: what is shared and what
 * is not, cycles kept inside one module, and, over the bundled catalog and
 * the corpus, the same verdicts as the self-contained module that the
 * differential test proves against Ajv.
 */

afterAll(cleanTmp);

const POOL = "../../validators/";
let trees = 0;

function emit(document: unknown, roots: SchemaRoot[], model = "m"): PooledSchemas {
  const result = emitPooledSchemas({ model, document, roots }, POOL);
  expect(result.problems).toEqual([]);
  return result;
}

/** Write the modules laid out as in generated/ (validators/, models/m/) and import the model's module. */
async function load(result: PooledSchemas): Promise<Validators> {
  const dir = path.join(TMP_DIR, `pooled-${trees++}`);
  await mkdir(path.join(dir, "validators"), { recursive: true });
  await mkdir(path.join(dir, "models", "m"), { recursive: true });
  for (const [stem, source] of result.pool) await writeFile(path.join(dir, "validators", `${stem}.ts`), source);
  const file = path.join(dir, "models", "m", "schemas.ts");
  await writeFile(file, result.source);
  return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as Validators;
}

/** Pool file name -> content, by the schema name before the hash. */
function byName(result: PooledSchemas): Map<string, string> {
  return new Map([...result.pool.keys()].map((stem) => [stem.replace(/\.[0-9a-f]{12}$/, ""), stem]));
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const ROOT = [{ exportName: "request", pointer: "/components/schemas/Request" }];

function chain(leafMaxLength: number): unknown {
  return {
    openapi: "3.1.0",
    components: {
      schemas: {
        Request: {
          type: "object",
          // Content and Tool are used twice: a leaf used once is copied in place.
          properties: {
            message: ref("Message"),
            tool: ref("Tool"),
            tools: { type: "array", items: ref("Tool") },
            summary: ref("Content"),
          },
          required: ["message"],
        },
        Message: {
          type: "object",
          properties: { role: { enum: ["user", "assistant", "system", "tool"] }, content: ref("Content") },
        },
        // Longer than the widest leaf that is copied wherever it is used.
        Content: {
          type: "string",
          minLength: 1,
          maxLength: leafMaxLength,
          pattern: "^[^\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\u007f]*$",
        },
        Tool: {
          type: "object",
          properties: { name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" }, strict: { type: "boolean" } },
          required: ["name"],
        },
      },
    },
  };
}

describe("pooling by Merkle hash", () => {
  it("shares a module exactly when the whole graph below it is equal", () => {
    const first = emit(chain(100), ROOT, "a");
    const same = emit(chain(100), ROOT, "b");
    expect(same.pool).toEqual(first.pool);
    expect(same.source).toBe(first.source);

    // A change at the bottom of one branch: every module above it changes, the other branch does not.
    const changed = emit(chain(200), ROOT, "c");
    const [before, after] = [byName(first), byName(changed)];
    expect([...after.keys()].sort()).toEqual(["Content", "Message", "Request", "Tool"]);
    for (const name of ["Content", "Message", "Request"]) expect(after.get(name)).not.toBe(before.get(name));
    expect(after.get("Tool")).toBe(before.get("Tool"));
    // A shared module has the same bytes whichever model it was emitted for.
    expect(changed.pool.get(after.get("Tool")!)).toBe(first.pool.get(before.get("Tool")!));
    expect(changed.source).toMatch(
      /import \{\s*Request as request,?\s*\} from "\.\.\/\.\.\/validators\/Request\.[0-9a-f]{12}\.js";/,
    );
    expect(changed.source).toMatch(/^export \{ request \};$/m);
  });

  it("writes a short schema that refers to nothing where it is used, and validates the same", async () => {
    const document = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Request: {
            type: "object",
            properties: { effort: ref("Effort"), n: ref("Count") },
            additionalProperties: false,
          },
          Effort: { enum: ["low", "medium", "high"] },
          Count: { type: "integer", minimum: 1 },
        },
      },
    };
    const result = emit(document, ROOT);
    expect([...byName(result).keys()]).toEqual(["Request"]);
    const [request] = [...result.pool.values()];
    expect(request).toContain('["effort", z.literal(["low", "medium", "high"])]');
    expect(request).toContain('["n", v.int().check(z.gte(1))]');
    const validators = await load(result);
    expect(validators.request!.safeParse({ effort: "low", n: 2 }).success).toBe(true);
    expect(validators.request!.safeParse({ effort: "max" }).success).toBe(false);
    expect(validators.request!.safeParse({ n: 0 }).success).toBe(false);
  });

  it("copies a leaf used at one place only where its module and import would cost more", async () => {
    const tool = {
      type: "object",
      properties: { name: { type: "string", pattern: "^[a-zA-Z0-9_-]{1,64}$" }, strict: { type: "boolean" } },
      required: ["name"],
    };
    const long = { type: "object", properties: Object.fromEntries("abcdefghijkl".split("").map((k) => [k, tool])) };
    const documentWith = (properties: Record<string, unknown>) => ({
      openapi: "3.1.0",
      components: { schemas: { Request: { type: "object", properties }, Tool: tool, Long: long } },
    });
    const once = emit(documentWith({ tool: ref("Tool"), long: ref("Long") }), ROOT);
    // Tool is copied in place, on lines a formatter would write; Long, over 200 characters, keeps its module.
    expect([...byName(once).keys()].sort()).toEqual(["Long", "Request"]);
    const request = once.pool.get(byName(once).get("Request")!)!;
    expect(request).toContain('["tool", v.object({');
    expect(request.split("\n").every((line) => line.length <= 100)).toBe(true);
    const twice = emit(documentWith({ tool: ref("Tool"), tools: { type: "array", items: ref("Tool") } }), ROOT);
    expect([...byName(twice).keys()].sort()).toEqual(["Request", "Tool"]);

    const validators = await load(once);
    expect(validators.request!.safeParse({ tool: { name: "get_weather" } }).success).toBe(true);
    expect(validators.request!.safeParse({ tool: { name: "bad name" } }).success).toBe(false);
    expect(validators.request!.safeParse({ long: { a: { name: "x", strict: "yes" } } }).success).toBe(false);
  });

  it("keeps a cycle in one module (z.lazy inside it) and imports it from outside", async () => {
    const document = {
      openapi: "3.1.0",
      components: {
        schemas: {
          Request: { type: "object", properties: { tree: ref("Node"), a: ref("A"), outside: ref("Outside") } },
          Node: {
            type: "object",
            properties: { value: { type: "string", minLength: 2 }, children: { type: "array", items: ref("Node") } },
            required: ["value"],
          },
          A: { type: "object", properties: { b: ref("B"), tag: { type: "string", maxLength: 3 } }, required: ["tag"] },
          B: { type: "object", properties: { a: ref("A"), count: { type: "integer", maximum: 9 } } },
          Outside: { type: "object", properties: { a: ref("A") }, required: ["a"] },
        },
      },
    };
    const result = emit(document, ROOT);
    const names = byName(result);
    // A and B refer to each other: one module, named after the first of them.
    expect([...names.keys()].sort()).toEqual(["A", "Node", "Outside", "Request"]);
    const cycle = result.pool.get(names.get("A")!)!;
    expect(cycle).toMatch(/export const A: /);
    expect(cycle).toMatch(/export const B: /);
    expect(cycle).toContain("z.lazy(");
    expect(result.pool.get(names.get("Node")!)).toContain("z.lazy(() => Node)");
    expect(result.pool.get(names.get("Outside")!)).toContain(`import { A } from "./${names.get("A")}.js";`);

    const validators = await load(result);
    const request = validators.request!;
    const tree = { value: "root", children: [{ value: "kid", children: [{ value: "leaf" }] }] };
    expect(
      request.safeParse({ tree, a: { tag: "x", b: { a: { tag: "y" }, count: 3 } }, outside: { a: { tag: "z" } } })
        .error,
    ).toBeUndefined();
    expect(request.safeParse({ tree: { value: "root", children: [{ value: "k", children: [] }] } }).success).toBe(
      false,
    );
    expect(request.safeParse({ a: { tag: "x", b: { a: { tag: "toolong" } } } }).success).toBe(false);
    expect(request.safeParse({ outside: { a: { tag: "x", b: { count: 10 } } } }).success).toBe(false);
  });

  it("gives the same bytes for the same input, and one module per root whatever its number of roots", () => {
    const roots = [
      { exportName: "request", pointer: "/components/schemas/Request" },
      { exportName: "tool", pointer: "/components/schemas/Tool" },
      { exportName: "role", pointer: "/components/schemas/Message/properties/role" },
    ];
    const first = emit(chain(100), roots);
    expect(emit(structuredClone(chain(100)), roots)).toEqual(first);
    // Every root is re-exported from the pool, a short reference-free one is declared in the model's module.
    expect(first.source).toMatch(/Request as request/);
    expect(first.source).toMatch(/Tool as tool/);
    expect(first.source).toMatch(/export const role: z\.ZodType = z\.literal\(\["user", /);
  });
});

describe("pooled validators decide like the self-contained module", () => {
  it(`on the bundled catalog${corpusDocuments().length === 0 ? ` [corpus part skipped: ${CORPUS_SKIP_REASON}]` : ""} and the corpus`, async () => {
    const entries = [
      ...(await bundledDocuments()),
      ...corpusDocuments().map((doc) => contractDocument(doc.name, doc.document)),
    ];
    expect(entries.length).toBeGreaterThan(0);
    let compared = 0;
    for (const entry of entries) {
      const pooled = await load(emit(entry.document, entry.roots, entry.name));
      const { validators: single } = await compileSchemas(entry.document, entry.roots, entry.name);
      entry.roots.forEach((root, index) => {
        const values = fc.sample(schemaCases(entry.document, root.pointer), { numRuns: 40, seed: 7 + index });
        for (const { value } of values) {
          const expected = single[root.exportName]!.safeParse(value).success;
          expect(pooled[root.exportName]!.safeParse(value).success, `${entry.name} ${root.exportName}`).toBe(expected);
          compared++;
        }
      });
    }
    expect(compared).toBeGreaterThan(1000);
  }, 300_000);
});
