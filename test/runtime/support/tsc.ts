/*
 * Programmatic tsc for the type tests: the repository's strict options, the
 * package name mapped to the runtime source, optional in-memory overrides of
 * file contents, and the counters tsc --extendedDiagnostics prints.
 */
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "../../..");

export function compilerOptions(): ts.CompilerOptions {
  return {
    target: ts.ScriptTarget.ES2022,
    lib: ["lib.es2023.d.ts"],
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    strict: true,
    noUncheckedIndexedAccess: true,
    exactOptionalPropertyTypes: true,
    verbatimModuleSyntax: true,
    isolatedModules: true,
    skipLibCheck: true,
    noEmit: true,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    baseUrl: ROOT,
    paths: { "apifree-typed": [path.join(ROOT, "src/runtime/index.ts")] },
  };
}

export interface Found {
  file: string | undefined;
  line: number | undefined;
  code: number;
  message: string;
}

export interface Compiled {
  diagnostics: Found[];
  instantiations: number;
  types: number;
  checkMs: number;
}

/** Type-checks `files`; `overrides` maps absolute paths to replacement text. */
export function compile(files: string[], overrides: Record<string, string> = {}): Compiled {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => overrides[path.resolve(name)] ?? readFile(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError) => {
    const text = overrides[path.resolve(name)];
    return text !== undefined ? ts.createSourceFile(name, text, language) : getSourceFile(name, language, onError);
  };
  const program = ts.createProgram(files, options, host);
  const started = performance.now();
  const raw = ts.getPreEmitDiagnostics(program);
  const checkMs = performance.now() - started;
  return {
    diagnostics: raw.map((d) => ({
      file: d.file?.fileName,
      line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : undefined,
      code: d.code,
      message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
    })),
    instantiations: program.getInstantiationCount(),
    types: program.getTypeCount(),
    checkMs,
  };
}
