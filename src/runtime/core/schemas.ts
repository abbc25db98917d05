/*
 * Per-model validators, loaded once through the generated `schemas(model)`
 * loader and cached: no per-call work proportional to the catalog size.
 */
import type { ZodType } from "zod";
import { SchemaMismatchError, UnknownModelError, ValidationError } from "./errors.js";
import { fieldIssues, listIssues, type ZodLikeIssue } from "./issues.js";
import type { SchemaMismatch, ValidateMode } from "./options.js";

export interface ModelEntry {
  request: unknown;
  response: unknown;
  chunk: unknown;
}

/** The validators of one model, as the generated `loadSchemas(model)` returns them. */
export interface ModelSchemas<Entry extends ModelEntry = ModelEntry> {
  request: ZodType<Entry["request"]>;
  response: ZodType<Entry["response"]>;
  chunk: ZodType<Entry["chunk"]>;
}

/**
 * The generated `loadSchemas`. Its result is typed `ModelSchemas<any>` on
 * purpose: with `ModelSchemas` (unknown) TypeScript relates the generic
 * loader by expanding ModelMap[ModelId], the union of every model's types,
 * which cost 150 ms of type-checking per generated index at 1,000 models.
 */
// biome-ignore lint/suspicious/noExplicitAny: a loader for any generated ModelMap; `unknown` would not accept their narrower entries.
export type SchemaLoader<Id extends string = string> = (model: Id) => Promise<ModelSchemas<any>>;

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly ZodLikeIssue[] } };
}

function issuesOf(schema: SafeParser, value: unknown): ZodLikeIssue[] | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : [...result.error.issues];
}

export class SchemaCache {
  readonly #loader: SchemaLoader;
  readonly #loaded = new Map<string, Promise<ModelSchemas>>();
  /** Settled loads, so a call for a known model does not even wait a microtask. */
  readonly #ready = new Map<string, ModelSchemas>();

  constructor(loader: SchemaLoader) {
    this.#loader = loader;
  }

  /** The validators when already loaded. */
  ready(model: string): ModelSchemas | undefined {
    return this.#ready.get(model);
  }

  get(model: string): Promise<ModelSchemas> {
    let pending = this.#loaded.get(model);
    if (!pending) {
      pending = this.#load(model);
      this.#loaded.set(model, pending);
      // A failed load is not cached: the next call asks the loader again.
      pending.catch(() => this.#loaded.delete(model));
    }
    return pending;
  }

  async #load(model: string): Promise<ModelSchemas> {
    let schemas: ModelSchemas | undefined;
    try {
      schemas = await this.#loader(model);
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new UnknownModelError(
        `Unknown model '${model}': the generated bindings have no schemas for it (${why}). ` +
          "Check the id against ModelId, or run `npm run codegen` if APIFree added it since the bindings were generated.",
        model,
        cause,
      );
    }
    if (!schemas || typeof schemas.request?.safeParse !== "function") {
      throw new UnknownModelError(`Unknown model '${model}': the schema loader returned no validators for it.`, model);
    }
    this.#ready.set(model, schemas);
    return schemas;
  }
}

/** Throws ValidationError listing every bad field; the body is not touched. */
export function checkRequest(schema: ZodType, model: string, body: unknown): void {
  const raw = issuesOf(schema as unknown as SafeParser, body);
  if (!raw) return;
  const issues = fieldIssues(raw);
  throw new ValidationError(
    `Invalid request for model '${model}' (nothing was sent):\n${listIssues(issues)}`,
    model,
    issues,
  );
}

export interface ResultChecker {
  mode: ValidateMode;
  onSchemaMismatch: ((info: SchemaMismatch) => void) | undefined;
}

/**
 * Checks a response or chunk: strict mode throws, the default mode reports
 * through onSchemaMismatch and lets the value through.
 */
export function checkResult(
  schema: ZodType,
  model: string,
  kind: "response" | "chunk",
  value: unknown,
  checker: ResultChecker,
): void {
  const raw = issuesOf(schema as unknown as SafeParser, value);
  if (!raw) return;
  const issues = fieldIssues(raw);
  const message = `The ${kind} from model '${model}' does not match the snapshot's schema:\n${listIssues(issues)}`;
  if (checker.mode === "strict") throw new SchemaMismatchError(message, model, issues);
  checker.onSchemaMismatch?.({ model, kind, pointer: issues[0]?.pointer ?? "", message, issues, value });
}

/** Whether responses/chunks need validating at all under these options. */
export function checksResults(checker: ResultChecker): boolean {
  return checker.mode === "strict" || (checker.mode === "request" && checker.onSchemaMismatch !== undefined);
}
