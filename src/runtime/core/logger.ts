/*
 * The client's logger, as openai-node's: a level (`logLevel`, else the
 * APIFREE_LOG environment variable, else `warn`) and a sink with one method
 * per level (`logger`, else the console). Below the level a method is a
 * no-op chosen once at construction, so a quiet client pays nothing per call.
 */

export type LogLevel = "off" | "error" | "warn" | "info" | "debug";

/** Where log lines go: `console` fits, as do pino and winston loggers. */
export interface Logger {
  error(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  info(message: string, ...details: unknown[]): void;
  debug(message: string, ...details: unknown[]): void;
}

const DEFAULT_LOG_LEVEL: LogLevel = "warn";

const RANK: Readonly<Record<LogLevel, number>> = { off: 0, error: 1, warn: 2, info: 3, debug: 4 };

function isLevel(value: unknown): value is LogLevel {
  return typeof value === "string" && Object.hasOwn(RANK, value);
}

const LEVELS = Object.keys(RANK).join(", ");

function noop(): void {}

/** The logger filtered to a level: methods above it do nothing. */
export interface LevelLogger extends Logger {
  readonly level: LogLevel;
  /** Whether lines of `level` are written (to skip building costly details). */
  enabled(level: Exclude<LogLevel, "off">): boolean;
}

function filtered(sink: Logger, level: LogLevel): LevelLogger {
  const pick = (at: Exclude<LogLevel, "off">) => (RANK[at] <= RANK[level] ? sink[at].bind(sink) : noop);
  return {
    level,
    enabled: (at) => RANK[at] <= RANK[level],
    error: pick("error"),
    warn: pick("warn"),
    info: pick("info"),
    debug: pick("debug"),
  };
}

/**
 * The client's logger from its options and the environment. An unknown
 * `logLevel` option is a TypeError (a typo in code); an unknown APIFREE_LOG
 * is warned about and ignored (a typo in a shell should not stop a program).
 */
export function createLogger(
  options: { logLevel?: LogLevel | undefined; logger?: Logger | undefined },
  env: string | undefined,
): LevelLogger {
  const sink = options.logger ?? console;
  for (const method of ["error", "warn", "info", "debug"] as const) {
    if (typeof sink[method] !== "function") throw new TypeError(`logger.${method} must be a function`);
  }
  if (options.logLevel !== undefined) {
    if (!isLevel(options.logLevel)) {
      throw new TypeError(`logLevel must be one of ${LEVELS}, got ${JSON.stringify(options.logLevel)}`);
    }
    return filtered(sink, options.logLevel);
  }
  if (env === undefined || env === "") return filtered(sink, DEFAULT_LOG_LEVEL);
  const level = env.trim().toLowerCase();
  const logger = filtered(sink, isLevel(level) ? level : DEFAULT_LOG_LEVEL);
  if (!isLevel(level)) {
    logger.warn(`[apifree] APIFREE_LOG=${JSON.stringify(env)} is not a log level (${LEVELS}); using "warn"`);
  }
  return logger;
}
