/*
 * The helpers generated validator modules call as `v.<name>`. Changing a
 * name or signature here changes the generated code's contract.
 */
export { tuple } from "./array.js";
export { codePointLength, contains, integer, maxLength, minLength, multipleOf, uniqueItems } from "./checks.js";
export { allOf, conditional, discriminated, not, type Discriminant } from "./combinators.js";
export { anyObject, object, type ObjectKeywords } from "./object.js";
export { types, whenType, type TypeBranches } from "./types.js";
export { unevaluatedItems, unevaluatedProperties, type EvaluatedItems, type EvaluatedProperties } from "./unevaluated.js";
export { oneOfValues } from "./values.js";
export { isMultipleOf } from "./decimal.js";
export { canonicalKey, jsonEqual, jsonTypeOf, type JsonType } from "./json.js";
