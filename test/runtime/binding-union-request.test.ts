import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { strictCompilerOptions, typecheckExpectingErrors } from "../support/typecheck.js";

// Cloudflare's Workers AI documents a request body that is a oneOf of a
// prompt form and a messages form: a binding must keep each form's fields.
const DIR = path.join(import.meta.dirname, ".tmp-binding-union");
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

describe("a per-model binding of a model whose request is a union", () => {
  it("accepts each form with its own fields and rejects a field of neither", () => {
    mkdirSync(DIR, { recursive: true });
    const file = path.join(DIR, "union.ts");
    writeFileSync(
      file,
      `import { bindModel, createClient, type ModelBinding } from "apifree-typed";
type Request = { model: string; prompt: string; raw?: boolean } | { model: string; messages: Array<{ role: "user"; content: string }> };
interface ModelMap {
  [id: string]: { [operation: string]: { request: { [key: string]: unknown }; response: unknown; [root: string]: unknown } };
  "cf/llama": { "chat.completions": { request: Request; response: { ok: true }; event: unknown } };
}
const binding: ModelBinding<ModelMap, "cf/llama"> = bindModel("cf/llama");
const client = createClient<ModelMap, "cf/llama">();
export async function calls() {
  await binding.create(client, { prompt: "hi", raw: true });
  await binding.create(client, { messages: [{ role: "user", content: "hi" }] });
  // @ts-expect-error TS2353: 'colour' does not exist in type
  await binding.create(client, { prompt: "hi", colour: "red" });
}
`,
    );
    expect(typecheckExpectingErrors([file], strictCompilerOptions({ skipLibCheck: true }))).toEqual([]);
  });
});
