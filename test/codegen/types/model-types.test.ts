import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { modelRoots } from "../../../src/codegen/roots.js";
import { emitModelTypes } from "../../../src/codegen/types/model-types.js";
import { withoutRedundantTags } from "../../../src/codegen/types/redundant-tags.js";
import { locateOperations } from "../../../src/openapi/operations.js";
import { CORPUS_DIR, corpusDocuments, corpusTitle } from "../../support/corpus.js";
import { typecheck, typecheckExpectingErrors } from "../../support/typecheck.js";

const work = mkdtempSync(path.join(import.meta.dirname, ".tmp-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Write one model's types as generate lays them out; returns the folder to import `types.js` from. */
async function writeModelTypes(
  name: string,
  document: unknown,
): Promise<{ dir: string; pool: string[]; types: string; openapi: string }> {
  const result = await emitModelTypes(document, rootsOf(document), { openapi: true });
  const openapi = result.openapi;
  if (openapi === undefined) throw new Error("openapi.d.ts was asked for and not emitted");
  mkdirSync(path.join(work, "types"), { recursive: true });
  for (const [stem, content] of result.pool) writeFileSync(path.join(work, "types", `${stem}.d.ts`), content);
  const dir = path.join(work, "models", name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, "types.d.ts"), result.types);
  writeFileSync(path.join(dir, "openapi.d.ts"), openapi);
  return { dir, pool: [...result.pool.values()], types: result.types, openapi };
}

function rootsOf(document: unknown) {
  const { operations } = locateOperations(document);
  if (operations.length === 0) throw new Error("document has no operation");
  return modelRoots(operations);
}

/** A chat document whose request is `Req`: `{ messages: Message[] }`, with `schemas` beside it. */
function chatDocument(openapi: string, schemas: Record<string, unknown>) {
  return {
    openapi,
    info: { title: "t", version: "1" },
    paths: {
      "/v1/chat/completions": {
        post: {
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Req" } } } },
          responses: {
            "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } },
          },
        },
      },
    },
    components: {
      schemas: {
        Req: {
          type: "object",
          required: ["messages"],
          properties: { messages: { type: "array", items: { $ref: "#/components/schemas/Message" } } },
        },
        ...schemas,
      },
    },
  };
}

const hostile = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/v1/chat/completions": {
      post: {
        requestBody: {
          required: true,
          content: {
            "application/json": {
              schema: {
                type: "object",
                description: "ends a comment */ then `${process.exit(1)}` and \u2028 line sep",
                required: ["messages"],
                additionalProperties: false,
                properties: {
                  messages: { type: "array", items: { type: "string" } },
                  constructor: { type: "string", description: "*/ export const pwned = 1; /*" },
                  "x-trace-id": { type: "string" },
                  "9lives": { type: "integer" },
                  __proto__: { type: "boolean" },
                  'a"b\\c': { enum: ["`", "${x}", "*/", "\u2028", 'q"uote'] },
                },
              },
            },
          },
        },
        responses: { "200": { description: "ok", content: { "application/json": { schema: { type: "object" } } } } },
      },
    },
  },
};

