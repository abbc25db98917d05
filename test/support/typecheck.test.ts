import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { expectedErrors, strictCompilerOptions, typecheckExpectingErrors } from "./typecheck.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const DIR = path.join(import.meta.dirname, ".tmp-typecheck");
afterAll(() => rmSync(DIR, { recursive: true, force: true }));

function check(source: string): string[] {
  mkdirSync(DIR, { recursive: true });
  const file = path.join(DIR, "sample.ts");
  writeFileSync(file, source);
  return typecheckExpectingErrors([file], strictCompilerOptions({ types: [] }));
}

describe("checked @ts-expect-error comments", () => {
  it("pass when the line below fails with the code and message named", () => {
    expect(
      check(
        `// @ts-expect-error TS2322: Type 'string' is not assignable to type 'number'\nexport const n: number = "1";\n`,
      ),
    ).toEqual([]);
  });

  it("report another error code, another message, a line that compiles and an error nobody promised", () => {
    const differences = check(
      [
        "// @ts-expect-error TS2353: Type 'string' is not assignable",
        'export const a: number = "1";',
        "// @ts-expect-error TS2322: Type 'boolean' is not assignable",
        'export const b: number = "1";',
        "// @ts-expect-error TS2322: Type 'string' is not assignable",
        "export const c: number = 1;",
        'export const d: number = "1";',
        "",
      ].join("\n"),
    );
    expect(differences).toEqual([
      expect.stringMatching(/sample\.ts:2: expected TS2353 .*, got TS2322: Type 'string' is not assignable/),
      expect.stringMatching(
        /sample\.ts:4: expected TS2322 "Type 'boolean' is not assignable", got TS2322: Type 'string'/,
      ),
      expect.stringMatching(/sample\.ts:6: expected TS2322 .*, got no error$/),
      expect.stringMatching(/sample\.ts:7: unexpected TS2322: Type 'string' is not assignable/),
    ]);
  });

  it("refuse a bare @ts-expect-error, which would pass on any error", () => {
    expect(() => expectedErrors("x.ts", "// @ts-expect-error\nconst a: number = 1;\n")).toThrow(
      /x\.ts:1: write "\/\/ @ts-expect-error TS<code>: <message fragment>"/,
    );
  });

  it("are the only kind in the test suite", () => {
    const files = readdirSync(path.join(ROOT, "test"), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts") && !file.split(path.sep).some((part) => part.startsWith(".tmp")))
      .map((file) => path.join("test", file));
    expect(files.length).toBeGreaterThan(50);
    const refused = files.flatMap((file) => {
      try {
        expectedErrors(file, readFileSync(path.join(ROOT, file), "utf8"));
        return [];
      } catch (error) {
        return [(error as Error).message];
      }
    });
    expect(refused).toEqual([]);
  });
});
