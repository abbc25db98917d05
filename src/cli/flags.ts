import { type ParseArgsConfig, parseArgs } from "node:util";
import { ToolError } from "../shared/tool-error.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** node:util parseArgs with every mistake turned into a usage error (exit 2). */
export function parseFlags<T extends Options>(
  command: string,
  argv: string[],
  options: T,
): ReturnType<typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>>["values"] {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    throw new ToolError(
      `${command}: ${(error as Error).message.replace(/\s*\n\s*/g, " ")}. Flags: ${Object.keys(options)
        .map((name) => `--${name}`)
        .join(", ")}`,
    );
  }
}

export function positiveInteger(command: string, flag: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^[1-9]\d{0,6}$/.test(value))
    throw new ToolError(`${command}: --${flag} must be a positive integer, got ${JSON.stringify(value)}`);
  return Number(value);
}

/** A positive number of seconds (up to 3 decimals), returned in milliseconds. */
export function seconds(command: string, flag: string, value: string | undefined, fallbackMs: number): number {
  if (value === undefined) return fallbackMs;
  if (!/^\d{1,6}(\.\d{1,3})?$/.test(value) || Number(value) === 0)
    throw new ToolError(`${command}: --${flag} must be a positive number of seconds, got ${JSON.stringify(value)}`);
  return Math.round(Number(value) * 1000);
}

export function portNumber(command: string, value: string | undefined): number {
  if (value === undefined) return 0;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535)
    throw new ToolError(`${command}: --port must be 0..65535, got ${JSON.stringify(value)}`);
  return Number(value);
}

export function oneOf<const V extends string>(
  command: string,
  flag: string,
  value: string | undefined,
  allowed: readonly V[],
  fallback: V,
): V {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ToolError(`${command}: --${flag} must be one of ${allowed.join(", ")}, got ${JSON.stringify(value)}`);
  }
  return value as V;
}

/** True when the arguments ask for a command's usage instead of running it. */
export function asksForHelp(argv: readonly string[]): boolean {
  return argv.includes("--help") || argv.includes("-h");
}
