import { z } from "zod";
import * as core from "zod/v4/core";

/*
 * One custom Zod schema class for every keyword Zod has no exact equivalent
 * for. It is a real ZodType (safeParse, parse, Standard Schema, issues with
 * paths), built the way Zod builds its own classes, so clones made by
 * `.describe()`/`.meta()`/`.nullable()` keep the behaviour. A validator never
 * replaces the value it checks: parse returns the input itself.
 */

export type Issue = core.$ZodRawIssue;
export type Context = core.ParseContextInternal;
/** Validates `value`, pushing issues (paths relative to `value`) into `issues`. */
export type Validate = (value: unknown, issues: Issue[], ctx: Context) => void;

interface ValidatorDef extends core.$ZodTypeDef {
  type: "custom";
  validate: Validate;
}
interface ValidatorInternals extends core.$ZodTypeInternals<unknown, unknown> {
  def: ValidatorDef;
}
type Validator = z.ZodType<unknown, unknown, ValidatorInternals>;

const Validator: core.$constructor<Validator> = core.$constructor(
  "ApifreeValidator",
  (inst: Validator, def: ValidatorDef) => {
    z.ZodType.init(inst, def);
    inst._zod.parse = (payload, ctx) => {
      def.validate(payload.value, payload.issues, ctx);
      return payload;
    };
  },
);

export function validator(validate: Validate): z.ZodType {
  return new Validator({ type: "custom", validate });
}

/** Runs `schema` on `value`; its issues go to `issues` with `key` prepended to their paths. True when valid. */
export function runInto(schema: z.ZodType, value: unknown, issues: Issue[], ctx: Context, key?: PropertyKey): boolean {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  if (result.issues.length === 0) return true;
  for (const issue of result.issues) {
    issues.push(
      key === undefined ? issue : { ...issue, path: issue.path === undefined ? [key] : [key, ...issue.path] },
    );
  }
  return false;
}

/** Whether `schema` accepts `value`, without keeping the issues. */
export function accepts(schema: z.ZodType, value: unknown, ctx: Context): boolean {
  const result = schema._zod.run({ value, issues: [] }, ctx);
  if (result instanceof Promise) throw new core.$ZodAsyncError();
  return result.issues.length === 0;
}

export function customIssue(issues: Issue[], input: unknown, message: string, path?: PropertyKey[]): void {
  issues.push(path === undefined ? { code: "custom", input, message } : { code: "custom", input, message, path });
}
