/*
 * Programmatic tsc for the type tests: the repository's strict options (see
 * test/support/typecheck.ts), optional in-memory overrides of file contents,
 * and the counters tsc --extendedDiagnostics prints.
 */
import path from "node:path";
import ts from "typescript";
import { type Diagnostic, readable, strictCompilerOptions } from "../../support/typecheck.js";

type Found = Diagnostic;

export interface Compiled {
  diagnostics: Found[];
  instantiations: number;
  types: number;
  checkMs: number;
}

/** Type-checks `files`; `overrides` maps absolute paths to replacement text. */
export function compile(files: string[], overrides: Record<string, string> = {}): Compiled {
  const options = strictCompilerOptions({ skipLibCheck: true });
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
  const diagnostics = ts.getPreEmitDiagnostics(program).map(readable);
  return {
    diagnostics,
    instantiations: program.getInstantiationCount(),
    types: program.getTypeCount(),
    checkMs: performance.now() - started,
  };
}
