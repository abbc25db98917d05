/*
 * Programmatic tsc for the type tests: the repository's strict options (see
 * test/support/typecheck.ts), optional in-memory overrides of file contents,
 * and the counters tsc --extendedDiagnostics prints.
 */
import ts from "typescript";
import { createProgram, type Diagnostic, readable, strictCompilerOptions } from "../../support/typecheck.js";

type Found = Diagnostic;

export interface Compiled {
  diagnostics: Found[];
  instantiations: number;
  types: number;
  checkMs: number;
}

/** Type-checks `files`; `overrides` maps absolute paths to replacement text. */
export function compile(files: string[], overrides: Record<string, string> = {}): Compiled {
  const program = createProgram(files, strictCompilerOptions({ skipLibCheck: true }), { overrides });
  const started = performance.now();
  const diagnostics = ts.getPreEmitDiagnostics(program).map(readable);
  return {
    diagnostics,
    instantiations: program.getInstantiationCount(),
    types: program.getTypeCount(),
    checkMs: performance.now() - started,
  };
}
