import { isRecord } from "../../shared/is-record.js";
import type { Problem } from "../../shared/tool-error.js";

export { isRecord };

/** Problems (fatal) and warnings (a keyword the validator does not enforce) met while compiling one model's schemas. */
export class Diagnostics {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly seen = new Set<string>();

  constructor(readonly model: string) {}

  problem(pointer: string, message: string): void {
    this.add(this.problems, pointer, message);
  }

  warn(pointer: string, message: string): void {
    this.add(this.warnings, pointer, message);
  }

  private add(list: Problem[], pointer: string, message: string): void {
    const key = `${list === this.problems ? "p" : "w"}\u0000${pointer}\u0000${message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    list.push({ model: this.model, pointer, message });
  }
}

/** A short description of a JSON value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return "an object";
  const text = JSON.stringify(value) ?? String(value);
  return `${typeof value} ${text.length > 40 ? `${text.slice(0, 37)}...` : text}`;
}
