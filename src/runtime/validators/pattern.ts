import { RE2JS } from "re2js";
import { z } from "zod";

/*
 * JSON Schema `pattern` and `patternProperties`, matched by re2js (a port of
 * RE2) in time linear in the input, whatever the pattern: a document cannot
 * make a validator spend seconds on one value (`^(a+)+$` on 28 characters
 * takes a backtracking RegExp a second, re2js a few microseconds). The
 * generator translated each pattern from ECMA-262 to RE2 syntax with the
 * same meaning; `program` is that translation when it differs from the
 * document's text. Patterns RE2 cannot express (lookaround, backreferences)
 * stay RegExp objects in generated code, with a warning at generate time.
 */

/** What the object helpers need of a pattern: a RegExp or a linear matcher. */
export interface Matcher {
  test(input: string): boolean;
}

class LinearMatcher implements Matcher {
  private compiled: RE2JS | undefined;

  constructor(
    readonly source: string,
    private readonly program: string,
  ) {}

  test(input: string): boolean {
    // Compiled on first use: loading a model's validators stays cheap.
    this.compiled ??= RE2JS.compile(this.program);
    return this.compiled.test(input);
  }

  /** As a RegExp prints, so issues read the same for both engines. */
  toString(): string {
    return `/${this.source}/u`;
  }
}

/** The document's pattern `source`, matched in linear time by its RE2 form `program`. */
export function re(source: string, program: string = source): Matcher {
  return new LinearMatcher(source, program);
}

/** `pattern` on a string (a check for `z.string()`), matched in linear time. */
export function pattern(source: string, program: string = source): z.core.$ZodCheck<string> {
  const matcher = re(source, program);
  return z.check<string>((payload) => {
    if (matcher.test(payload.value)) return;
    payload.issues.push({
      origin: "string",
      code: "invalid_format",
      format: "regex",
      input: payload.value,
      pattern: matcher.toString(),
    });
  });
}
