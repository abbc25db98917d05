import type { NormalSchema } from "./types.js";

let nextId = 1;

/** A fresh node id; ids only need to be unique within a process. */
export function newId(): number {
  return nextId++;
}

export const EMPTY_MAP: ReadonlyMap<string, never> = new Map<string, never>();
const EMPTY_SET: ReadonlySet<string> = new Set();

/** A node with no keyword at all: accepts anything (null only by absence of `type`, so `nullable` stays false). */
export function blankSchema(): NormalSchema {
  const id = newId();
  return {
    id,
    core: id,
    refName: undefined,
    types: undefined,
    nullable: false,
    values: undefined,
    lower: undefined,
    upper: undefined,
    counts: {},
    multipleOf: undefined,
    uniqueItems: false,
    pattern: undefined,
    properties: EMPTY_MAP,
    required: EMPTY_SET,
    additionalProperties: undefined,
    items: undefined,
    allOf: undefined,
    anyOf: undefined,
    oneOf: undefined,
    not: undefined,
    generic: EMPTY_MAP,
    annotations: EMPTY_MAP,
  };
}
