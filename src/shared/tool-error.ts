// The one failure type every command reports. A CLI prints `message` and the
// problems, one per line, and exits with `exitCode` (2 unless a command says).

export interface Problem {
  /** The model the problem belongs to, when there is one. */
  model?: string;
  /** The operation of that model's document (`chat.completions`, `messages`, `POST /v1/images/generations`...). */
  operation?: string;
  /** JSON pointer inside that model's document, for schema problems. */
  pointer?: string;
  message: string;
}

export class ToolError extends Error {
  readonly exitCode: number;
  readonly problems: readonly Problem[];

  constructor(message: string, options: { problems?: readonly Problem[]; exitCode?: number; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "ToolError";
    this.exitCode = options.exitCode ?? 2;
    this.problems = options.problems ?? [];
  }
}

export function formatProblem(problem: Problem): string {
  const where = [
    problem.model === undefined ? undefined : `model ${JSON.stringify(problem.model)}`,
    problem.operation === undefined ? undefined : `operation ${problem.operation}`,
    problem.pointer === undefined ? undefined : `at ${problem.pointer === "" ? "/" : problem.pointer}`,
  ].filter((part) => part !== undefined);
  return where.length === 0 ? problem.message : `${where.join(" ")}: ${problem.message}`;
}

export function formatToolError(error: ToolError): string {
  const lines = [error.message];
  for (const problem of error.problems) lines.push(`  - ${formatProblem(problem)}`);
  return lines.join("\n");
}