describe("openapi-typescript types per model", () => {
  it("emits compilable, injection-proof types for hostile names and descriptions", async () => {
    // __proto__ in an object literal sets the prototype; give it an own property the way JSON.parse would.
    const document = JSON.parse(
      JSON.stringify(hostile).replace('"constructor"', '"__proto__":{"type":"boolean"},"constructor"'),
    );
    const written = await writeModelTypes("hostile", document);
    const consumer = path.join(written.dir, "consumer.ts");
    writeFileSync(
      consumer,
      `import type { Request } from "./types.js";
const ok: Request = { messages: ["hi"], constructor: "x", "x-trace-id": "t", "9lives": 9, "a\\"b\\\\c": "\${x}" };
// @ts-expect-error TS2322: Type '"nope"' is not assignable to type '"\`" | "\${x}" | "*/"
const badEnum: Request = { messages: [], "a\\"b\\\\c": "nope" };
// @ts-expect-error TS2353: 'pwned' does not exist in type 'ApifreeChatRequest'
const extra: Request = { messages: [], pwned: 1 };
export { ok, badEnum, extra };
`,
    );
    expect(typecheckExpectingErrors([consumer])).toEqual([]);
    for (const text of [...written.pool, written.types, written.openapi])
      expect(text).not.toMatch(/^\s*export (const|function|let|var)\b/m);
  });

  it("keeps OpenAI-style message unions satisfiable (no schema-name discriminator values)", async () => {
    const document = chatDocument("3.0.3", {
      Message: {
        oneOf: [{ $ref: "#/components/schemas/UserMessage" }, { $ref: "#/components/schemas/SystemMessage" }],
        discriminator: { propertyName: "role" },
      },
      UserMessage: {
        type: "object",
        required: ["role", "content"],
        properties: { role: { type: "string", enum: ["user"] }, content: { type: "string" } },
      },
      SystemMessage: {
        type: "object",
        required: ["role", "content"],
        properties: { role: { type: "string", enum: ["system"] }, content: { type: "string" } },
      },
    });
    const written = await writeModelTypes("messages", document);
    const consumer = path.join(written.dir, "consumer.ts");
    writeFileSync(
      consumer,
      `import type { Request } from "./types.js";
export const ok: Request = { messages: [{ role: "user", content: "hi" }, { role: "system", content: "be brief" }] };
// @ts-expect-error TS2322: Type '"UserMessage"' is not assignable to type '"user" | "system"'
export const bad: Request = { messages: [{ role: "UserMessage", content: "hi" }] };
`,
    );
    expect(typecheckExpectingErrors([consumer])).toEqual([]);
  });

  it("shares a pooled type between an enum of one value and a const, and keeps their descriptions", async () => {
    // Before the redundant tags were dropped, the `@enum {string}` and `@constant` tags alone
    // made two files of Role, and two of Message above it.
    const documentWith = (role: Record<string, unknown>) =>
      chatDocument("3.1.0", {
        Message: {
          type: "object",
          required: ["role"],
          properties: { role: { $ref: "#/components/schemas/Role" }, name: { type: "string", enum: ["a", "b"] } },
        },
        Role: { description: "Who speaks.", ...role },
      });
    const asEnum = await emitModelTypes(documentWith({ type: "string", enum: ["user"] }), rootsOf(documentWith({})));
    const asConst = await emitModelTypes(documentWith({ type: "string", const: "user" }), rootsOf(documentWith({})));
    const stems = (types: Map<string, string>) => [...types.keys()].filter((stem) => !stem.startsWith("Req.")).sort();
    expect(stems(asEnum.pool)).toEqual(stems(asConst.pool));
    const role = [...asEnum.pool].find(([stem]) => stem.startsWith("Role."))![1];
    expect(role).toContain('/** Who speaks. */\nexport type Role = "user";');
    const message = [...asEnum.pool].find(([stem]) => stem.startsWith("Message."))![1];
    expect(message).toContain('  name?: "a" | "b";');
    for (const text of [...asEnum.pool.values(), ...asConst.pool.values()]) expect(text).not.toMatch(/@enum|@constant/);
  });

  it("cuts the enum and const tags from the end of a doc comment only", () => {
    expect(withoutRedundantTags("* @enum {string} ")).toBeUndefined();
    expect(withoutRedundantTags("* @constant ")).toBeUndefined();
    expect(withoutRedundantTags("*\n * Why it stopped.\n * @enum {string}\n ")).toBe("* Why it stopped. ");
    expect(withoutRedundantTags("*\n * @constant\n * @enum {string|null}\n ")).toBeUndefined();
    // A description over several lines keeps the multi-line form.
    expect(withoutRedundantTags("*\n * @description one\n *     two\n * @enum {string}\n ")).toBe(
      "*\n * @description one\n *     two\n ",
    );
    // Other tags stay, and a tag-like line that is not last stays too.
    const kept = "*\n * @enum {string}\n * @default auto\n ";
    expect(withoutRedundantTags(kept)).toBe(kept);
    expect(withoutRedundantTags("* Plain. ")).toBe("* Plain. ");
  });

  describe("over the corpus of real documents", () => {
    it.skipIf(CORPUS_DIR === undefined)(
      corpusTitle(
        "every document's types compile under strict, noUncheckedIndexedAccess and exactOptionalPropertyTypes",
      ),
      async () => {
        const consumers: string[] = [];
        for (const { name, document } of corpusDocuments()) {
          const written = await writeModelTypes(name, document);
          const consumer = path.join(written.dir, "consumer.ts");
          writeFileSync(
            consumer,
            `import type { Request, Response, Chunk } from "./types.js";\nimport type { paths, components } from "./openapi.js";\nexport type All = [Request, Response, Chunk, paths, components];\n`,
          );
          consumers.push(consumer);
        }
        expect(consumers.length).toBeGreaterThan(5);
        expect(typecheck(consumers)).toEqual([]);
      },
    );
  });
});

describe("openapi-typescript without its Redocly pass", () => {
  it("gives exactly what openapiTS() gives, on the bundled catalog and the corpus", async () => {
    const { default: openapiTS, astToString } = await import("openapi-typescript");
    const { openapiTypescriptNodes } = await import("../../../src/codegen/types/run-openapi-typescript.js");
    const { readSnapshot } = await import("../../../src/snapshot/read.js");
    const snapshot = await readSnapshot(path.resolve(import.meta.dirname, "../../../snapshot"));
    const documents = [
      ...snapshot.models.map((model) => ({ name: model.id, document: model.document })),
      ...corpusDocuments(),
    ];
    expect(documents.length).toBeGreaterThanOrEqual(snapshot.models.length);
    for (const { name, document } of documents) {
      const direct = astToString(openapiTypescriptNodes(structuredClone(document) as Record<string, unknown>));
      const viaNodeApi = astToString(
        await openapiTS(structuredClone(document) as never, { defaultNonNullable: false, silent: true }),
      );
      expect(direct, name).toBe(viaNodeApi);
    }
  });
});
