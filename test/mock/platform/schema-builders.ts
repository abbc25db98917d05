/** Small builders for the test documents' schemas. */

/** A closed object: a member it does not list fails, as does a missing required one. */
export const closed = (required: string[], properties: Record<string, unknown>) => ({
  type: "object",
  additionalProperties: false,
  // OpenAPI 3.0 wants a non-empty `required` when present.
  ...(required.length === 0 ? {} : { required }),
  properties,
});

/** A string that is always `value` (an event or block `type`). */
export const tag = (value: string) => ({ type: "string", enum: [value] });

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const count = { type: "integer", minimum: 0 };

/** Text, or a non-empty list of `items` (message contents, Responses input). */
export const textOrList = (items: unknown) => ({
  oneOf: [{ type: "string" }, { type: "array", minItems: 1, items }],
});
