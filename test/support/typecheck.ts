import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(import.meta.dirname, "../..");

/** The repository's strict options, with the package name mapped to the runtime source. */
export function strictCompilerOptions(overrides: ts.CompilerOptions = {}): ts.CompilerOptions {
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
    skipLibCheck: false,
    noEmit: true,
    types: ["node"],
    typeRoots: [path.join(ROOT, "node_modules/@types")],
    paths: {
      "apifree-typed": [path.join(ROOT, "src/runtime/index.ts")],
      "apifree-typed/validators": [path.join(ROOT, "src/runtime/validators/index.ts")],
    },
    ...overrides,
  };
}

export interface Diagnostic {
  file: string | undefined;
  line: number | undefined;
  code: number;
  message: string;
}

export function readable(d: ts.Diagnostic): Diagnostic {
  return {
    file: d.file?.fileName,
    line: d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : undefined,
    code: d.code,
    message: ts.flattenDiagnosticMessageText(d.messageText, "\n"),
  };
}

/**
 * Type-check files and return every diagnostic (syntactic, semantic,
 * declaration), readable. `ignoreNoCheck`: check files that carry a
 * `// @ts-nocheck` pragma too (generated validator modules carry one so a
 * consumer's tsc skips them; the tests still check every line).
 */
export function typecheck(
  files: string[],
  options: ts.CompilerOptions = strictCompilerOptions(),
  { ignoreNoCheck = false }: { ignoreNoCheck?: boolean } = {},
): Diagnostic[] {
  const host = ts.createCompilerHost(options);
  if (ignoreNoCheck) {
    const getSourceFile = host.getSourceFile.bind(host);
    host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      const file = getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (file === undefined || !/^\/\/ @ts-nocheck\b/m.test(file.text)) return file;
      // Same length, so positions in messages stay true.
      const text = file.text.replace(/^\/\/ @ts-nocheck\b/m, (pragma) => `//${" ".repeat(pragma.length - 2)}`);
      return ts.createSourceFile(fileName, text, languageVersion, true);
    };
  }
  return ts.getPreEmitDiagnostics(ts.createProgram(files, options, host)).map(readable);
}
