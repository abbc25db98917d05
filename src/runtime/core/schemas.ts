/*
 * Per-model validators, loaded once through the generated `schemas(model)`
 * loader and cached: no per-call work proportional to the catalog size.
 */
import type { ZodType } from "zod";
import { SchemaMismatchError, UnknownModelError, ValidationError } from "./errors.js";
import { fieldIssues, listIssues, type ZodLikeIssue } from "./issues.js";
import type { SchemaMismatch, ValidateMode } from "./options.js";

/** The validators of one operation of one model: `request`, `response`, `event` and the family's other roots. */
export interface OperationSchemas {
  request?: ZodType | undefined;
  response?: ZodType | undefined;
  event?: ZodType | undefined;
  /** Chat only: the same as `event`, under the name of the first versions. */
  chunk?: ZodType | undefined;
  [root: string]: ZodType | undefined;
}

/** The validators of one operation typed by its ModelMap entry E: `request: ZodType<E["request"]>`... */
export type SchemasOf<E> = { readonly [K in keyof E & string]: ZodType<E[K]> };

/** The validators of a chat operation (`loadSchemas(model)`): the chunk is the event, under its first name. */
export type ChatSchemasOf<E> = SchemasOf<E> & { readonly chunk: ZodType<E extends { event: infer C } ? C : unknown> };

/** The validators of a chat model as the first versions of the generated `loadSchemas(model)` returned them. */
export interface ModelSchemas {
  request: ZodType;
  response: ZodType;
  chunk: ZodType;
}

/** A generated per-model validator module: its validators by operation. */
export interface ModelModule {
  operations: { readonly [operation: string]: OperationSchemas };
}

/**
 * What the generated index hands the client: one model's validator module.
 * A loader written for the first versions (returning a chat model's
 * `{request, response, chunk}`) is still accepted and read as chat.
 */
export type SchemaLoader = (model: string) => Promise<ModelModule | ModelSchemas>;

const CHAT = "chat.completions";

function asModule(value: ModelModule | ModelSchemas | undefined): ModelModule | undefined {
  if (value === undefined || value === null || typeof value !== "object") return undefined;
  if ("operations" in value && typeof value.operations === "object" && value.operations !== null) return value;
  if ("request" in value && typeof value.request?.safeParse === "function") {
    const legacy = value as ModelSchemas;
    return { operations: { [CHAT]: { request: legacy.request, response: legacy.response, event: legacy.chunk } } };
  }
  return undefined;
}

/** The validators of `operation` in a model's module, or undefined when the model does not declare it. */
export function operationSchemas(module: ModelModule, operation: string): OperationSchemas | undefined {
  return Object.hasOwn(module.operations, operation) ? module.operations[operation] : undefined;
}

interface SafeParser {
  safeParse(value: unknown): { success: true } | { success: false; error: { issues: readonly ZodLikeIssue[] } };
}

function issuesOf(schema: SafeParser, value: unknown): ZodLikeIssue[] | undefined {
  const result = schema.safeParse(value);
  return result.success ? undefined : [...result.error.issues];
}

/** One model's own validator module, as a per-model binding carries it. */
export type ModuleLoader = () => Promise<ModelModule>;

export class SchemaCache {
  readonly #loader: SchemaLoader | undefined;
  /** Loaders a per-model binding brought for its model: a client without the generated index validates through them. */
  readonly #own = new Map<string, ModuleLoader>();
  readonly #loaded = new Map<string, Promise<ModelModule>>();
  /** Settled loads, so a call for a known model does not even wait a microtask. */
  readonly #ready = new Map<string, ModelModule>();

  constructor(loader: SchemaLoader | undefined) {
    this.#loader = loader;
  }

  /** The first loader a binding brings for `model` is kept; it loads the same generated module as the index would. */
  provide(model: string, loader: ModuleLoader): void {
    if (!this.#own.has(model)) this.#own.set(model, loader);
  }

  /** Whether some loader can give `model`'s validators. */
  covers(model: string): boolean {
    return this.#loader !== undefined || this.#own.has(model);
  }

  /** The validators when already loaded. */
  ready(model: string): ModelModule | undefined {
    return this.#ready.get(model);
  }

  get(model: string): Promise<ModelModule> {
    let pending = this.#loaded.get(model);
    if (!pending) {
      pending = this.#load(model);
      this.#loaded.set(model, pending);
      // A failed load is not cached: the next call asks the loader again.
      pending.catch(() => this.#loaded.delete(model));
    }
    return pending;
  }

  async #load(model: string): Promise<ModelModule> {
    let schemas: ModelModule | undefined;
    try {
      const own = this.#own.get(model);
      schemas = asModule(await (own !== undefined ? own() : this.#loader!(model)));
    } catch (cause) {
      const why = cause instanceof Error ? cause.message : String(cause);
      throw new UnknownModelError(
        `Unknown model '${model}': the generated bindings have no schemas for it (${why}). ` +
          "Check the id against ModelId, or run `npx apifree-codegen codegen` if APIFree added it since the bindings were generated.",
        model,
        cause,
      );
    }
    if (!schemas) {
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
