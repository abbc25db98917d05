/*
 * `apifree-typed/validators`: what generated validator modules import. Zod
 * itself (one copy, the package's own) and the helpers for the JSON Schema
 * keywords Zod has no exact equivalent for. Nothing here imports codegen.
 */

export type { ZodType } from "zod";
export { z } from "zod";
export * as v from "./helpers.js";
