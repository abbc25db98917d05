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

interface ProgramOptions {
  /** Absolute path -> text that replaces the file's on disk. */
  overrides?: Readonly<Record<string, string>>;
  /**
   * Check files that carry a `// @ts-nocheck` pragma too (generated validator
   * modules carry one so a consumer's tsc skips them; the tests still check
   * every line).
   */
  ignoreNoCheck?: boolean;
}

const NO_CHECK = /^\/\/ @ts-nocheck\b/m;

/** A program over `files`, with the file texts `extra` replaces or unlocks. */
export function createProgram(files: string[], options: ts.CompilerOptions, extra: ProgramOptions = {}): ts.Program {
  const { overrides = {}, ignoreNoCheck = false } = extra;
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => overrides[path.resolve(name)] ?? readFile(name);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, language, onError) => {
    const text = overrides[path.resolve(name)];
    if (text !== undefined) return ts.createSourceFile(name, text, language);
    const file = getSourceFile(name, language, onError);
    if (!ignoreNoCheck || file === undefined || !NO_CHECK.test(file.text)) return file;
    // Same length, so positions in messages stay true.
    const unlocked = file.text.replace(NO_CHECK, (pragma) => `//${" ".repeat(pragma.length - 2)}`);
    return ts.createSourceFile(name, unlocked, language, true);
  };
  return ts.createProgram(files, options, host);
}

/** Type-check files and return every diagnostic (syntactic, semantic, declaration), readable. */
export function typecheck(
  files: string[],
  options: ts.CompilerOptions = strictCompilerOptions(),
  extra: ProgramOptions = {},
): Diagnostic[] {
  return ts.getPreEmitDiagnostics(createProgram(files, options, extra)).map(readable);
}

/** The error a checked `// @ts-expect-error TS<code>: <message fragment>` comment promises for the line below it. */
export interface ExpectedError {
  file: string;
  line: number;
  code: number;
  fragment: string;
}

const DIRECTIVE = /^\s*(\/\/|\/\*+)\s*@ts-expect-error/;
const CHECKED_DIRECTIVE = /^(\s*)\/\/ @ts-expect-error TS(\d+): (.+)$/;

/**
 * A file's checked `@ts-expect-error` comments turned into plain ones (so the
 * errors they promise are reported), with those promises. A bare
 * `@ts-expect-error` passes on any error, the wrong one included, so it is
 * refused here.
 */
export function expectedErrors(file: string, text: string): { text: string; expected: ExpectedError[] } {
  const expected: ExpectedError[] = [];
  const lines = text.split("\n").map((line, index) => {
    if (!DIRECTIVE.test(line)) return line;
    const match = CHECKED_DIRECTIVE.exec(line);
    if (match === null)
      throw new Error(
        `${file}:${index + 1}: write "// @ts-expect-error TS<code>: <message fragment>", not ${line.trim()}`,
      );
    expected.push({ file: path.resolve(file), line: index + 2, code: Number(match[2]), fragment: match[3]! });
    return `${match[1]}// (an error is expected below)`;
  });
  return { text: lines.join("\n"), expected };
}

/**
 * Where the diagnostics found differ from the promised errors, one line each:
 * a promised line without an error of its code whose message holds its
 * fragment, or an error on a line that promised none. Empty when they match.
 */
export function unmetExpectations(expected: readonly ExpectedError[], found: readonly Diagnostic[]): string[] {
  const where = (file: string | undefined, line: number | undefined) =>
    `${path.relative(ROOT, file ?? "?")}:${line ?? "?"}`;
  const differences: string[] = [];
  for (const promise of expected) {
    const here = found.filter(
      (d) => d.file !== undefined && path.resolve(d.file) === promise.file && d.line === promise.line,
    );
    if (here.some((d) => d.code === promise.code && d.message.includes(promise.fragment))) continue;
    const got = here.map((d) => `TS${d.code}: ${d.message}`).join(" | ") || "no error";
    differences.push(
      `${where(promise.file, promise.line)}: expected TS${promise.code} "${promise.fragment}", got ${got}`,
    );
  }
  for (const d of found) {
    const promised = expected.some(
      (promise) => d.file !== undefined && path.resolve(d.file) === promise.file && d.line === promise.line,
    );
    if (!promised) differences.push(`${where(d.file, d.line)}: unexpected TS${d.code}: ${d.message}`);
  }
  return differences;
}

/**
 * Type-check files whose expected errors are checked `@ts-expect-error`
 * comments; returns unmetExpectations (empty when every promised error, and
 * no other, is reported).
 */
export function typecheckExpectingErrors(
  files: string[],
  options: ts.CompilerOptions = strictCompilerOptions(),
  { ignoreNoCheck = false }: { ignoreNoCheck?: boolean } = {},
): string[] {
  const overrides: Record<string, string> = {};
  const expected: ExpectedError[] = [];
  for (const file of files) {
    const stripped = expectedErrors(file, ts.sys.readFile(file) ?? "");
    if (stripped.expected.length === 0) continue;
    overrides[path.resolve(file)] = stripped.text;
    expected.push(...stripped.expected);
  }
  return unmetExpectations(expected, typecheck(files, options, { overrides, ignoreNoCheck }));
}
